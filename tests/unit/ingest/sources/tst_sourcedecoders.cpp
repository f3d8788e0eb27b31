// The native sources' decoders: each service's payloads read as a person wants them (level,
// title, link, the end user), redeliveries recognized by their id, templates for any JSON.
#include "signing.h"

#include "ingest/sources/sourcedecoders.h"

#include <QJsonDocument>
#include <QTest>

#ifndef Q_MOC_RUN // moc needs only the class; Qt 6.4's moc mis-lexes some raw strings (\" inside)

using namespace bb;
using namespace bb::test;

namespace {

SourceSettings sourceOf(SourceKind kind, const QString &name = QStringLiteral("src"))
{
    SourceSettings source;
    source.name = name;
    source.kind = kind;
    source.channel = QStringLiteral("financials");
    return source;
}

DecodeContext contextFor(const QString &name = QStringLiteral("src"))
{
    DecodeContext context;
    context.defaultChannel = QStringLiteral("financials");
    context.source = QStringLiteral("sources/") + name;
    context.receivedAtMs = 1'764'000'000'000;
    return context;
}

SourceDecodeResult decode(SourceKind kind, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    return decodeSourceRequest(sourceRequest("src", body, headers), sourceOf(kind), contextFor());
}

Event only(const SourceDecodeResult &result)
{
    if (!result.decoded.ok() || result.decoded.events.size() != 1) {
        qWarning("decode failed: %s %s", result.decoded.error.constData(), qPrintable(result.decoded.detail));
        return Event();
    }
    return result.decoded.events.first();
}

QByteArray stripeEvent(const QByteArray &type, const QByteArray &object, const QByteArray &extra = {})
{
    return QByteArray(R"({"id":"evt_1NG8Du2eZvKYlo2CUI79vXWy","object":"event","livemode":false,"type":"@TYPE@","data":{"object":@OBJECT@ @EXTRA@}})")
            .replace("@TYPE@", type)
            .replace("@OBJECT@", object)
            .replace("@EXTRA@", extra);
}

QByteArray alertmanagerNotification(const QByteArray &status, const QByteArray &severity, const QByteArray &startsAt)
{
    return QByteArray(R"({"version":"4","groupKey":"{}:{alertname=HighLatency}","truncatedAlerts":0,"status":"@STATUS@","receiver":"bellboard","groupLabels":{"alertname":"HighLatency"},"commonLabels":{"alertname":"HighLatency","severity":"@SEVERITY@"},"commonAnnotations":{"summary":"API latency above 500ms"},"externalURL":"http://am.example:9093","alerts":[{"status":"@STATUS@","labels":{"alertname":"HighLatency","severity":"@SEVERITY@","instance":"api-1"},"annotations":{"summary":"p99 latency 730ms on api-1"},"startsAt":"@STARTS@","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prom.example:9090/graph?g0.expr=latency","fingerprint":"c4ca4238a0b92382"}]})")
            .replace("@STATUS@", status)
            .replace("@SEVERITY@", severity)
            .replace("@STARTS@", startsAt);
}

} // namespace
#endif

class TestSourceDecoders : public QObject
{
    Q_OBJECT

private slots:
    void stripePaymentSucceeded();

    // Amounts go by the currency's minor units: ¥500 is 500, not 5.00.
    void stripeZeroDecimalCurrency();

    void stripeAmountThatIsNotWholeMinorUnits_data();
    // A fraction or a number beyond any real payment is not an amount: the event still shows,
    // without one (converting 1e69 to an integer was undefined behaviour, found by fuzz_stripe).
    void stripeAmountThatIsNotWholeMinorUnits();
    void stripeInvoicePaidFailedRefundDispute();

    void stripeSubscriptionPlanChange();

    void stripeRefusesWhatIsNotAnEvent();

    void githubPush();

    void githubPullRequestAndRelease();

    // A failed run warns; on the default branch it is critical; a run that only started is not stored.
    void githubWorkflowRun();

    void gitlabPipelineAndMergeRequest();

    void sentryIssue();

    // Firing is crit or warn by severity, resolved is info, and both share the incident's thread.
    void alertmanagerFiringAndResolved();

    void grafanaUsesItsTitle();

    void jsonTemplates();

    void jsonTemplateSyntaxErrors_data();

    void jsonTemplateSyntaxErrors();

    void jsonTemplateTimeAndDefaults();
};

#ifndef Q_MOC_RUN
void TestSourceDecoders::stripePaymentSucceeded()
{
    const SourceDecodeResult result = decode(SourceKind::Stripe, stripeEvent("payment_intent.succeeded",
                                                                             R"({"id":"pi_3MtwBwLkdIwHu7ix28a3tqPa","object":"payment_intent","amount":4900,"amount_received":4900,"currency":"usd","receipt_email":"Alice@Example.com","description":"Pro plan"})"));
    const Event event = only(result);
    QCOMPARE(event.title, QStringLiteral("Payment received $49.00 from Alice@Example.com"));
    QCOMPARE(event.amount, (Money{ 4900, QStringLiteral("USD") }));
    QCOMPARE(event.users, QStringList{ QStringLiteral("alice@example.com") });
    QCOMPARE(event.level, Level::Info);
    QCOMPARE(event.channel, QStringLiteral("financials"));
    QCOMPARE(event.source, QStringLiteral("sources/src"));
    QCOMPARE(event.senderName, QStringLiteral("Stripe"));
    QVERIFY(event.text.contains(QLatin1String("<https://dashboard.stripe.com/test/payments/pi_3MtwBwLkdIwHu7ix28a3tqPa|View in Stripe>")));
    QCOMPARE(result.deliveryId, QStringLiteral("evt_1NG8Du2eZvKYlo2CUI79vXWy"));
}

void TestSourceDecoders::stripeZeroDecimalCurrency()
{
    const Event event = only(decode(SourceKind::Stripe, stripeEvent("charge.succeeded",
                                                                    R"({"id":"ch_1","object":"charge","amount":500,"currency":"jpy","billing_details":{"email":"kenji@example.jp"}})")));
    QCOMPARE(event.title, QStringLiteral("Payment received ¥500 from kenji@example.jp"));
    QCOMPARE(event.amount, (Money{ 500, QStringLiteral("JPY") }));
}

void TestSourceDecoders::stripeAmountThatIsNotWholeMinorUnits_data()
{
    QTest::addColumn<QByteArray>("amount");
    QTest::newRow("beyond qint64") << QByteArray("9.84767e+68");
    QTest::newRow("beyond the largest amount") << QByteArray("1000000000000001");
    QTest::newRow("a fraction of a cent") << QByteArray("49.5");
}

void TestSourceDecoders::stripeAmountThatIsNotWholeMinorUnits()
{
    QFETCH(QByteArray, amount);
    const Event event = only(decode(SourceKind::Stripe, stripeEvent("charge.succeeded",
                                                                    R"({"id":"ch_1","object":"charge","amount":)" + amount
                                                                            + R"(,"currency":"usd","billing_details":{"email":"kenji@example.jp"}})")));
    QVERIFY(!event.title.isEmpty());
    QVERIFY(!event.amount.isValid());
    QVERIFY(!event.title.contains(QLatin1Char('$')));
}

void TestSourceDecoders::stripeInvoicePaidFailedRefundDispute()
{
    Event paid = only(decode(SourceKind::Stripe, stripeEvent("invoice.paid",
                                                             R"({"id":"in_1","object":"invoice","amount_paid":1999,"currency":"eur","customer_email":"bob@example.com","hosted_invoice_url":"https://invoice.stripe.com/i/x"})")));
    QCOMPARE(paid.title, QStringLiteral("Payment received €19.99 from bob@example.com"));
    QVERIFY(paid.text.contains(QLatin1String("<https://invoice.stripe.com/i/x|Invoice>")));

    Event failed = only(decode(SourceKind::Stripe, stripeEvent("charge.failed",
                                                               R"({"id":"ch_2","object":"charge","amount":4900,"currency":"usd","billing_details":{"email":"carol@example.com"},"failure_message":"Your card was declined."})")));
    QCOMPARE(failed.level, Level::Warn);
    QCOMPARE(failed.title, QStringLiteral("Payment failed $49.00 from carol@example.com"));
    QVERIFY(failed.text.contains(QLatin1String("Your card was declined.")));

    Event refund = only(decode(SourceKind::Stripe, stripeEvent("charge.refunded",
                                                               R"({"id":"ch_3","object":"charge","amount":4900,"amount_refunded":1000,"currency":"usd","receipt_email":"dave@example.com"})")));
    QCOMPARE(refund.title, QStringLiteral("Refund of $10.00 to dave@example.com"));

    Event dispute = only(decode(SourceKind::Stripe, stripeEvent("charge.dispute.created",
                                                                R"({"id":"dp_1","object":"dispute","amount":4900,"currency":"usd","reason":"fraudulent"})")));
    QCOMPARE(dispute.title, QStringLiteral("Dispute created: $49.00"));
    QVERIFY(dispute.level != Level::Info);
    QVERIFY(dispute.text.contains(QLatin1String("fraudulent")));
}

void TestSourceDecoders::stripeSubscriptionPlanChange()
{
    const Event event = only(decode(SourceKind::Stripe, stripeEvent("customer.subscription.updated",
                                                                    R"({"id":"sub_1","object":"subscription","status":"active","items":{"data":[{"price":{"nickname":"Pro","unit_amount":4900,"currency":"usd","recurring":{"interval":"month"}}}]}})",
                                                                    R"(,"previous_attributes":{"items":{"data":[{"price":{"nickname":"Basic","unit_amount":900,"currency":"usd","recurring":{"interval":"month"}}}]}})")));
    QCOMPARE(event.title, QStringLiteral("Plan changed: Basic ($9.00/month) → Pro ($49.00/month)"));
    const Event canceled = only(decode(SourceKind::Stripe, stripeEvent("customer.subscription.deleted",
                                                                       R"({"id":"sub_1","object":"subscription","status":"canceled","plan":{"nickname":"Pro","amount":4900,"currency":"usd","interval":"month"}})")));
    QCOMPARE(canceled.title, QStringLiteral("Subscription canceled: Pro ($49.00/month)"));
}

void TestSourceDecoders::stripeRefusesWhatIsNotAnEvent()
{
    QCOMPARE(decode(SourceKind::Stripe, "not json").decoded.error, QByteArray("invalid_payload"));
    QCOMPARE(decode(SourceKind::Stripe, R"({"id":"x"})").decoded.error, QByteArray("invalid_payload"));
}

void TestSourceDecoders::githubPush()
{
    const QByteArray body = R"({"ref":"refs/heads/main","compare":"https://github.com/acme/app/compare/a...b","pusher":{"name":"alice"},"repository":{"full_name":"acme/app","default_branch":"main"},"commits":[{"id":"0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c","message":"Fix <login> redirect\n\nLong text","url":"https://github.com/acme/app/commit/0d1a26e","author":{"name":"Alice"}},{"id":"1111111111","message":"Docs","url":"https://github.com/acme/app/commit/1111111","author":{"name":"Bob"}}]})";
    const SourceDecodeResult result = decode(SourceKind::GitHub, body, { { "X-GitHub-Event", "push" }, { "X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958" } });
    const Event event = only(result);
    QCOMPARE(event.title, QStringLiteral("alice pushed 2 commits to main in acme/app"));
    QVERIFY(event.text.contains(QStringLiteral("<https://github.com/acme/app/commit/0d1a26e|0d1a26e> Fix &lt;login&gt; redirect – Alice")));
    QVERIFY(event.text.contains(QLatin1String("|Compare changes>")));
    QCOMPARE(result.deliveryId, QStringLiteral("72d3162e-cc78-11e3-81ab-4c9367dc0958"));
}

void TestSourceDecoders::githubPullRequestAndRelease()
{
    const Event merged = only(decode(SourceKind::GitHub,
                                     R"({"action":"closed","sender":{"login":"bob"},"repository":{"full_name":"acme/app"},"pull_request":{"number":42,"title":"Add billing","merged":true,"html_url":"https://github.com/acme/app/pull/42","head":{"ref":"billing"},"base":{"ref":"main"}}})",
                                     { { "X-GitHub-Event", "pull_request" } }));
    QCOMPARE(merged.title, QStringLiteral("bob merged pull request #42 in acme/app: Add billing"));
    QVERIFY(merged.text.contains(QLatin1String("<https://github.com/acme/app/pull/42|Open pull request>")));
    const Event release = only(decode(SourceKind::GitHub,
                                      R"({"action":"published","repository":{"full_name":"acme/app"},"release":{"tag_name":"v1.2.0","name":"","html_url":"https://github.com/acme/app/releases/tag/v1.2.0","body":"Notes"}})",
                                      { { "X-GitHub-Event", "release" } }));
    QCOMPARE(release.title, QStringLiteral("Release v1.2.0 published in acme/app"));
}

void TestSourceDecoders::githubWorkflowRun()
{
    const auto run = [](const QByteArray &action, const QByteArray &conclusion, const QByteArray &branch) {
        return decode(SourceKind::GitHub,
                      QByteArray(R"({"action":"@ACTION@","repository":{"full_name":"acme/app","default_branch":"main"},"workflow_run":{"name":"CI","run_number":311,"head_branch":"@BRANCH@","conclusion":@CONCLUSION@,"html_url":"https://github.com/acme/app/actions/runs/1","head_commit":{"message":"Bump"},"actor":{"login":"alice"}}})").replace("@ACTION@", action).replace("@BRANCH@", branch).replace("@CONCLUSION@", conclusion),
                      { { "X-GitHub-Event", "workflow_run" } });
    };
    QCOMPARE(only(run("completed", "\"failure\"", "main")).level, Level::Crit);
    QCOMPARE(only(run("completed", "\"failure\"", "feature")).level, Level::Warn);
    const Event success = only(run("completed", "\"success\"", "main"));
    QCOMPARE(success.level, Level::Info);
    QCOMPARE(success.title, QStringLiteral("Workflow CI #311 success on main in acme/app"));
    const SourceDecodeResult started = run("requested", "null", "main");
    QVERIFY(started.decoded.ok());
    QVERIFY(started.decoded.events.isEmpty());
}

void TestSourceDecoders::gitlabPipelineAndMergeRequest()
{
    const auto pipeline = [](const QByteArray &status, const QByteArray &ref) {
        return decode(SourceKind::GitLab,
                      QByteArray(R"({"object_kind":"pipeline","object_attributes":{"id":31,"ref":"@REF@","status":"@STATUS@","url":"https://gitlab.example/acme/app/-/pipelines/31"},"project":{"path_with_namespace":"acme/app","default_branch":"main","web_url":"https://gitlab.example/acme/app"},"commit":{"message":"Fix"},"user":{"username":"alice"}})").replace("@REF@", ref).replace("@STATUS@", status),
                      { { "X-Gitlab-Event", "Pipeline Hook" }, { "X-Gitlab-Event-UUID", "uuid-1" } });
    };
    const SourceDecodeResult failed = pipeline("failed", "main");
    QCOMPARE(only(failed).level, Level::Crit);
    QCOMPARE(only(failed).title, QStringLiteral("Pipeline #31 failed on main in acme/app"));
    QCOMPARE(failed.deliveryId, QStringLiteral("uuid-1"));
    QCOMPARE(only(pipeline("failed", "topic")).level, Level::Warn);
    QVERIFY(pipeline("running", "main").decoded.events.isEmpty());

    const SourceDecodeResult mr = decode(SourceKind::GitLab,
                                         R"({"object_kind":"merge_request","user":{"username":"bob"},"project":{"path_with_namespace":"acme/app"},"object_attributes":{"iid":7,"title":"Billing","action":"open","source_branch":"billing","target_branch":"main","url":"https://gitlab.example/acme/app/-/merge_requests/7"}})",
                                         { { "Idempotency-Key", "key-7" }, { "X-Gitlab-Event-UUID", "uuid-7" } });
    QCOMPARE(only(mr).title, QStringLiteral("bob opened merge request !7 in acme/app: Billing"));
    QCOMPARE(mr.deliveryId, QStringLiteral("key-7"));
}

void TestSourceDecoders::sentryIssue()
{
    const SourceDecodeResult result = decode(SourceKind::Sentry,
                                             R"({"action":"created","data":{"issue":{"id":"1170820242","shortId":"APP-4R","title":"TypeError: Cannot read properties of undefined","culprit":"app/checkout.js in submit","level":"error","count":"12","web_url":"https://sentry.io/organizations/acme/issues/1170820242/","project":{"slug":"app"}}},"installation":{"uuid":"x"},"actor":{"type":"application"}})",
                                             { { "Sentry-Hook-Resource", "issue" }, { "Request-ID", "req-1" } });
    const Event event = only(result);
    QCOMPARE(event.level, Level::Crit);
    QCOMPARE(event.title, QStringLiteral("APP-4R: TypeError: Cannot read properties of undefined"));
    QVERIFY(event.text.contains(QLatin1String("`app/checkout.js in submit`")));
    QVERIFY(event.text.contains(QLatin1String("12 events")));
    QVERIFY(event.text.contains(QLatin1String("<https://sentry.io/organizations/acme/issues/1170820242/|Open in Sentry>")));
    QCOMPARE(result.deliveryId, QStringLiteral("req-1"));
    const Event warning = only(decode(SourceKind::Sentry, R"({"action":"created","data":{"issue":{"title":"Slow","level":"warning"}}})",
                                      { { "Sentry-Hook-Resource", "issue" } }));
    QCOMPARE(warning.level, Level::Warn);
    const Event resolved = only(decode(SourceKind::Sentry, R"({"action":"resolved","data":{"issue":{"title":"Slow","level":"error"}}})",
                                       { { "Sentry-Hook-Resource", "issue" } }));
    QCOMPARE(resolved.level, Level::Info);
    QVERIFY(resolved.title.startsWith(QLatin1String("Resolved: ")));
}

void TestSourceDecoders::alertmanagerFiringAndResolved()
{
    const SourceDecodeResult firing = decode(SourceKind::Alertmanager, alertmanagerNotification("firing", "critical", "2026-12-02T08:00:00Z"));
    const Event fired = only(firing);
    QCOMPARE(fired.level, Level::Crit);
    QCOMPARE(fired.title, QStringLiteral("[FIRING:1] HighLatency – API latency above 500ms"));
    QVERIFY(fired.text.contains(QLatin1String("p99 latency 730ms on api-1 (instance=api-1)")));
    QVERIFY(fired.text.contains(QLatin1String("<http://prom.example:9090/graph?g0.expr=latency|source>")));
    QCOMPARE(only(decode(SourceKind::Alertmanager, alertmanagerNotification("firing", "warning", "2026-12-02T08:00:00Z"))).level, Level::Warn);

    const SourceDecodeResult resolving = decode(SourceKind::Alertmanager, alertmanagerNotification("resolved", "critical", "2026-12-02T08:00:00Z"));
    const Event resolved = only(resolving);
    QCOMPARE(resolved.level, Level::Info);
    QVERIFY(!fired.threadKey.isEmpty());
    QCOMPARE(resolved.threadKey, fired.threadKey);
    QVERIFY(resolving.deliveryId != firing.deliveryId);
    // The same notification again (a retry) has the same id; a new firing of the alert is new.
    QCOMPARE(decode(SourceKind::Alertmanager, alertmanagerNotification("firing", "critical", "2026-12-02T08:00:00Z")).deliveryId, firing.deliveryId);
    const SourceDecodeResult again = decode(SourceKind::Alertmanager, alertmanagerNotification("firing", "critical", "2026-12-03T09:00:00Z"));
    QVERIFY(again.deliveryId != firing.deliveryId);
    QVERIFY(only(again).threadKey != fired.threadKey);
}

void TestSourceDecoders::grafanaUsesItsTitle()
{
    QByteArray body = alertmanagerNotification("firing", "critical", "2026-12-02T08:00:00Z");
    body.insert(1, R"("title":"[FIRING:1] HighLatency Production","state":"alerting","message":"x",)");
    QCOMPARE(only(decode(SourceKind::Grafana, body)).title, QStringLiteral("[FIRING:1] HighLatency Production"));
    QCOMPARE(only(decode(SourceKind::Grafana, body)).senderName, QStringLiteral("Grafana"));
}

void TestSourceDecoders::jsonTemplates()
{
    SourceSettings source = sourceOf(SourceKind::Json, QStringLiteral("app"));
    QString error;
    source.templates.text = JsonTemplate::compile(QStringLiteral("{{ user.email }} upgraded to {{ plan }} ({{ amount | money currency }})"), &error);
    source.templates.title = JsonTemplate::compile(QStringLiteral("Upgrade {{ items.0.sku | upper }}"), &error);
    source.templates.level = JsonTemplate::compile(QStringLiteral("{{ severity | default \"info\" }}"), &error);
    source.templates.user = JsonTemplate::compile(QStringLiteral("{{ user.email }}"), &error);
    source.templates.thread = JsonTemplate::compile(QStringLiteral("account-{{ account }}"), &error);
    source.templates.deliveryId = JsonTemplate::compile(QStringLiteral("{{ id }}"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray body = R"({"id":"d-1","account":77,"user":{"email":"Alice@example.com"},"plan":"Pro","amount":50000,"currency":"jpy","items":[{"sku":"pro-m"}]})";
    const SourceDecodeResult result = decodeSourceRequest(sourceRequest("app", body), source, contextFor(QStringLiteral("app")));
    const Event event = only(result);
    QCOMPARE(event.text, QStringLiteral("Alice@example.com upgraded to Pro (¥50,000)"));
    QCOMPARE(event.title, QStringLiteral("Upgrade PRO-M"));
    QCOMPARE(event.level, Level::Info);
    QCOMPARE(event.users, QStringList{ QStringLiteral("alice@example.com") });
    QCOMPARE(event.threadKey, QStringLiteral("account-77"));
    QCOMPARE(event.senderName, QStringLiteral("app"));
    QCOMPARE(result.deliveryId, QStringLiteral("d-1"));

    // The channel may come from the body too.
    SourceSettings routed = source;
    routed.channel.clear();
    routed.templates.channel = JsonTemplate::compile(QStringLiteral("{{ team | default \"general\" }}"), &error);
    QByteArray withTeam = body;
    withTeam.insert(1, R"("team":"#Growth",)");
    QCOMPARE(only(decodeSourceRequest(sourceRequest("app", withTeam), routed, contextFor(QStringLiteral("app")))).channel,
             QStringLiteral("growth"));
    QCOMPARE(only(decodeSourceRequest(sourceRequest("app", body), routed, contextFor(QStringLiteral("app")))).channel,
             QStringLiteral("general"));
    withTeam.replace("#Growth", "no such channel");
    QCOMPARE(decodeSourceRequest(sourceRequest("app", withTeam), routed, contextFor(QStringLiteral("app"))).decoded.error,
             QByteArray("channel_not_found"));

    // A field the template needs and the body lacks: an error that names the field.
    const SourceDecodeResult missing = decodeSourceRequest(sourceRequest("app", R"({"user":{"email":"a@b.c"},"plan":"Pro"})"), source,
                                                           contextFor(QStringLiteral("app")));
    QCOMPARE(missing.decoded.error, QByteArray("missing_field"));
    QVERIFY2(missing.decoded.detail.contains(QLatin1String("'amount'")), qPrintable(missing.decoded.detail));
}

void TestSourceDecoders::jsonTemplateSyntaxErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unclosed") << QStringLiteral("hello {{ name") << QStringLiteral("column 7: unclosed {{");
    QTest::newRow("stray close") << QStringLiteral("a }} b") << QStringLiteral("column 3: }} without {{");
    QTest::newRow("empty") << QStringLiteral("{{ }}") << QStringLiteral("column 4: a field path is expected after {{");
    QTest::newRow("filter") << QStringLiteral("{{ a | shout }}") << QStringLiteral("column 8: unknown filter 'shout' (default, money, time, upper, lower, json)");
    QTest::newRow("default") << QStringLiteral("{{ a | default }}") << QStringLiteral("column 16: default needs a \"text\"");
    QTest::newRow("second line") << QStringLiteral("ok {{ a }}\nthen {{ b") << QStringLiteral("column 6: unclosed {{");
}

void TestSourceDecoders::jsonTemplateSyntaxErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString actual;
    int line = -1;
    QVERIFY(JsonTemplate::compile(text, &actual, &line).isEmpty());
    QCOMPARE(actual, error);
    QCOMPARE(line, int(text.left(text.lastIndexOf(QLatin1String("{{")) + 1).count(QLatin1Char('\n'))));
}

void TestSourceDecoders::jsonTemplateTimeAndDefaults()
{
    QString error;
    const JsonTemplate tmpl = JsonTemplate::compile(QStringLiteral("{{ at | time }} / {{ ms | time }} / {{ gone | default \"-\" }} / {{ n }}"), &error);
    QString out, missing;
    QVERIFY(tmpl.render(QJsonDocument::fromJson(R"({"at":1764663480,"ms":1764663480000,"gone":null,"n":2.5})").object(), &out, &missing));
    QCOMPARE(out, QStringLiteral("2025-12-02 08:18 UTC / 2025-12-02 08:18 UTC / - / 2.5"));
}
#endif

QTEST_GUILESS_MAIN(TestSourceDecoders)
#include "tst_sourcedecoders.moc"
