// Certificate pinning as SSH does it, against a real TLS listener (QSslServer) with
// certificates openssl made: the fingerprint is openssl's, an unpinned self-signed certificate
// is refused and shown, the pinned one is accepted, a changed one is refused naming both.
#include "remote/certificatepin.h"
#include "remote/remotesession.h"
#include "testcertificate.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

namespace {

// Answers every request "200 ok" over TLS with the given certificate.
class TlsServer : public QObject
{
public:
    bool start(const TestCertificate &made)
    {
        QFile certificate(made.certificateFile), key(made.keyFile);
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
        configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
                                  "Connection: close\r\n\r\n{\"ok\":true}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    QSslServer m_server;
};

RemoteReply get(const QUrl &url, const QString &pin)
{
    RemoteServer server;
    server.url = url;
    server.token = QStringLiteral("secret-token");
    server.certificateSha256 = pin;
    RemoteSession session(server);
    RemoteReply result;
    bool done = false;
    session.request("GET", server.endpoint(QStringLiteral("/healthz")), nullptr, nullptr, [&](const RemoteReply &reply) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.error = QStringLiteral("no answer");
    return result;
}

} // namespace

class TestPinnedTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_first = TestCertificate::make(m_dir.path(), QStringLiteral("first"));
        QVERIFY2(m_first.error.isEmpty(), qPrintable(m_first.error));
        m_second = TestCertificate::make(m_dir.path(), QStringLiteral("second"));
        QVERIFY2(m_second.error.isEmpty(), qPrintable(m_second.error));
    }

    void theFingerprintIsOpensslsOfTheDerCertificate()
    {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_first.certificateFile);
        QCOMPARE(certificates.size(), 1);
        QCOMPARE(certificateSha256(certificates.first()), m_first.opensslSha256);
    }

    void aFingerprintIsReadAsPeopleWriteIt()
    {
        const QString canonical = m_first.opensslSha256;
        QCOMPARE(normalizedSha256(canonical.toLower()), canonical);
        QCOMPARE(normalizedSha256(QString(canonical).remove(QLatin1Char(':'))), canonical);
        QCOMPARE(normalizedSha256(QStringLiteral("sha256 Fingerprint=") + canonical), canonical);
        QCOMPARE(normalizedSha256(QStringLiteral("  ") + canonical + QStringLiteral("\n")), canonical);
        QVERIFY(normalizedSha256(canonical.left(40)).isEmpty());
        QVERIFY(normalizedSha256(QStringLiteral("not a fingerprint")).isEmpty());
    }

    void anUnpinnedSelfSignedCertificateIsRefusedAndShown()
    {
        TlsServer server;
        QVERIFY(server.start(m_first));
        const RemoteReply reply = get(server.url(), QString());
        QCOMPARE(reply.outcome, RemoteReply::Outcome::TlsRefused);
        QCOMPARE(reply.tls.kind, TlsRefusal::Kind::Untrusted);
        QCOMPARE(reply.tls.presentedSha256, m_first.opensslSha256);
        QVERIFY2(reply.message().contains(m_first.opensslSha256), qPrintable(reply.message()));
    }

    void thePinnedCertificateConnects()
    {
        TlsServer server;
        QVERIFY(server.start(m_first));
        const RemoteReply reply = get(server.url(), m_first.opensslSha256.toLower());
        QVERIFY2(reply.ok(), qPrintable(reply.message()));
        QCOMPARE(reply.status, 200);
    }

    void aChangedCertificateIsRefusedNamingBothFingerprints()
    {
        TlsServer server;
        QVERIFY(server.start(m_second));
        const RemoteReply reply = get(server.url(), m_first.opensslSha256);
        QCOMPARE(reply.outcome, RemoteReply::Outcome::TlsRefused);
        QCOMPARE(reply.tls.kind, TlsRefusal::Kind::Changed);
        QVERIFY2(reply.message().contains(m_first.opensslSha256), qPrintable(reply.message()));
        QVERIFY2(reply.message().contains(m_second.opensslSha256), qPrintable(reply.message()));
    }

    void onlyTheExpectedErrorsOfThePinnedCertificateAreIgnored()
    {
        const QSslCertificate pinned = QSslCertificate::fromPath(m_first.certificateFile).first();
        const QSslCertificate other = QSslCertificate::fromPath(m_second.certificateFile).first();
        const PinnedTls tls(m_first.opensslSha256);
        const PinnedTls::Decision accepted = tls.decide({ QSslError(QSslError::SelfSignedCertificate, pinned) });
        QVERIFY(!accepted.refusal.isRefused());
        QVERIFY(accepted.ignore.contains(QSslError(QSslError::SelfSignedCertificate, pinned)));
        QVERIFY(!accepted.ignore.contains(QSslError(QSslError::CertificateExpired, pinned))); // still fails the handshake
        for (const QSslError &error : accepted.ignore)
            QCOMPARE(error.certificate(), pinned);
        const PinnedTls::Decision refused = tls.decide({ QSslError(QSslError::SelfSignedCertificate, other) });
        QVERIFY(refused.ignore.isEmpty());
        QCOMPARE(refused.refusal.kind, TlsRefusal::Kind::Changed);
        // With a pin, the CAs are out of the picture: only the pinned certificate is trusted.
        QVERIFY(tls.sslConfiguration().caCertificates().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    TestCertificate m_first;
    TestCertificate m_second;
};

QTEST_GUILESS_MAIN(TestPinnedTls)
#include "tst_pinnedtls.moc"
