#include "sourceverification.h"

#include "core/constanttime.h"

#include <QMessageAuthenticationCode>

namespace bb {

namespace {

SourceVerification accepted()
{
    return { true, {} };
}

SourceVerification refused(const QString &reason)
{
    return { false, reason };
}

// Compares the hex digests case-insensitively (some senders upper-case them).
bool sameDigest(const QByteArray &expectedHex, const QByteArray &givenHex)
{
    return constantTimeEquals(expectedHex, givenHex.trimmed().toLower());
}

SourceVerification verifyStripe(const HttpRequest &request, const SourceSettings &source, const QByteArray &secret,
                                qint64 nowMs)
{
    const QByteArray header = request.header("stripe-signature");
    if (header.isEmpty())
        return refused(QStringLiteral("no Stripe-Signature header"));
    QByteArray timestamp;
    QList<QByteArray> signatures;
    for (const QByteArray &item : header.split(',')) {
        const qsizetype equals = item.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = item.left(equals).trimmed();
        const QByteArray value = item.mid(equals + 1).trimmed();
        if (key == "t")
            timestamp = value;
        else if (key == "v1")
            signatures << value;
    }
    bool isNumber = false;
    const qint64 seconds = timestamp.toLongLong(&isNumber);
    if (!isNumber)
        return refused(QStringLiteral("Stripe-Signature has no timestamp t="));
    if (signatures.isEmpty())
        return refused(QStringLiteral("Stripe-Signature has no v1= signature"));
    const QByteArray expected = hmacSha256Hex(secret, timestamp + '.' + request.body);
    bool matched = false;
    for (const QByteArray &signature : signatures)
        matched = sameDigest(expected, signature) || matched; // every candidate is compared
    if (!matched)
        return refused(QStringLiteral("no v1 signature in Stripe-Signature matches the body (wrong signing secret?)"));
    // Checked after the signature, so that a forged timestamp is never the answer's subject.
    const qint64 ageMs = nowMs - seconds * 1000;
    if (ageMs > source.toleranceMs || ageMs < -source.toleranceMs)
        return refused(QStringLiteral("the Stripe-Signature timestamp is %1 s away from this machine's clock (tolerance %2 s)")
                               .arg(ageMs / 1000)
                               .arg(source.toleranceMs / 1000));
    return accepted();
}

SourceVerification verifyGitHub(const HttpRequest &request, const QByteArray &secret)
{
    const QByteArray header = request.header("x-hub-signature-256");
    if (header.isEmpty())
        return refused(QStringLiteral("no X-Hub-Signature-256 header (set a secret on the GitHub webhook)"));
    if (!header.startsWith("sha256="))
        return refused(QStringLiteral("X-Hub-Signature-256 does not start with sha256="));
    if (!sameDigest(hmacSha256Hex(secret, request.body), header.mid(7)))
        return refused(QStringLiteral("X-Hub-Signature-256 does not match the body (wrong secret?)"));
    return accepted();
}

SourceVerification verifySentry(const HttpRequest &request, const QByteArray &secret)
{
    const QByteArray header = request.header("sentry-hook-signature");
    if (header.isEmpty())
        return refused(QStringLiteral("no Sentry-Hook-Signature header"));
    if (!sameDigest(hmacSha256Hex(secret, request.body), header))
        return refused(QStringLiteral("Sentry-Hook-Signature does not match the body (wrong client secret?)"));
    return accepted();
}

SourceVerification verifyGitLab(const HttpRequest &request, const QByteArray &secret)
{
    const QByteArray token = request.header("x-gitlab-token");
    if (token.isEmpty())
        return refused(QStringLiteral("no X-Gitlab-Token header (set a secret token on the GitLab webhook)"));
    if (!constantTimeEquals(secret, token))
        return refused(QStringLiteral("X-Gitlab-Token is not this source's secret"));
    return accepted();
}

// Bearer <secret>, or Basic with any user name and the secret as the password.
SourceVerification verifyAuthorization(const HttpRequest &request, const QByteArray &secret)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.isEmpty())
        return refused(QStringLiteral("no Authorization header: send Bearer <secret>, or Basic auth with the secret as the password"));
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space).toLower();
    const QByteArray credentials = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    if (scheme == "bearer") {
        if (constantTimeEquals(secret, credentials))
            return accepted();
        return refused(QStringLiteral("the Bearer token is not this source's secret"));
    }
    if (scheme == "basic") {
        const QByteArray decoded = QByteArray::fromBase64(credentials);
        const qsizetype colon = decoded.indexOf(':');
        if (colon >= 0 && constantTimeEquals(secret, decoded.mid(colon + 1)))
            return accepted();
        return refused(QStringLiteral("the Basic auth password is not this source's secret"));
    }
    return refused(QStringLiteral("Authorization must be Bearer or Basic"));
}

SourceVerification verifyGrafana(const HttpRequest &request, const SourceSettings &source, const QByteArray &secret,
                                 qint64 nowMs)
{
    const QByteArray signature = request.header(source.signatureHeader);
    if (signature.isEmpty())
        return verifyAuthorization(request, secret);
    QByteArray signed_ = request.body;
    if (!source.timestampHeader.isEmpty()) {
        const QByteArray timestamp = request.header(source.timestampHeader);
        bool isNumber = false;
        const qint64 seconds = timestamp.toLongLong(&isNumber);
        if (!isNumber)
            return refused(QStringLiteral("no timestamp in %1").arg(QString::fromLatin1(source.timestampHeader)));
        if (!sameDigest(hmacSha256Hex(secret, timestamp + ':' + request.body), signature))
            return refused(QStringLiteral("%1 does not match the timestamp and body (wrong secret?)")
                                   .arg(QString::fromLatin1(source.signatureHeader)));
        const qint64 ageMs = nowMs - seconds * 1000;
        if (ageMs > source.toleranceMs || ageMs < -source.toleranceMs)
            return refused(QStringLiteral("the signature's timestamp is %1 s away from this machine's clock (tolerance %2 s)")
                                   .arg(ageMs / 1000)
                                   .arg(source.toleranceMs / 1000));
        return accepted();
    }
    if (!sameDigest(hmacSha256Hex(secret, signed_), signature))
        return refused(QStringLiteral("%1 does not match the body (wrong secret?)").arg(QString::fromLatin1(source.signatureHeader)));
    return accepted();
}

} // namespace

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

SourceVerification verifySourceRequest(const HttpRequest &request, const SourceSettings &source,
                                       const QByteArray &secret, qint64 nowMs)
{
    if (secret.isEmpty())
        return refused(QStringLiteral("the source's secret is empty"));
    switch (source.kind) {
    case SourceKind::Stripe:
        return verifyStripe(request, source, secret, nowMs);
    case SourceKind::GitHub:
        return verifyGitHub(request, secret);
    case SourceKind::Sentry:
        return verifySentry(request, secret);
    case SourceKind::GitLab:
        return verifyGitLab(request, secret);
    case SourceKind::Grafana:
        return verifyGrafana(request, source, secret, nowMs);
    case SourceKind::Alertmanager:
    case SourceKind::Json:
        break;
    }
    return verifyAuthorization(request, secret);
}

} // namespace bb
