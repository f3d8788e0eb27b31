// Each service's signature scheme (README "Native sources"): the published test vector,
// signatures made by OpenSSL rather than by the code under test, tampered bodies, expired
// and future Stripe timestamps, several v1= values, and every way a header can be wrong.
#include "signing.h"

#include "core/constanttime.h"
#include "ingest/sources/sourceverification.h"

#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {

constexpr qint64 kNowMs = 1'764'000'000'000; // a fixed "now"
const QByteArray kSecret = "whsec_test_secret";
const QByteArray kBody = R"({"id":"evt_1","type":"payment_intent.succeeded","data":{"object":{}}})";

SourceSettings sourceOf(SourceKind kind)
{
    SourceSettings source;
    source.name = QStringLiteral("s");
    source.kind = kind;
    source.channel = QStringLiteral("general");
    return source;
}

SourceVerification verify(SourceKind kind, const HttpRequest &request, const QByteArray &secret = kSecret)
{
    return verifySourceRequest(request, sourceOf(kind), secret, kNowMs);
}

QByteArray stripeHeader(qint64 seconds, const QList<QByteArray> &signatures)
{
    QByteArray header = "t=" + QByteArray::number(seconds);
    for (const QByteArray &signature : signatures)
        header += ",v1=" + signature;
    return header;
}

QByteArray stripeSignature(qint64 seconds, const QByteArray &body, const QByteArray &secret = kSecret)
{
    return opensslHmacHex(secret, QByteArray::number(seconds) + '.' + body);
}

} // namespace

class TestSourceVerification : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!haveOpenssl())
            QSKIP("openssl is not installed: the independent signatures cannot be made");
    }

    void constantTimeEqualsComparesBytes()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "ab"));
        QVERIFY(constantTimeEquals({}, {}));
        QVERIFY(!constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
    }

    // GitHub's "Validating webhook deliveries" gives this vector.
    void githubPublishedVector()
    {
        const QByteArray expected = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
        QCOMPARE(hmacSha256Hex("It's a Secret to Everybody", "Hello, World!"), expected);
        QCOMPARE(opensslHmacHex("It's a Secret to Everybody", "Hello, World!"), expected);
        const HttpRequest request = sourceRequest("gh", "Hello, World!", { { "X-Hub-Signature-256", "sha256=" + expected } });
        QVERIFY(verify(SourceKind::GitHub, request, "It's a Secret to Everybody").ok);
    }

    void githubRefusesTamperedMissingAndMalformed()
    {
        const QByteArray signature = "sha256=" + opensslHmacHex(kSecret, kBody);
        QVERIFY(verify(SourceKind::GitHub, sourceRequest("gh", kBody, { { "X-Hub-Signature-256", signature } })).ok);
        QByteArray tampered = kBody;
        tampered.replace("evt_1", "evt_2");
        const SourceVerification changed = verify(SourceKind::GitHub, sourceRequest("gh", tampered, { { "X-Hub-Signature-256", signature } }));
        QVERIFY(!changed.ok);
        QVERIFY2(changed.reason.contains(QLatin1String("does not match")), qPrintable(changed.reason));
        QVERIFY(!verify(SourceKind::GitHub, sourceRequest("gh", kBody)).ok);
        QVERIFY(!verify(SourceKind::GitHub, sourceRequest("gh", kBody, { { "X-Hub-Signature-256", signature.mid(7) } })).ok);
        QVERIFY(!verify(SourceKind::GitHub, sourceRequest("gh", kBody, { { "X-Hub-Signature-256", signature } }), "other").ok);
        // The legacy SHA-1 header alone is not enough.
        QVERIFY(!verify(SourceKind::GitHub, sourceRequest("gh", kBody, { { "X-Hub-Signature", "sha1=00" } })).ok);
    }

    void stripeAcceptsAFreshSignature()
    {
        const qint64 t = kNowMs / 1000 - 10;
        const HttpRequest request = sourceRequest("stripe", kBody, { { "Stripe-Signature", stripeHeader(t, { stripeSignature(t, kBody) }) } });
        const SourceVerification result = verify(SourceKind::Stripe, request);
        QVERIFY2(result.ok, qPrintable(result.reason));
    }

    // During a secret's rotation Stripe signs with both secrets: any v1 may match.
    void stripeAcceptsAnyOfSeveralV1()
    {
        const qint64 t = kNowMs / 1000;
        const QByteArray old = stripeSignature(t, kBody, "whsec_old");
        const QByteArray current = stripeSignature(t, kBody);
        for (const QList<QByteArray> &order : { QList<QByteArray>{ old, current }, QList<QByteArray>{ current, old } }) {
            QByteArray header = stripeHeader(t, order);
            header += ",v0=" + old; // the test-mode v0 scheme is ignored
            QVERIFY(verify(SourceKind::Stripe, sourceRequest("stripe", kBody, { { "Stripe-Signature", header } })).ok);
        }
        QVERIFY(!verify(SourceKind::Stripe, sourceRequest("stripe", kBody, { { "Stripe-Signature", stripeHeader(t, { old, old }) } })).ok);
    }

    void stripeRefusesOldAndFutureTimestamps()
    {
        for (const qint64 offset : { qint64(-301), qint64(301), qint64(-86400) }) {
            const qint64 t = kNowMs / 1000 + offset;
            const HttpRequest request = sourceRequest("stripe", kBody, { { "Stripe-Signature", stripeHeader(t, { stripeSignature(t, kBody) }) } });
            const SourceVerification result = verify(SourceKind::Stripe, request);
            QVERIFY2(!result.ok, qPrintable(QString::number(offset)));
            QVERIFY2(result.reason.contains(QLatin1String("tolerance 300 s")), qPrintable(result.reason));
        }
        // The tolerance is the source's own.
        SourceSettings relaxed = sourceOf(SourceKind::Stripe);
        relaxed.toleranceMs = 3600 * 1000;
        const qint64 t = kNowMs / 1000 - 1800;
        const HttpRequest request = sourceRequest("stripe", kBody, { { "Stripe-Signature", stripeHeader(t, { stripeSignature(t, kBody) }) } });
        QVERIFY(verifySourceRequest(request, relaxed, kSecret, kNowMs).ok);
    }

    void stripeRefusesTamperedBodyAndBrokenHeaders()
    {
        const qint64 t = kNowMs / 1000;
        const QByteArray header = stripeHeader(t, { stripeSignature(t, kBody) });
        QVERIFY(!verify(SourceKind::Stripe, sourceRequest("stripe", kBody + " ", { { "Stripe-Signature", header } })).ok);
        // The timestamp is signed: moving it breaks the signature.
        QVERIFY(!verify(SourceKind::Stripe, sourceRequest("stripe", kBody, { { "Stripe-Signature", stripeHeader(t - 1, { stripeSignature(t, kBody) }) } })).ok);
        QVERIFY(!verify(SourceKind::Stripe, sourceRequest("stripe", kBody)).ok);
        QVERIFY(!verify(SourceKind::Stripe, sourceRequest("stripe", kBody, { { "Stripe-Signature", "v1=" + stripeSignature(t, kBody) } })).ok);
        QVERIFY(!verify(SourceKind::Stripe, sourceRequest("stripe", kBody, { { "Stripe-Signature", "t=" + QByteArray::number(t) } })).ok);
        QVERIFY(!verify(SourceKind::Stripe, sourceRequest("stripe", kBody, { { "Stripe-Signature", "garbage" } })).ok);
    }

    void sentrySignsTheBody()
    {
        const QByteArray signature = opensslHmacHex(kSecret, kBody);
        QVERIFY(verify(SourceKind::Sentry, sourceRequest("sentry", kBody, { { "Sentry-Hook-Signature", signature } })).ok);
        QVERIFY(!verify(SourceKind::Sentry, sourceRequest("sentry", kBody + "x", { { "Sentry-Hook-Signature", signature } })).ok);
        QVERIFY(!verify(SourceKind::Sentry, sourceRequest("sentry", kBody)).ok);
    }

    void gitlabSendsTheTokenItself()
    {
        QVERIFY(verify(SourceKind::GitLab, sourceRequest("gl", kBody, { { "X-Gitlab-Token", kSecret } })).ok);
        QVERIFY(!verify(SourceKind::GitLab, sourceRequest("gl", kBody, { { "X-Gitlab-Token", kSecret + "x" } })).ok);
        QVERIFY(!verify(SourceKind::GitLab, sourceRequest("gl", kBody, { { "X-Gitlab-Token", kSecret.chopped(1) } })).ok);
        QVERIFY(!verify(SourceKind::GitLab, sourceRequest("gl", kBody)).ok);
    }

    void bearerOrBasicForAlertmanagerGrafanaAndJson()
    {
        for (const SourceKind kind : { SourceKind::Alertmanager, SourceKind::Grafana, SourceKind::Json }) {
            QVERIFY(verify(kind, sourceRequest("x", kBody, { { "Authorization", "Bearer " + kSecret } })).ok);
            QVERIFY(verify(kind, sourceRequest("x", kBody, { { "Authorization", "Basic " + QByteArray("alertmanager:" + kSecret).toBase64() } })).ok);
            QVERIFY(!verify(kind, sourceRequest("x", kBody, { { "Authorization", "Bearer wrong" } })).ok);
            QVERIFY(!verify(kind, sourceRequest("x", kBody, { { "Authorization", "Basic " + QByteArray(kSecret + ":x").toBase64() } })).ok);
            QVERIFY(!verify(kind, sourceRequest("x", kBody, { { "Authorization", "Token " + kSecret } })).ok);
            const SourceVerification none = verify(kind, sourceRequest("x", kBody));
            QVERIFY(!none.ok);
            QVERIFY(!none.reason.contains(QString::fromLatin1(kSecret)));
        }
    }

    // Grafana's contact point may sign instead: HMAC of the body, or of "<timestamp>:<body>".
    void grafanaHmacHeader()
    {
        const QByteArray signature = opensslHmacHex(kSecret, kBody);
        QVERIFY(verify(SourceKind::Grafana, sourceRequest("g", kBody, { { "X-Grafana-Alert-Signature", signature } })).ok);
        QVERIFY(!verify(SourceKind::Grafana, sourceRequest("g", kBody + "x", { { "X-Grafana-Alert-Signature", signature } })).ok);

        SourceSettings timed = sourceOf(SourceKind::Grafana);
        timed.signatureHeader = "x-sig";
        timed.timestampHeader = "x-sig-ts";
        const QByteArray t = QByteArray::number(kNowMs / 1000);
        const QByteArray timedSignature = opensslHmacHex(kSecret, t + ':' + kBody);
        QVERIFY(verifySourceRequest(sourceRequest("g", kBody, { { "X-Sig", timedSignature }, { "X-Sig-Ts", t } }), timed, kSecret, kNowMs).ok);
        QVERIFY(!verifySourceRequest(sourceRequest("g", kBody, { { "X-Sig", signature }, { "X-Sig-Ts", t } }), timed, kSecret, kNowMs).ok);
        QVERIFY(!verifySourceRequest(sourceRequest("g", kBody, { { "X-Sig", timedSignature } }), timed, kSecret, kNowMs).ok);
        QVERIFY(!verifySourceRequest(sourceRequest("g", kBody, { { "X-Sig", timedSignature }, { "X-Sig-Ts", t } }), timed, kSecret,
                                     kNowMs + 3600 * 1000)
                         .ok);
    }
};

QTEST_GUILESS_MAIN(TestSourceVerification)
#include "tst_sourceverification.moc"
