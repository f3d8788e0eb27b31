#include "certificatepin.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QWebSocket>

namespace bb {

QString certificateSha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString normalizedSha256(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256"), Qt::CaseInsensitive)) // "SHA256:…", "sha256 Fingerprint=…"
        hex = hex.section(QRegularExpression(QStringLiteral("[:=]")), 1);
    hex.remove(QRegularExpression(QStringLiteral("[:\\s]")));
    static const QRegularExpression sixtyFourHexDigits(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!sixtyFourHexDigits.match(hex).hasMatch())
        return {};
    return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper());
}

QString TlsRefusal::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Untrusted:
        return tr("the server's certificate is not signed by a certificate authority this system trusts (%1); "
                  "its SHA-256 fingerprint is %2")
                .arg(detail, presentedSha256);
    case Kind::Changed:
        return tr("the server's certificate has CHANGED: it presented %1, but %2 is pinned. Someone may be "
                  "intercepting the connection, or the server got a new certificate; if you expected that, "
                  "log in again (bellboard remote login) to pin the new one")
                .arg(presentedSha256.isEmpty() ? tr("no certificate") : presentedSha256, pinnedSha256);
    }
    return {};
}

PinnedTls::PinnedTls(const QString &pinnedSha256)
    : m_pin(normalizedSha256(pinnedSha256))
{
}

QSslConfiguration PinnedTls::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_pin.isEmpty())
        configuration.setCaCertificates({}); // the pin is the only trust anchor
    return configuration;
}

void PinnedTls::configure(QNetworkRequest *request) const
{
    request->setSslConfiguration(sslConfiguration());
}

void PinnedTls::configure(QWebSocket *socket) const
{
    socket->setSslConfiguration(sslConfiguration());
}

PinnedTls::Decision PinnedTls::decide(const QList<QSslError> &errors) const
{
    Decision decision;
    QSslCertificate presented;
    QStringList descriptions;
    for (const QSslError &error : errors) {
        if (presented.isNull() && !error.certificate().isNull())
            presented = error.certificate();
        descriptions << error.errorString();
    }
    const QString fingerprint = certificateSha256(presented);
    if (!m_pin.isEmpty() && fingerprint == m_pin) {
        // Exactly the errors a pinned certificate is expected to raise, for that certificate:
        // anything else (expired, revoked, not yet valid) still fails the handshake.
        for (const QSslError::SslError expected :
             { QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
               QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
               QSslError::UnableToGetIssuerCertificate, QSslError::CertificateUntrusted, QSslError::HostNameMismatch })
            decision.ignore << QSslError(expected, presented);
        return decision;
    }
    decision.refusal.kind = m_pin.isEmpty() ? TlsRefusal::Kind::Untrusted : TlsRefusal::Kind::Changed;
    decision.refusal.certificate = presented;
    decision.refusal.presentedSha256 = fingerprint;
    decision.refusal.pinnedSha256 = m_pin;
    decision.refusal.detail = descriptions.join(QStringLiteral("; "));
    return decision;
}

void PinnedTls::watch(QNetworkReply *reply, std::function<void(const TlsRefusal &)> refused) const
{
    const PinnedTls pin = *this;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [pin, reply, refused](const QList<QSslError> &errors) {
        const Decision decision = pin.decide(errors);
        if (decision.refusal.isRefused()) {
            if (refused)
                refused(decision.refusal);
            return; // not ignored: the reply fails with SslHandshakeFailedError
        }
        reply->ignoreSslErrors(decision.ignore);
    });
}

void PinnedTls::watch(QWebSocket *socket, std::function<void(const TlsRefusal &)> refused) const
{
    const PinnedTls pin = *this;
    QObject::connect(socket, &QWebSocket::sslErrors, socket, [pin, socket, refused](const QList<QSslError> &errors) {
        const Decision decision = pin.decide(errors);
        if (decision.refusal.isRefused()) {
            if (refused)
                refused(decision.refusal);
            return;
        }
        socket->ignoreSslErrors(decision.ignore);
    });
}

} // namespace bb
