// Every sender format, end to end: the real bellboard binary, real sockets, a real store.
#include "bellboardinstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

// Payloads are plain string literals where they hold '#': moc 6.4 mis-tokenizes a '#' inside
// a raw string literal and then misses the test class.
namespace {

const QList<QPair<QByteArray, QByteArray>> kJson = { { "Content-Type", "application/json" } };
const QList<QPair<QByteArray, QByteArray>> kForm = { { "Content-Type", "application/x-www-form-urlencoded" } };

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestIngestApi : public QObject
{
    Q_OBJECT

    BellboardInstance *bellboard = nullptr;

    // The events of one channel as /api/events returns them, newest first.
    QJsonArray eventsIn(const QString &channel, const QString &query = {})
    {
        const HttpAnswer answer = httpRequest("GET", bellboard->url(
                                                             QStringLiteral("/api/events?channel=%1&q=%2").arg(channel, QString::fromUtf8(QUrl::toPercentEncoding(query)))));
        return jsonOf(answer.body).value(QStringLiteral("events")).toArray();
    }
    QJsonObject newestIn(const QString &channel) { return eventsIn(channel).first().toObject(); }

private slots:
    void initTestCase()
    {
        bellboard = new BellboardInstance("[[routes]]\ntag = \"error-s3\"\nchannel = \"critical-server-errors\"\n"
                                          "username = \"s3-uploader\"\nicon_emoji = \":bucket:\"\n");
        QVERIFY2(bellboard->start(), bellboard->serverErrors().constData());
    }
    void cleanupTestCase() { delete bellboard; }

    void healthCheckAnswersOk()
    {
        const HttpAnswer answer = httpRequest("GET", bellboard->url(QStringLiteral("/healthz")));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("ok"));
    }

    void slackWebhookJsonIsStoredAndAnsweredOk()
    {
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/services/T000/B000/XXXX")),
                                              "{\"channel\":\"#user-behavior\",\"username\":\"signup-bot\",\"icon_emoji\":\":tada:\","
                                              "\"text\":\"New user registration! alice@example.com\"}",
                                              kJson);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("ok"));
        const QJsonObject event = newestIn(QStringLiteral("user-behavior"));
        QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("New user registration! alice@example.com"));
        QCOMPARE(event.value(QStringLiteral("username")).toString(), QStringLiteral("signup-bot"));
        QCOMPARE(event.value(QStringLiteral("icon")).toString(), QStringLiteral(":tada:"));
        QCOMPARE(event.value(QStringLiteral("users")).toArray().first().toString(), QStringLiteral("alice@example.com"));
    }

    void slackWebhookJsonWithoutContentTypeIsAccepted()
    {
        const QByteArray body = R"({"channel":"user-behavior","text":"no content type at all"})";
        const QByteArray answer = rawExchange(bellboard->port(),
                                              "POST /services/T/B/X HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: "
                                                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.endsWith("\r\n\r\nok"));
        QCOMPARE(newestIn(QStringLiteral("user-behavior")).value(QStringLiteral("text")).toString(), QStringLiteral("no content type at all"));
    }

    void slackWebhookFormPayloadIsAccepted()
    {
        const QByteArray payload = QUrl::toPercentEncoding(R"({"channel":"financials","text":"Payment received $49 from bob@corp.io"})");
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/services/T/B/X")), "payload=" + payload, kForm);
        QCOMPARE(answer.status, 200);
        const QJsonObject event = newestIn(QStringLiteral("financials"));
        QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("Payment received $49 from bob@corp.io"));
        QCOMPARE(event.value(QStringLiteral("source")).toString(), QStringLiteral("webhook"));
    }

    void webhookUrlCanNameTheChannel()
    {
        QCOMPARE(httpRequest("POST", bellboard->url(QStringLiteral("/hooks/deployments")), R"({"text":"web v42 is live"})", kJson).status, 200);
        QCOMPARE(newestIn(QStringLiteral("deployments")).value(QStringLiteral("text")).toString(), QStringLiteral("web v42 is live"));
    }

    void webhookAttachmentsAreKeptWhole()
    {
        const QByteArray body = R"({"channel":"critical-server-errors","attachments":[{"color":"danger","title":"Error while adding user",
            "text":"duplicate key carol@example.com","fields":[{"title":"Host","value":"web-3","short":true}],"footer":"api","ts":1700000000}]})";
        QCOMPARE(httpRequest("POST", bellboard->url(QStringLiteral("/")), body, kJson).status, 200);
        const QJsonObject event = newestIn(QStringLiteral("critical-server-errors"));
        const QJsonObject attachment = event.value(QStringLiteral("attachments")).toArray().first().toObject();
        QCOMPARE(attachment.value(QStringLiteral("fields")).toArray().first().toObject().value(QStringLiteral("value")).toString(), QStringLiteral("web-3"));
        QCOMPARE(event.value(QStringLiteral("level")).toString(), QStringLiteral("crit"));
        QVERIFY(event.value(QStringLiteral("users")).toArray().contains(QStringLiteral("carol@example.com")));
    }

    void malformedJsonIsRefusedAndNothingIsStored()
    {
        const int before = eventsIn(QStringLiteral("user-behavior")).size();
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/services/T/B/X")),
                                              R"({"channel":"user-behavior","text":)", kJson);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.body, QByteArray("invalid_payload"));
        QVERIFY(!answer.header("X-Bellboard-Error").isEmpty());
        QCOMPARE(eventsIn(QStringLiteral("user-behavior")).size(), before);
    }

    void emptyTextIsRefusedWithNoText()
    {
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/services/T/B/X")), R"({"text":""})", kJson);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.body, QByteArray("no_text"));
    }

    void chatPostMessageAnswersLikeSlack()
    {
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/api/chat.postMessage")),
                                              R"({"channel":"financials","text":"Upgrade to Pro: dave@x.org"})", kJson);
        QCOMPARE(answer.status, 200);
        const QJsonObject reply = jsonOf(answer.body);
        QCOMPARE(reply.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(reply.value(QStringLiteral("channel")).toString(), QStringLiteral("financials"));
        QVERIFY(reply.value(QStringLiteral("ts")).toString().contains(QLatin1Char('.')));
        QCOMPARE(reply.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Upgrade to Pro: dave@x.org"));
        QCOMPARE(reply.value(QStringLiteral("message")).toObject().value(QStringLiteral("ts")), reply.value(QStringLiteral("ts")));
    }

    void chatPostMessageTakesFormArguments()
    {
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/api/chat.postMessage")),
                                              "channel=%23financials&text=Refund+issued", kForm);
        QCOMPARE(jsonOf(answer.body).value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(newestIn(QStringLiteral("financials")).value(QStringLiteral("text")).toString(), QStringLiteral("Refund issued"));
    }

    void chatPostMessageErrorsAreOkFalse()
    {
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/api/chat.postMessage")),
                                              R"({"channel":"financials"})", kJson);
        QCOMPARE(answer.status, 200);
        QCOMPARE(jsonOf(answer.body).value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(jsonOf(answer.body).value(QStringLiteral("error")).toString(), QStringLiteral("no_text"));
    }

    void authTestAnswersOk()
    {
        const QJsonObject reply = jsonOf(httpRequest("POST", bellboard->url(QStringLiteral("/api/auth.test"))).body);
        QCOMPARE(reply.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(reply.value(QStringLiteral("url")).toString().contains(QString::number(bellboard->port())));
    }

    void slackboardNotifyFollowsItsRoute()
    {
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/notify")),
                                              R"({"tag":"error-s3","host":"web-1","title":"upload failed","text":"PutObject 503","level":"crit","sync":true})", kJson);
        QCOMPARE(answer.status, 200);
        const QJsonObject event = newestIn(QStringLiteral("critical-server-errors"));
        QCOMPARE(event.value(QStringLiteral("username")).toString(), QStringLiteral("s3-uploader"));
        QCOMPARE(event.value(QStringLiteral("title")).toString(), QStringLiteral("upload failed"));
        QCOMPARE(event.value(QStringLiteral("level")).toString(), QStringLiteral("crit"));
        QCOMPARE(event.value(QStringLiteral("source")).toString(), QStringLiteral("notify"));
    }

    // A tag without a route is a new channel name: with auto_create_channels (the default) the
    // event goes to the channel named after it, answered as Slackboard answers a sent one.
    void slackboardUnknownTagGoesToTheChannelNamedAfterIt()
    {
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/notify")),
                                              R"({"tag":"Nightly-Backup","host":"db-1","text":"dump took 41 min","level":"warn","sync":true})", kJson);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray(R"({"message":"ok"})"));
        const QJsonObject event = newestIn(QStringLiteral("nightly-backup"));
        QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("dump took 41 min"));
        QCOMPARE(event.value(QStringLiteral("username")).toString(), QStringLiteral("Nightly-Backup")); // named after its tag
        QCOMPARE(event.value(QStringLiteral("level")).toString(), QStringLiteral("warn"));
        const HttpAnswer notAName = httpRequest("POST", bellboard->url(QStringLiteral("/notify")), R"({"tag":"no such tag","text":"x"})", kJson);
        QCOMPARE(notAName.status, 400);
        QCOMPARE(jsonOf(notAName.body).value(QStringLiteral("message")).toString(), QStringLiteral("unknown_tag"));
    }

    void slackboardNotifyDirectlyTakesASlackPayload()
    {
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/notify-directly")),
                                              "{\"payload\":{\"channel\":\"#application-stats\",\"text\":\"nightly cleanup: 1,204 rows removed\"},\"sync\":false}", kJson);
        QCOMPARE(answer.status, 200);
        QCOMPARE(newestIn(QStringLiteral("application-stats")).value(QStringLiteral("text")).toString(), QStringLiteral("nightly cleanup: 1,204 rows removed"));
    }

    void plainTextWithHeaders()
    {
        const HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/c/user-behavior")), "Removed domain example.org",
                                              { { "X-Title", "Domain removed" }, { "X-User", "erin@example.com" }, { "X-Level", "warn" } });
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("ok"));
        const QJsonObject event = newestIn(QStringLiteral("user-behavior"));
        QCOMPARE(event.value(QStringLiteral("title")).toString(), QStringLiteral("Domain removed"));
        QCOMPARE(event.value(QStringLiteral("level")).toString(), QStringLiteral("warn"));
        QCOMPARE(event.value(QStringLiteral("users")).toArray(), QJsonArray{ QStringLiteral("erin@example.com") });
    }

    void unknownPathIs404AndWrongMethodIs405()
    {
        QCOMPARE(httpRequest("POST", bellboard->url(QStringLiteral("/nothing/here")), "x").status, 404);
        const HttpAnswer wrongMethod = httpRequest("GET", bellboard->url(QStringLiteral("/c/user-behavior")));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("POST"));
    }

    void eventsArePagedNewestFirst()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(httpRequest("POST", bellboard->url(QStringLiteral("/c/paging")), "page event " + QByteArray::number(i)).status, 200);
        const QJsonObject first = jsonOf(httpRequest("GET", bellboard->url(QStringLiteral("/api/events?channel=paging&limit=3"))).body);
        QCOMPARE(first.value(QStringLiteral("events")).toArray().size(), 3);
        QCOMPARE(first.value(QStringLiteral("events")).toArray().first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("page event 4"));
        QVERIFY(first.value(QStringLiteral("has_more")).toBool());
        const qint64 before = first.value(QStringLiteral("next_before")).toInteger();
        const QJsonObject second = jsonOf(httpRequest("GET", bellboard->url(QStringLiteral("/api/events?channel=paging&limit=3&before=%1").arg(before))).body);
        QCOMPARE(second.value(QStringLiteral("events")).toArray().size(), 2);
        QCOMPARE(second.value(QStringLiteral("has_more")).toBool(), false);
        QCOMPARE(second.value(QStringLiteral("events")).toArray().last().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("page event 0"));
    }

    void eventsQueryUsesTheSearchLanguage()
    {
        const QJsonArray found = eventsIn(QString(), QStringLiteral("user:alice@example.com"));
        QVERIFY(!found.isEmpty());
        for (const QJsonValue &event : found)
            QVERIFY(event.toObject().value(QStringLiteral("users")).toArray().contains(QStringLiteral("alice@example.com")));
        const HttpAnswer bad = httpRequest("GET", bellboard->url(QStringLiteral("/api/events?q=level:loud")));
        QCOMPARE(bad.status, 400);
        QVERIFY(jsonOf(bad.body).value(QStringLiteral("detail")).toString().contains(QStringLiteral("loud")));
    }

    void statsCountWhatArrivedAndWhatWasRefused()
    {
        const QJsonObject stats = jsonOf(httpRequest("GET", bellboard->url(QStringLiteral("/stats"))).body);
        QVERIFY(stats.value(QStringLiteral("received")).toInteger() >= 10);
        QVERIFY(stats.value(QStringLiteral("channels")).toObject().value(QStringLiteral("user-behavior")).toInteger() >= 3);
        QVERIFY(stats.value(QStringLiteral("rejected_by_reason")).toObject().value(QStringLiteral("invalid_payload")).toInteger() >= 1);
        QVERIFY(stats.contains(QStringLiteral("uptime_seconds")));
        // One SQLite file, one server: it leads (runs the Slack mirror and retention).
        QCOMPARE(stats.value(QStringLiteral("leader")), QJsonValue(true));
    }

    void unknownChannelIsRefusedWhenAutoCreateIsOff()
    {
        BellboardInstance strict("auto_create_channels = false\n");
        QVERIFY(strict.start());
        const HttpAnswer answer = httpRequest("POST", strict.url(QStringLiteral("/c/brand-new")), "hello");
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.body, QByteArray("channel_not_found"));
        QCOMPARE(httpRequest("POST", strict.url(QStringLiteral("/c/financials")), "seeded channels still work").status, 200);
        const QJsonObject reply = jsonOf(httpRequest("POST", strict.url(QStringLiteral("/api/chat.postMessage")),
                                                     R"({"channel":"nope","text":"x"})", kJson)
                                                 .body);
        QCOMPARE(reply.value(QStringLiteral("error")).toString(), QStringLiteral("channel_not_found"));
        // A Slackboard tag without a route is refused as Slackboard refuses it: no channel is made.
        const HttpAnswer tag = httpRequest("POST", strict.url(QStringLiteral("/notify")), R"({"tag":"nightly-backup","text":"x","sync":true})", kJson);
        QCOMPARE(tag.status, 400);
        QCOMPARE(jsonOf(tag.body).value(QStringLiteral("message")).toString(), QStringLiteral("unknown_tag"));
        QCOMPARE(jsonOf(tag.body).value(QStringLiteral("detail")).toString(), QStringLiteral("tag:nightly-backup is not found"));
        QVERIFY(jsonOf(httpRequest("GET", strict.url(QStringLiteral("/api/events?channel=nightly-backup"))).body)
                        .value(QStringLiteral("events"))
                        .toArray()
                        .isEmpty());
    }

    void ingestTokenIsRequiredOnceConfigured()
    {
        BellboardInstance guarded("ingest_tokens = [\"ci\"]\n");
        guarded.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_CI"), QStringLiteral("s3cret-token"));
        QVERIFY(guarded.start());
        QCOMPARE(httpRequest("POST", guarded.url(QStringLiteral("/c/ops")), "no token").status, 401);
        QCOMPARE(httpRequest("POST", guarded.url(QStringLiteral("/c/ops")), "bad token", { { "Authorization", "Bearer nope" } }).status, 401);
        QCOMPARE(httpRequest("POST", guarded.url(QStringLiteral("/c/ops")), "good token", { { "Authorization", "Bearer s3cret-token" } }).status, 200);
        QCOMPARE(httpRequest("POST", guarded.url(QStringLiteral("/services/T/B/s3cret-token")), R"({"channel":"ops","text":"token in the URL"})", kJson).status, 200);
        QCOMPARE(jsonOf(httpRequest("POST", guarded.url(QStringLiteral("/api/auth.test"))).body).value(QStringLiteral("error")).toString(), QStringLiteral("not_authed"));
        QCOMPARE(httpRequest("GET", guarded.url(QStringLiteral("/api/events"))).status, 401);
        QCOMPARE(httpRequest("GET", guarded.url(QStringLiteral("/healthz"))).status, 200);
    }

    void nonLoopbackListenerRefusesToStartWithoutAToken()
    {
        BellboardInstance exposed;
        QVERIFY(!exposed.start({ QStringLiteral("--listen"), QStringLiteral("0.0.0.0:%1").arg(BellboardInstance::freePort()) }));
        QVERIFY(exposed.serverErrors().contains("needs an ingest token"));
        QVERIFY(exposed.process().exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestIngestApi)
#include "tst_ingestapi.moc"
