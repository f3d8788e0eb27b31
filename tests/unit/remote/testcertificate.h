#pragma once

// A self-signed certificate for 127.0.0.1, made by openssl as a person would make one for an
// office server, and its fingerprint as openssl prints it.
#include <QDir>
#include <QProcess>
#include <QString>

struct TestCertificate
{
    QString certificateFile;
    QString keyFile;
    QString opensslSha256; // "AB:CD:…" from `openssl x509 -fingerprint -sha256`
    QString error;

    static TestCertificate make(const QString &dir, const QString &name)
    {
        TestCertificate made;
        made.certificateFile = QDir(dir).filePath(name + QStringLiteral(".crt"));
        made.keyFile = QDir(dir).filePath(name + QStringLiteral(".key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                        QStringLiteral("-keyout"), made.keyFile, QStringLiteral("-out"), made.certificateFile });
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            made.error = QString::fromUtf8(openssl.readAllStandardError());
            return made;
        }
        openssl.start(QStringLiteral("openssl"), { QStringLiteral("x509"), QStringLiteral("-in"), made.certificateFile,
                                                   QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256") });
        openssl.waitForFinished(30000);
        // "sha256 Fingerprint=AB:CD:…" (the prefix's case differs between OpenSSL versions)
        made.opensslSha256 = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed().section(QLatin1Char('='), 1);
        if (made.opensslSha256.isEmpty())
            made.error = QStringLiteral("openssl printed no fingerprint");
        return made;
    }
};
