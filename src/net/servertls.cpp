#include "servertls.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace bb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::ServerTls", text);
}

bool readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

bool loadServerTls(const QString &certificateFile, const QString &keyFile, QSslConfiguration *configuration,
                   QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = tr("TLS is not available: Qt found no TLS library (%1)").arg(QSslSocket::sslLibraryBuildVersionString());
        return false;
    }
    QByteArray certificateBytes;
    QByteArray keyBytes;
    if (!readFile(certificateFile, &certificateBytes, error) || !readFile(keyFile, &keyBytes, error))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateBytes, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = tr("%1 holds no PEM certificate").arg(certificateFile);
        return false;
    }
    QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = tr("%1 holds no unencrypted PEM private key (RSA or EC)").arg(keyFile);
        return false;
    }
    if (chain.first().publicKey().algorithm() != key.algorithm()) {
        *error = tr("the key in %1 does not belong to the certificate in %2").arg(keyFile, certificateFile);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with tokens, not certificates
    *configuration = tls;
    return true;
}

} // namespace bb
