#include "../store/storetesthelpers.h"
#include "chatopsfixture.h"
#include "chatops/blockactions.h"
#include "chatops/signedpost.h"
#include "core/messagehtml.h"
#include "net/requestbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace bb;
using namespace bb::test;

namespace {

const QByteArray kSecret = "interactivity-secret";

const char *kBlocks = R"([{"type":"section","text":{"type":"mrkdwn","text":"Deploy *web* to production?"}},)"
                      R"({"type":"actions","block_id":"approval 1","elements":[)"
                      R"({"type":"button","action_id":"approve","text":{"type":"plain_text","text":"Approve"},"value":"deploy-42","style":"primary"},)"
                      R"({"type":"button","action_id":"deny","text":{"type":"plain_text","text":"Deny"},"value":"deploy-42"}]}])";

} // namespace

class TestBlockActions : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatOpsFixture> f;
    std::unique_ptr<FakeBackend> backend;
    Event message;

    // The link core renders for a button, read from the event's own HTML: what a click gives.
    QUrl renderedLink(const QString &label)
    {
        const QString html = eventBodyHtml(message);
        const QRegularExpression link(QStringLiteral("<a href=\"(bb-action:[^\"]+)\"[^>]*>%1</a>").arg(label));
        const QRegularExpressionMatch match = link.match(html);
        if (!match.hasMatch())
            qWarning("no button '%s' in %s", qPrintable(label), qPrintable(html));
        return QUrl(match.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&")));
    }

    // The response_url of the backend's first request.
    QString firstResponseUrl() const
    {
        const QString payload = parseFormFields(backend->requests.first().body).value("payload");
        return QJsonDocument::fromJson(payload.toUtf8()).object().value("response_url").toString();
    }

private slots:
    void init()
    {
        f = std::make_unique<ChatOpsFixture>();
        QVERIFY(f->ok);
        backend = std::make_unique<FakeBackend>();
        f->chatops->blockActions()->setEndpoints({ { "webhook", backend->url("/slack/actions"), kSecret, 3000, "legacy-token" } });
        Event event = makeEvent("deployments", "Deploy web to production?");
        event.source = QStringLiteral("webhook:ci");
        event.blocksJson = kBlocks;
        const EventList stored = commit(f->store, { event });
        QCOMPARE(stored.size(), 1);
        message = stored.first();
    }
    void cleanup()
    {
        backend.reset();
        f.reset();
    }

    void clickPostsSignedBlockActionsAndTheAnswerUpdatesTheMessage()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(200, "")); };
        const QUrl link = renderedLink("Approve");
        QCOMPARE(link.scheme(), QStringLiteral("bb-action"));
        f->chatops->blockActions()->click(message, link, "alice");
        QTRY_COMPARE(backend->requests.size(), 1);
        const HttpRequest &request = backend->requests.first();
        QCOMPARE(request.path, QStringLiteral("/slack/actions"));
        QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        const QByteArray timestamp = request.header("x-slack-request-timestamp");
        QCOMPARE(request.header("x-slack-signature"),
                 slackSignature(kSecret, timestamp.toLongLong(), request.body));
        QVERIFY(request.body.startsWith("payload="));
        QCOMPARE(parseFormFields(request.body).size(), 1);

        const QJsonObject payload = QJsonDocument::fromJson(
                                            parseFormFields(request.body).value("payload").toUtf8())
                                            .object();
        QCOMPARE(payload.value("type").toString(), QStringLiteral("block_actions"));
        QCOMPARE(payload.value("token").toString(), QStringLiteral("legacy-token"));
        QCOMPARE(payload.value("user").toObject().value("username").toString(), QStringLiteral("alice"));
        QCOMPARE(payload.value("channel").toObject().value("name").toString(), QStringLiteral("deployments"));
        QCOMPARE(payload.value("container").toObject().value("message_ts").toString(), message.slackTs());
        QCOMPARE(payload.value("message").toObject().value("ts").toString(), message.slackTs());
        QCOMPARE(payload.value("message").toObject().value("blocks").toArray().size(), 2);
        QVERIFY(!payload.value("trigger_id").toString().isEmpty());
        const QJsonArray actions = payload.value("actions").toArray();
        QCOMPARE(actions.size(), 1);
        const QJsonObject action = actions.first().toObject();
        QCOMPARE(action.value("type").toString(), QStringLiteral("button"));
        QCOMPARE(action.value("block_id").toString(), QStringLiteral("approval 1"));
        QCOMPARE(action.value("action_id").toString(), QStringLiteral("approve"));
        QCOMPARE(action.value("value").toString(), QStringLiteral("deploy-42"));
        QCOMPARE(action.value("style").toString(), QStringLiteral("primary"));
        QCOMPARE(action.value("text").toObject().value("text").toString(), QStringLiteral("Approve"));

        // The backend answers through the response_url: the clicked message is edited in
        // place, as in Slack (same event, same ts; the old text is no longer found).
        const QString responseUrl = payload.value("response_url").toString();
        QVERIFY(responseUrl.contains("/chatops/response/"));
        QSignalSpy changed(&f->store, &EventStore::eventsChanged);
        QCOMPARE(f->postTo(responseUrl, R"({"replace_original":true,"text":"Approved by alice :white_check_mark:"})").first, 200);
        QTRY_COMPARE(f->stored("deployments").first().text, QStringLiteral("Approved by alice :white_check_mark:"));
        const EventList stored = f->stored("deployments");
        QCOMPARE(stored.size(), 1);
        const Event update = stored.first();
        QCOMPARE(update.id, message.id);
        QCOMPARE(update.slackTs(), message.slackTs());
        QCOMPARE(update.source, QStringLiteral("webhook:ci")); // its next buttons go to the same backend
        QCOMPARE(update.receivedAtMs, message.receivedAtMs);
        QVERIFY(update.blocksJson.isEmpty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f->search("approved").size(), 1);
        QVERIFY(f->search("production").isEmpty());
        QVERIFY(f->notices.isEmpty());
    }

    // A button in a console-only notice: Slack's block_actions for an ephemeral message, and a
    // replace_original answer through its response_url replaces the notice (nothing is stored).
    void clickOnANoticeIsEphemeralAndTheAnswerReplacesTheNotice()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(200, "")); };
        f->chatops->blockActions()->setEndpoints({ { "command:deploy", backend->url("/slack/actions"), kSecret, 3000 } });
        const ReplyTarget target{ "deployments", "deploy", f->chatops->newReplyKey(), 0, "command:deploy" };
        CommandAnswer answer;
        answer.text = QStringLiteral("Deploy web to production?");
        answer.blocksJson = kBlocks;
        f->chatops->deliver(target, answer);
        QCOMPARE(f->notices.size(), 1);
        const quint64 id = f->notices.first().id;
        const ReplyTarget shown = f->chatops->noticeTarget(id);
        QCOMPARE(shown.key, target.key);
        QCOMPARE(shown.source, QStringLiteral("command:deploy"));

        Event notice;
        notice.channel = QStringLiteral("deployments");
        notice.senderName = QStringLiteral("deploy");
        notice.text = answer.text;
        notice.blocksJson = kBlocks;
        notice.receivedAtMs = 1700000000123;
        f->chatops->blockActions()->clickNotice(notice, id, shown, QUrl("bb-action:approval%201/deny?notice=1"), "alice");
        QTRY_COMPARE(backend->requests.size(), 1);
        const HttpRequest &request = backend->requests.first();
        QCOMPARE(request.header("x-slack-signature"),
                 slackSignature(kSecret, request.header("x-slack-request-timestamp").toLongLong(), request.body));
        const QJsonObject payload = QJsonDocument::fromJson(
                                            parseFormFields(request.body).value("payload").toUtf8())
                                            .object();
        const QJsonObject container = payload.value("container").toObject();
        QCOMPARE(container.value("type").toString(), QStringLiteral("message"));
        QCOMPARE(container.value("is_ephemeral").toBool(), true);
        QCOMPARE(container.value("channel_id").toString(), QStringLiteral("deployments"));
        QCOMPARE(container.value("message_ts").toString(), QStringLiteral("1700000000.%1").arg(id, 6, 10, QLatin1Char('0')));
        QVERIFY(!payload.contains("message"));
        QCOMPARE(payload.value("actions").toArray().first().toObject().value("action_id").toString(), QStringLiteral("deny"));

        QCOMPARE(f->postTo(payload.value("response_url").toString(),
                           R"({"replace_original":true,"text":"Denied by alice"})")
                         .first,
                 200);
        QTRY_COMPARE(f->notices.size(), 2);
        QCOMPARE(f->notices.last().id, id);
        QCOMPARE(f->notices.last().answer.text, QStringLiteral("Denied by alice"));
        QCOMPARE(f->stored("deployments").size(), 1); // only the event of init()
    }

    // A notice shown without a key (a built-in's answer, an error) gets one, so it can be replaced too.
    void everyNoticeHasAKey()
    {
        f->chatops->deliver(ReplyTarget{ "deployments", "Bellboard", QString(), 0, QString() }, CommandAnswer::note("hello"));
        QCOMPARE(f->notices.size(), 1);
        const ReplyTarget shown = f->chatops->noticeTarget(f->notices.first().id);
        QCOMPARE(shown.channel, QStringLiteral("deployments"));
        QVERIFY(!shown.key.isEmpty());
        CommandAnswer replacement = CommandAnswer::note("bye");
        replacement.replaceOriginal = true;
        f->chatops->deliver(shown, replacement);
        QCOMPARE(f->notices.size(), 2);
        QCOMPARE(f->notices.last().id, f->notices.first().id);
        QVERIFY(f->chatops->noticeTarget(999999).channel.isEmpty());
    }

    // A later answer through the same response_url replaces the clicked message again (it
    // stays "the original"), and delete_original removes it.
    void theClickedMessageCanBeReplacedWithButtonsAndThenDeleted()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(200, "")); };
        f->chatops->blockActions()->click(message, renderedLink("Approve"), "alice");
        QTRY_COMPARE(backend->requests.size(), 1);
        const QString responseUrl = firstResponseUrl();
        // An ephemeral note first: shown to alice, the message untouched.
        QCOMPARE(f->postTo(responseUrl, R"({"text":"working on it"})").first, 200);
        QTRY_COMPARE(f->notices.size(), 1);
        QCOMPARE(f->stored("deployments").first().text, message.text);

        const QByteArray replacement = R"({"replace_original":"true","text":"Rolling out",)"
                                       R"("blocks":[{"type":"actions","block_id":"b2","elements":[)"
                                       R"({"type":"button","action_id":"stop","text":{"type":"plain_text","text":"Stop"}}]}]})";
        QCOMPARE(f->postTo(responseUrl, replacement).first, 200);
        QTRY_COMPARE(f->stored("deployments").first().text, QStringLiteral("Rolling out"));
        message = f->stored("deployments").first();
        QVERIFY(!BlockActionSender::findButton(message, "b2", "stop").isEmpty());
        QVERIFY(eventBodyHtml(message).contains("Stop"));

        QSignalSpy removed(&f->store, &EventStore::eventsRemoved);
        QCOMPARE(f->postTo(responseUrl, R"({"delete_original":true})").first, 200);
        QTRY_VERIFY(f->stored("deployments").isEmpty());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().value<EventList>().first().id, message.id);
        QVERIFY(f->search("rolling").isEmpty());
        QCOMPARE(f->notices.size(), 1);
    }

    // An original that is not stored (deleted meanwhile): one clear notice, nothing stored,
    // nothing else changed.
    void anOriginalThatIsGoneGivesOneNotice()
    {
        const Event other = commit(f->store, { makeEvent("deployments", "unrelated") }).first();
        backend->answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(200, "")); };
        f->chatops->blockActions()->click(message, renderedLink("Approve"), "alice");
        QTRY_COMPARE(backend->requests.size(), 1);
        const QString responseUrl = firstResponseUrl();
        QVERIFY(f->store.removeEvent(message.id).result().ok);
        QCOMPARE(f->postTo(responseUrl, R"({"replace_original":true,"text":"Approved"})").first, 200);
        QTRY_COMPARE(f->notices.size(), 1);
        QCOMPARE(f->notices.first().channel, QStringLiteral("deployments"));
        QVERIFY(f->notices.first().answer.isError);
        QCOMPARE(f->notices.first().answer.text,
                 QStringLiteral("Could not update the message: Event %1 is not stored (it was deleted, or never stored).")
                         .arg(message.id));
        QCOMPARE(f->postTo(responseUrl, R"({"delete_original":true})").first, 200);
        QTRY_COMPARE(f->notices.size(), 2);
        QVERIFY(f->notices.last().answer.text.startsWith("Could not delete the message: Event "));
        QTest::qWait(50);
        QCOMPARE(f->notices.size(), 2);
        const EventList stored = f->stored("deployments");
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().id, other.id);
        QCOMPARE(stored.first().text, QStringLiteral("unrelated"));
    }

    void failingBackendIsOneClearMessage()
    {
        backend->answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(500, "boom")); };
        f->chatops->blockActions()->click(message, renderedLink("Deny"), "alice");
        QTRY_COMPARE(f->notices.size(), 1);
        QCOMPARE(f->notices.first().channel, QStringLiteral("deployments"));
        QCOMPARE(f->notices.first().answer.text,
                 QStringLiteral("The \"Deny\" button failed: %1 answered HTTP 500").arg(backend->url("/slack/actions").toString()));
        QCOMPARE(f->stored("deployments").size(), 1);
    }

    void noEndpointOrUnknownButton()
    {
        f->chatops->blockActions()->setEndpoints({});
        f->chatops->blockActions()->click(message, renderedLink("Approve"), "alice");
        QCOMPARE(f->notices.size(), 1);
        QVERIFY(f->notices.first().answer.text.startsWith("Buttons of events from 'webhook:ci' go nowhere"));
        f->chatops->blockActions()->click(message, QUrl("bb-action:approval%201/launch"), "alice");
        QCOMPARE(f->notices.size(), 2);
        QCOMPARE(f->notices.last().answer.text, QStringLiteral("This button is not part of the message any more."));
        QTest::qWait(50);
        QVERIFY(backend->requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBlockActions)
#include "tst_blockactions.moc"
