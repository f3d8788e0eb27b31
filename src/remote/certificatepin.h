#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

class QNetworkReply;
class QNetworkRequest;
class QWebSocket;

namespace bb {

// "AB:CD:…": the SHA-256 of the certificate's DER form, upper-case hex in colon-separated
// pairs, as `openssl x509 -fingerprint -sha256` prints it.
QString certificateSha256(const QSslCertificate &certificate);
// A fingerprint as a person types or pastes it (any case, with or without ':' or spaces) in
// the form above; empty when it is not 32 bytes of hex.
QString normalizedSha256(const QString &text);

// Why a TLS connection was refused; empty `presentedSha256` when nothing was refused.
struct TlsRefusal
{
    Q_DECLARE_TR_FUNCTIONS(bb::TlsRefusal)
public:
    enum class Kind {
        None,
        Untrusted, // no system CA vouches for it and nothing is pinned: ask the person (login)
        Changed,   // a certificate other than the pinned one: refuse, as SSH does
    };
    Kind kind = Kind::None;
    QSslCertificate certificate; // the one the server presented
    QString presentedSha256;
    QString pinnedSha256;
    QString detail; // the TLS errors, for Untrusted

    bool isRefused() const { return kind != Kind::None; }
    QString message() const; // a sentence naming the fingerprints
};

// Certificate pinning as SSH does it, for every connection a console makes to its server.
// Without a pin, the system's CAs decide (a CA-signed server needs no pin). With a pin, that
// certificate is the only one trusted: the CA list is emptied, so even a CA-signed certificate
// other than the pinned one is refused before the request (and its token) is sent, and the
// pinned one is accepted by ignoring exactly the errors expected for that certificate (its
// issuer is unknown, it is self-signed, its name is not the host's), nothing else: an expired
// pinned certificate is still refused.
class PinnedTls
{
public:
    explicit PinnedTls(const QString &pinnedSha256 = {});

    QString pinnedSha256() const { return m_pin; }
    QSslConfiguration sslConfiguration() const;
    void configure(QNetworkRequest *request) const;
    void configure(QWebSocket *socket) const;

    // What to do with the errors a handshake reported: the exact errors to ignore (empty:
    // refuse) and, when refusing, why.
    struct Decision
    {
        QList<QSslError> ignore;
        TlsRefusal refusal;
    };
    Decision decide(const QList<QSslError> &errors) const;

    // Connects the object's sslErrors to decide(): ignores the expected errors or leaves the
    // connection to fail, then calls `refused` (may be empty) with the reason.
    void watch(QNetworkReply *reply, std::function<void(const TlsRefusal &)> refused) const;
    void watch(QWebSocket *socket, std::function<void(const TlsRefusal &)> refused) const;

private:
    QString m_pin;
};

} // namespace bb
