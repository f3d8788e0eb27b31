#include "chatopsfixture.h"
#include "chatops/signedpost.h"
#include "chatops/webhookcommand.h"
#include "net/requestbody.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

using namespace bb;
using namespace bb::test;

namespace {

const QByteArray kSecret = "8f742231b10e8888abcd99yyyzzz85a5";
const QString kVerificationToken = QStringLiteral("xyzz0WbapA4vBCDEFasx0q6G"); // Slack's documented example

HttpResponse jsonAnswer(const QByteArray &json)
{
    HttpResponse response = HttpResponse::text(200, json);
    response.contentType = "application/json";
    return response;
}

} // namespace

class TestWebhookCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatOpsFixture> f;
    std::unique_ptr<FakeBackend> backend;

    void addDeploy(const QUrl &url, int timeoutMs = 3000)
    {
        CommandSpec spec;
        spec.name = QStringLiteral("deploy");
        spec.usage = { QStringLiteral("deploy <app> [to <stage>]") };
        WebhookCommandSettings settings;
        settings.url = url;
        settings.signingSecret = kSecret;
        settings.verificationToken = kVerificationToken;
        settings.timeoutMs = timeoutMs;
        QVERIFY(f->chatops->registry().add(spec, f->chatops->webhooks()->handlerFor(settings)));
    }

    // The response_url the backend was given in its latest request.
    QString responseUrl() const
    {
        return parseFormFields(backend->requests.last().body).value(QStringLiteral("response_url"));
    }

private slots:
    void init()
    {
        f = std::make_unique<ChatOpsFixture>();
        QVERIFY(f->ok);
        backend = std::make_unique<FakeBackend>();
        QVERIFY(backend->server);
        addDeploy(backend->url());
    }
    void cleanup()
    {
        backend.reset();
        f.reset();
    }

    void slackFormSignedByteForByte()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(200, "")); };
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(f->chatops->submit("ops", "/deploy web to production"), ChatOps::Outcome::Started);
        QTRY_COMPARE(backend->requests.size(), 1);
        const HttpRequest &request = backend->requests.first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/slack/commands"));
        QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));

        // The fields Slack sends, in its order; the two random ones read back, the rest exact.
        const QHash<QString, QString> fields = parseFormFields(request.body);
        const QString url = fields.value("response_url");
        const QString trigger = fields.value("trigger_id");
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:%1/chatops/response/").arg(f->listener->serverPort())));
        QVERIFY(!trigger.isEmpty());
        const QByteArray expected =
                "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T0BELLBOARD&team_domain=bellboard&channel_id=ops&channel_name=ops"
                "&user_id="
                + slackids::userId("alice").toLatin1() + "&user_name=alice&command=%2Fdeploy"
                                                         "&text=web%20to%20production&api_app_id=A0BELLBOARD&response_url="
                + QUrl::toPercentEncoding(url) + "&trigger_id=" + QUrl::toPercentEncoding(trigger);
        QCOMPARE(request.body, expected);

        // Slack's signature, recomputed here from the bytes that arrived.
        const QByteArray timestamp = request.header("x-slack-request-timestamp");
        QVERIFY(timestamp.toLongLong() >= before && timestamp.toLongLong() <= QDateTime::currentSecsSinceEpoch());
        const QByteArray mac = QMessageAuthenticationCode::hash("v0:" + timestamp + ":" + request.body, kSecret,
                                                                QCryptographicHash::Sha256)
                                       .toHex();
        QCOMPARE(request.header("x-slack-signature"), "v0=" + mac);
        // Slack's published example, so the helper is right independently of the line above.
        QCOMPARE(slackSignature("8f742231b10e8888abcd99yyyzzz85a5", 1531420618,
                                "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                                "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
                                "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554"
                                "%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"),
                 QByteArray("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"));
        // An empty 200 only acknowledges: nothing shown, nothing stored.
        QTest::qWait(100);
        QVERIFY(f->notices.isEmpty());
        QVERIFY(f->stored("ops").isEmpty());
    }

    void textAnswerIsEphemeral()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) {
            respond(HttpResponse::text(200, "Deploying *web*…"));
        };
        f->chatops->submit("ops", "/deploy web");
        QTRY_COMPARE(f->notices.size(), 1);
        QCOMPARE(f->notices.first().channel, QStringLiteral("ops"));
        QCOMPARE(f->notices.first().sender, QStringLiteral("deploy"));
        QCOMPARE(f->notices.first().answer.text, QStringLiteral("Deploying *web*…"));
        QVERIFY(!f->notices.first().answer.isError);
        QVERIFY(f->stored("ops").isEmpty());
    }

    void inChannelJsonIsStored()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) {
            respond(jsonAnswer(R"({"response_type":"in_channel","text":"web → production started",)"
                               R"("blocks":[{"type":"section","text":{"type":"mrkdwn","text":"*started*"}}],)"
                               R"("attachments":[{"color":"good","text":"build 42"}]})"));
        };
        f->chatops->submit("ops", "/deploy web to production");
        // As Slack shows an in_channel answer: the command as alice typed it, then the answer.
        QTRY_COMPARE(f->stored("ops").size(), 2);
        const Event command = f->stored("ops").first();
        QCOMPARE(command.text, QStringLiteral("/deploy web to production"));
        QCOMPARE(command.senderName, QStringLiteral("alice"));
        QCOMPARE(command.source, QStringLiteral("composer"));
        const Event event = f->stored("ops").last();
        QCOMPARE(event.id, command.id + 1); // one commit: nothing comes between them
        QCOMPARE(event.text, QStringLiteral("web → production started"));
        QCOMPARE(event.senderName, QStringLiteral("deploy"));
        QCOMPARE(event.source, QStringLiteral("command:deploy")); // [[interactivity]] source = "command:deploy" routes its buttons
        QVERIFY(event.blocksJson.contains("*started*"));
        QVERIFY(event.attachmentsJson.contains("build 42"));
        QVERIFY(f->notices.isEmpty());
    }

    void hangingBackendTimesOutAfterThreeSeconds()
    {
        // Keeps the responder and never answers.
        backend->answer = [](const HttpRequest &, HttpResponder) {};
        QElapsedTimer clock;
        clock.start();
        f->chatops->submit("ops", "/deploy web");
        QTRY_VERIFY_WITH_TIMEOUT(!f->notices.isEmpty(), 15000);
        QVERIFY2(clock.elapsed() >= 2900, qPrintable(f->notices.first().answer.text)); // not before Slack's 3 s
        QVERIFY(f->notices.first().answer.isError);
        QCOMPARE(f->notices.first().answer.text,
                 QStringLiteral("/deploy failed: no answer from %1 within 3 seconds").arg(backend->url().toString()));
        QCOMPARE(f->notices.size(), 1);
        QVERIFY(f->stored("ops").isEmpty());
    }

    void failingBackendsGiveOneClearMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("500") << 500 << QByteArray("oops") << QStringLiteral("/deploy failed: %1 answered HTTP 500");
        QTest::newRow("bad json") << 200 << QByteArray("{\"text\": ") << QStringLiteral("/deploy failed: the backend sent");
        QTest::newRow("json without text") << 200 << QByteArray("{\"ok\":true}")
                                           << QStringLiteral("/deploy failed: the backend sent a JSON answer with no text");
        QTest::newRow("binary") << 200 << QByteArray("\xff\xfe\x00\x01garbage", 11)
                                << QStringLiteral("/deploy failed: the backend sent an answer that is neither text nor JSON");
    }
    void failingBackendsGiveOneClearMessage()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        backend->answer = [status, body](const HttpRequest &, HttpResponder respond) {
            respond(HttpResponse::text(status, body));
        };
        f->chatops->submit("ops", "/deploy web");
        QTRY_COMPARE(f->notices.size(), 1);
        QVERIFY(f->notices.first().answer.isError);
        QVERIFY2(f->notices.first().answer.text.startsWith(message.contains("%1") ? message.arg(backend->url().toString()) : message),
                 qPrintable(f->notices.first().answer.text));
        QTest::qWait(50);
        QCOMPARE(f->notices.size(), 1);
        QVERIFY(f->stored("ops").isEmpty());
    }

    void unreachableBackend()
    {
        const QUrl url = backend->url();
        backend.reset(); // nothing listens on that port any more
        f->chatops->registry() = CommandRegistry();
        addDeploy(url);
        f->chatops->submit("ops", "/deploy web");
        QTRY_COMPARE(f->notices.size(), 1);
        QVERIFY2(f->notices.first().answer.text.startsWith(QStringLiteral("/deploy failed: cannot reach %1").arg(url.toString())),
                 qPrintable(f->notices.first().answer.text));
        QVERIFY(f->stored("ops").isEmpty());
    }

    void badInputShowsTheUsageAndSendsNothing()
    {
        QCOMPARE(f->chatops->submit("ops", "/deploy"), ChatOps::Outcome::Rejected);
        QCOMPARE(f->notices.size(), 1);
        QCOMPARE(f->notices.first().answer.text, QStringLiteral("/deploy: missing &lt;app&gt;\nusage: /deploy &lt;app&gt; [to &lt;stage&gt;]"));
        QCOMPARE(f->chatops->submit("ops", "/nope"), ChatOps::Outcome::Rejected);
        QCOMPARE(f->notices.last().answer.text, QStringLiteral("There is no command /nope. Type /help for the list."));
        QTest::qWait(50);
        QVERIFY(backend->requests.isEmpty());
    }

    void responseUrlTakesFiveDelayedAnswers()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(200, "")); };
        f->chatops->submit("ops", "/deploy web");
        QTRY_COMPARE(backend->requests.size(), 1);
        const QString url = responseUrl();

        // Ephemeral, then replacing it, then in the channel, then deleting (nothing to delete:
        // the latest is stored), then one more: five uses.
        auto answer = f->postTo(url, R"({"text":"step 1 of 3"})");
        QCOMPARE(answer.first, 200);
        QCOMPARE(answer.second, QByteArray(R"({"ok":true})"));
        QTRY_COMPARE(f->notices.size(), 1);
        const quint64 first = f->notices.first().id;

        QCOMPARE(f->postTo(url, R"({"text":"step 2 of 3","replace_original":true})").first, 200);
        QTRY_COMPARE(f->notices.size(), 2);
        QCOMPARE(f->notices.at(1).id, first);
        QCOMPARE(f->notices.at(1).answer.text, QStringLiteral("step 2 of 3"));

        QCOMPARE(f->postTo(url, R"({"text":"gone"})").first, 200);
        QTRY_COMPARE(f->notices.size(), 3);
        QCOMPARE(f->postTo(url, R"({"delete_original":"true"})").first, 200);
        QTRY_COMPARE(f->notices.size(), 4);
        QVERIFY(f->notices.at(3).removed);
        QCOMPARE(f->notices.at(3).id, f->notices.at(2).id);

        // A form field payload= works too (Slack accepts both). The first in_channel answer
        // stores the command above it; the ephemeral ones before did not.
        QCOMPARE(f->postTo(url, "payload=" + QUrl::toPercentEncoding(R"({"response_type":"in_channel","text":"done"})"),
                           "application/x-www-form-urlencoded")
                         .first,
                 200);
        QTRY_COMPARE(f->stored("ops").size(), 2);
        QCOMPARE(f->stored("ops").first().text, QStringLiteral("/deploy web"));
        QCOMPARE(f->stored("ops").last().text, QStringLiteral("done"));

        // The sixth is refused and changes nothing.
        answer = f->postTo(url, R"({"text":"sixth"})");
        QCOMPARE(answer.first, 404);
        QCOMPARE(answer.second, QByteArray(R"({"error":"used_url","ok":false})"));
        QTest::qWait(50);
        QCOMPARE(f->notices.size(), 4);
        QCOMPARE(f->stored("ops").size(), 2);
    }

    // Ephemeral answers never store the command; only the first in_channel one does.
    void ephemeralAnswersDoNotStoreTheCommand()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) {
            respond(jsonAnswer(R"({"response_type":"ephemeral","text":"only you see this"})"));
        };
        f->chatops->submit("ops", "/deploy web");
        QTRY_COMPARE(f->notices.size(), 1);
        QCOMPARE(f->postTo(responseUrl(), R"({"text":"still only you"})").first, 200);
        QTRY_COMPARE(f->notices.size(), 2);
        QVERIFY(f->stored("ops").isEmpty());
        QCOMPARE(f->postTo(responseUrl(), R"({"response_type":"in_channel","text":"everyone: web is live"})").first, 200);
        QCOMPARE(f->postTo(responseUrl(), R"({"response_type":"in_channel","text":"and healthy"})").first, 200);
        QTRY_COMPARE(f->stored("ops").size(), 3);
        const EventList stored = f->stored("ops");
        QCOMPARE(stored.at(0).text, QStringLiteral("/deploy web"));
        QCOMPARE(stored.at(1).text, QStringLiteral("everyone: web is live"));
        QCOMPARE(stored.at(2).text, QStringLiteral("and healthy"));
    }

    // Slack edits the message in place: same event (so the same ts), new text, and only the
    // new text is found by search.
    void responseUrlReplacesAStoredAnswerInPlace()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) {
            respond(jsonAnswer(R"({"response_type":"in_channel","text":"deploying slowly"})"));
        };
        f->chatops->submit("ops", "/deploy web");
        QTRY_COMPARE(f->stored("ops").size(), 2);
        const Event original = f->stored("ops").last();
        QSignalSpy changed(&f->store, &EventStore::eventsChanged);
        QCOMPARE(f->postTo(responseUrl(), R"({"response_type":"in_channel","replace_original":true,"text":"deployed quickly"})").first, 200);
        QTRY_COMPARE(f->stored("ops").last().text, QStringLiteral("deployed quickly"));
        QCOMPARE(changed.size(), 1); // what an open feed hears (FeedModel::replaceEvents)
        const EventList stored = f->stored("ops");
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.last().id, original.id);
        QCOMPARE(stored.last().text, QStringLiteral("deployed quickly"));
        QCOMPARE(stored.last().senderName, QStringLiteral("deploy"));
        QCOMPARE(stored.last().receivedAtMs, original.receivedAtMs);
        QCOMPARE(stored.first().text, QStringLiteral("/deploy web")); // the command is not repeated
        QCOMPARE(f->search("quickly").size(), 1);
        QVERIFY(f->search("slowly").isEmpty());
        QVERIFY(f->notices.isEmpty());

        // Then deleted: the answer goes, the command stays.
        QSignalSpy removed(&f->store, &EventStore::eventsRemoved);
        QCOMPARE(f->postTo(responseUrl(), R"({"delete_original":true})").first, 200);
        QTRY_COMPARE(f->stored("ops").size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(f->stored("ops").first().text, QStringLiteral("/deploy web"));
        QVERIFY(f->search("quickly").isEmpty());

        // Replacing what is gone: one clear notice, nothing else.
        QCOMPARE(f->postTo(responseUrl(), R"({"replace_original":true,"text":"too late"})").first, 200);
        QTRY_COMPARE(f->notices.size(), 1);
        QVERIFY(f->notices.first().answer.isError);
        QCOMPARE(f->notices.first().answer.text,
                 QStringLiteral("Could not update the message: Event %1 is not stored (it was deleted, or never stored).")
                         .arg(original.id));
        QTest::qWait(50);
        QCOMPARE(f->notices.size(), 1);
        QCOMPARE(f->stored("ops").size(), 1);
        QVERIFY(f->search("late").isEmpty());
    }

    void responseUrlExpiresAfterThirtyMinutes()
    {
        qint64 now = 1'800'000'000'000;
        f->responseUrls.setClock([&now] { return now; });
        backend->answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(200, "")); };
        f->chatops->submit("ops", "/deploy web");
        QTRY_COMPARE(backend->requests.size(), 1);
        now += ResponseUrlService::kLifetimeMs; // exactly 30 minutes: still good
        QCOMPARE(f->postTo(responseUrl(), R"({"text":"late but fine"})").first, 200);
        now += 1;
        const auto answer = f->postTo(responseUrl(), R"({"text":"too late"})");
        QCOMPARE(answer.first, 404);
        QCOMPARE(answer.second, QByteArray(R"({"error":"expired_url","ok":false})"));
        QTRY_COMPARE(f->notices.size(), 1);
        QTest::qWait(50);
        QCOMPARE(f->notices.size(), 1);
        QCOMPARE(f->notices.first().answer.text, QStringLiteral("late but fine"));
    }

    void responseUrlRefusesBadAnswersWithoutSpendingAUse()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(200, "")); };
        f->chatops->submit("ops", "/deploy web");
        QTRY_COMPARE(backend->requests.size(), 1);
        const QString url = responseUrl();
        QCOMPARE(f->postTo(url, "not json"), qMakePair(400, QByteArray(R"({"error":"invalid_payload","ok":false})")));
        QCOMPARE(f->postTo(url, "{}"), qMakePair(400, QByteArray(R"({"error":"no_text","ok":false})")));
        QCOMPARE(f->postTo(url.left(url.size() - 3) + "abc", R"({"text":"x"})").first, 404);
        for (int i = 0; i < ResponseUrlService::kMaxUses; ++i)
            QCOMPARE(f->postTo(url, R"({"text":"ok"})").first, 200);
        QCOMPARE(f->postTo(url, R"({"text":"ok"})").first, 404);
        QTRY_COMPARE(f->notices.size(), ResponseUrlService::kMaxUses);
    }
};

QTEST_GUILESS_MAIN(TestWebhookCommand)
#include "tst_webhookcommand.moc"
