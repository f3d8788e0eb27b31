#include "requests.h"

#include "ingest/decoders/slackpayload.h"

#include <QJsonArray>
#include <QTest>

using namespace bb;
using namespace bb::test;

// Declared before the raw-string payloads: moc 6.4 loses its way in them.
class TestWebhookDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodesSimpleJsonMessage();
    void acceptsJsonWhateverTheContentType_data();
    void acceptsJsonWhateverTheContentType();
    void decodesFormPayloadField();
    void keepsAttachmentsAndInfersFromThem();
    void acceptsBlockKitMessageWithoutText();
    void channelPrecedence_data();
    void channelPrecedence();
    void invalidChannelNameIsChannelNotFound();
    void bellboardExtensionsOverrideInference();
    void senderFieldsThreadAndMrkdwn();
    void badInputGetsSlackErrorWord_data();
    void badInputGetsSlackErrorWord();
    void deeplyNestedJsonIsRefusedNotACrash();
    void levelFromAttachmentColor_data();
    void levelFromAttachmentColor();
};

namespace {

DecodeResult webhook(const QByteArray &body, const QByteArray &contentType = "application/json",
                     const DecodeContext &ctx = context())
{
    return decodeSlackWebhook(post("/hooks/ci", body, contentType), ctx);
}

// Slack's documented "message with attachments and fields" shape.
const QByteArray kAttachmentMessage = R"({
  "text": "Deploy failed for <mailto:ops@corp.io|ops@corp.io>",
  "attachments": [{
    "fallback": "Required plain-text summary of the attachment.",
    "color": "danger",
    "pretext": "Optional text that appears above the attachment block",
    "author_name": "Bobby Tables",
    "title": "Slack API Documentation",
    "title_link": "https://api.slack.com/",
    "text": "Optional text that appears within the attachment",
    "fields": [{"title": "Customer", "value": "alice@example.com", "short": true},
               {"title": "Priority", "value": "High", "short": false}],
    "footer": "Slack API",
    "ts": 123456789
  }]
})";

// A Block Kit message, as Slack's Block Kit Builder writes it: no top-level text.
const QByteArray kBlockKitMessage = R"({
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "New sign-up"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*@carol* joined with carol@shop.io"},
     "fields": [{"type": "mrkdwn", "text": "*Plan:*\nPro"}]},
    {"type": "divider"}
  ]
})";

} // namespace

void TestWebhookDecoder::decodesSimpleJsonMessage()
{
    const DecodeResult result = webhook(R"({"text":"New user registration! alice@example.com"})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.size(), 1);
    const Event &event = result.events.first();
    QCOMPARE(event.text, QStringLiteral("New user registration! alice@example.com"));
    QCOMPARE(event.channel, QStringLiteral("general"));
    QCOMPARE(event.source, QStringLiteral("test:ci"));
    QCOMPARE(event.receivedAtMs, 1700000000123);
    QCOMPARE(event.users, QStringList{ "alice@example.com" });
    QCOMPARE(event.level, Level::Info);
    QVERIFY(event.mrkdwn);
    QVERIFY(event.title.isEmpty());
    QVERIFY(event.attachmentsJson.isEmpty());
    QVERIFY(event.blocksJson.isEmpty());
}

void TestWebhookDecoder::acceptsJsonWhateverTheContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("json") << QByteArray("application/json; charset=utf-8");
    QTest::newRow("text/plain") << QByteArray("text/plain");
    QTest::newRow("form type, JSON body (curl -d)") << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("none") << QByteArray();
}

void TestWebhookDecoder::acceptsJsonWhateverTheContentType()
{
    QFETCH(QByteArray, contentType);
    const DecodeResult result = webhook(" \n{\"text\":\"@carol upgraded to Pro\"}", contentType);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.first().users, QStringList{ "@carol" });
}

void TestWebhookDecoder::decodesFormPayloadField()
{
    // What `curl --data-urlencode payload@msg.json` and old Slack libraries send.
    const QByteArray body = "payload=%7B%22text%22%3A+%22Caf%C3%A9+order+%2349+from+dave%40x.org%22%2C"
                            "%22channel%22%3A%22%23financials%22%7D&ignored=1";
    const DecodeResult result = webhook(body, "application/x-www-form-urlencoded");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const Event &event = result.events.first();
    QCOMPARE(event.text, QString::fromUtf8("Café order #49 from dave@x.org"));
    QCOMPARE(event.channel, QStringLiteral("financials"));
    QCOMPARE(event.users, QStringList{ "dave@x.org" });
}

void TestWebhookDecoder::keepsAttachmentsAndInfersFromThem()
{
    const DecodeResult result = webhook(kAttachmentMessage);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const Event &event = result.events.first();
    QCOMPARE(event.level, Level::Crit);                               // color "danger"
    QCOMPARE(event.title, QStringLiteral("Slack API Documentation")); // first attachment's title
    QCOMPARE(event.users, (QStringList{ "ops@corp.io", "alice@example.com" }));
    const QJsonArray stored = QJsonDocument::fromJson(event.attachmentsJson).array();
    QCOMPARE(stored, QJsonDocument::fromJson(kAttachmentMessage).object().value("attachments").toArray());
    QVERIFY(!event.attachmentsJson.contains('\n')); // compact
}

void TestWebhookDecoder::acceptsBlockKitMessageWithoutText()
{
    const DecodeResult result = webhook(kBlockKitMessage);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const Event &event = result.events.first();
    QVERIFY(event.text.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(event.blocksJson).array().size(), 3);
    QVERIFY(!event.blocksJson.contains('\n'));
    QCOMPARE(event.users, (QStringList{ "@carol", "carol@shop.io" }));
}

void TestWebhookDecoder::channelPrecedence_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("urlChannel");
    QTest::addColumn<QString>("expected");
    QTest::newRow("payload wins") << QByteArray(R"({"text":"x","channel":"#Financials"})") << "ops"
                                  << "financials";
    QTest::newRow("payload without #") << QByteArray(R"({"text":"x","channel":"user-behavior"})") << ""
                                       << "user-behavior";
    QTest::newRow("url next") << QByteArray(R"({"text":"x"})") << "ops"
                              << "ops";
    QTest::newRow("empty payload channel falls through") << QByteArray(R"({"text":"x","channel":""})") << "ops"
                                                         << "ops";
    QTest::newRow("default last") << QByteArray(R"({"text":"x"})") << ""
                                  << "general";
}

void TestWebhookDecoder::channelPrecedence()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, urlChannel);
    QFETCH(QString, expected);
    const DecodeResult result = webhook(body, "application/json", context(urlChannel));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.first().channel, expected);
}

void TestWebhookDecoder::invalidChannelNameIsChannelNotFound()
{
    DecodeResult result = webhook(R"({"text":"x","channel":"#no way"})");
    QCOMPARE(result.error, QByteArray("channel_not_found"));
    QVERIFY(result.detail.contains(QStringLiteral("#no way")));
    result = webhook(R"({"text":"x"})", "application/json", context(QString(), QString()));
    QCOMPARE(result.error, QByteArray("channel_not_found"));
}

void TestWebhookDecoder::bellboardExtensionsOverrideInference()
{
    const DecodeResult result = webhook(R"({"text":"Refund for bob@corp.io","level":"warn","title":"Refund",
        "users":["Erin@Example.com","@Frank"],"user":"gina",
        "attachments":[{"color":"danger","title":"ignored title","text":"x"}]})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const Event &event = result.events.first();
    QCOMPARE(event.level, Level::Warn);
    QCOMPARE(event.title, QStringLiteral("Refund"));
    QCOMPARE(event.users, (QStringList{ "@gina", "erin@example.com", "@frank" }));
}

void TestWebhookDecoder::senderFieldsThreadAndMrkdwn()
{
    DecodeResult result = webhook(R"({"text":"nightly cleanup: 1,204 rows removed","username":"cron",
        "icon_emoji":":broom:","icon_url":"https://x.io/i.png","thread_ts":1503435956.000247,"mrkdwn":false})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    Event event = result.events.first();
    QCOMPARE(event.senderName, QStringLiteral("cron"));
    QCOMPARE(event.senderIcon, QStringLiteral(":broom:"));
    QCOMPARE(event.threadKey, QStringLiteral("1503435956.000247"));
    QVERIFY(!event.mrkdwn);

    result = webhook(R"({"text":"x","icon_url":"https://x.io/i.png","thread_ts":"1503435956.000247"})");
    event = result.events.first();
    QCOMPARE(event.senderIcon, QStringLiteral("https://x.io/i.png"));
    QCOMPARE(event.threadKey, QStringLiteral("1503435956.000247"));

    // A whole number too large for an integer is written as a number, not converted (that
    // conversion would be undefined behaviour).
    result = webhook(R"({"text":"x","thread_ts":1e69})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QVERIFY(result.events.first().threadKey.startsWith(QLatin1String("1000000000000000")));
    result = webhook(R"({"text":"x","thread_ts":1503435956})");
    QCOMPARE(result.events.first().threadKey, QStringLiteral("1503435956"));
}

void TestWebhookDecoder::badInputGetsSlackErrorWord_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<QString>("detailMentions");

    const QByteArray many = "{\"text\":\"x\",\"attachments\":["
                          + QByteArray("{\"text\":\"a\"},").repeated(100) + "{\"text\":\"a\"}]}";
    const QByteArray tooLong = "{\"text\":\"" + QByteArray(40001, 'a') + "\"}";
    const QByteArray longest = "{\"text\":\"" + QByteArray(40000, 'a') + "\"}";

    QTest::newRow("no body") << QByteArray() << QByteArray("invalid_payload") << "no body";
    QTest::newRow("blank body") << QByteArray(" \r\n") << QByteArray("invalid_payload") << "no body";
    QTest::newRow("malformed JSON") << QByteArray("{\"text\": \"x\"") << QByteArray("invalid_payload") << "not valid JSON";
    QTest::newRow("JSON array") << QByteArray("[{\"text\":\"x\"}]") << QByteArray("invalid_payload") << "an array";
    QTest::newRow("text is a number") << QByteArray("{\"text\":5}") << QByteArray("invalid_payload") << "'text' must be a string, not a number";
    QTest::newRow("attachments is a string") << QByteArray("{\"text\":\"x\",\"attachments\":\"x\"}") << QByteArray("invalid_payload") << "'attachments' must be an array";
    QTest::newRow("attachment not an object") << QByteArray("{\"text\":\"x\",\"attachments\":[1]}") << QByteArray("invalid_payload") << "attachments[0] must be an object";
    QTest::newRow("attachment color a number") << QByteArray("{\"attachments\":[{\"text\":\"x\",\"color\":255}]}") << QByteArray("invalid_payload") << "attachments[0].color";
    QTest::newRow("field short not bool") << QByteArray("{\"attachments\":[{\"fields\":[{\"title\":\"a\",\"value\":\"b\",\"short\":\"yes\"}]}]}") << QByteArray("invalid_payload") << "fields[0].short";
    QTest::newRow("blocks an object") << QByteArray("{\"blocks\":{\"type\":\"divider\"}}") << QByteArray("invalid_payload") << "'blocks' must be an array";
    QTest::newRow("block without type") << QByteArray("{\"blocks\":[{\"text\":\"x\"}]}") << QByteArray("invalid_payload") << "blocks[0]";
    QTest::newRow("thread_ts an object") << QByteArray("{\"text\":\"x\",\"thread_ts\":{}}") << QByteArray("invalid_payload") << "'thread_ts'";
    QTest::newRow("mrkdwn a string") << QByteArray("{\"text\":\"x\",\"mrkdwn\":\"no\"}") << QByteArray("invalid_payload") << "'mrkdwn'";
    QTest::newRow("unknown level") << QByteArray("{\"text\":\"x\",\"level\":\"loud\"}") << QByteArray("invalid_payload") << "unknown level 'loud' (info, warn, crit)";
    QTest::newRow("users not strings") << QByteArray("{\"text\":\"x\",\"users\":[1]}") << QByteArray("invalid_payload") << "'users'";
    QTest::newRow("no text") << QByteArray("{\"channel\":\"ops\"}") << QByteArray("no_text") << "no text";
    QTest::newRow("blank text") << QByteArray("{\"text\":\"  \"}") << QByteArray("no_text") << "no text";
    QTest::newRow("attachments without content") << QByteArray("{\"attachments\":[{\"color\":\"good\"}]}") << QByteArray("no_text") << "no text";
    QTest::newRow("101 attachments") << many << QByteArray("too_many_attachments") << "101";
    QTest::newRow("40,001 characters") << tooLong << QByteArray("msg_too_long") << "40001";
    QTest::newRow("40,000 characters is fine") << longest << QByteArray() << "";
    QTest::newRow("form without payload") << QByteArray("text=hello") << QByteArray("invalid_payload") << "payload field";
}

void TestWebhookDecoder::badInputGetsSlackErrorWord()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, error);
    QFETCH(QString, detailMentions);
    const DecodeResult result = webhook(body, QByteArray());
    QCOMPARE(result.error, error);
    QVERIFY2(result.detail.contains(detailMentions), qPrintable(result.detail));
    QCOMPARE(result.events.isEmpty(), !error.isEmpty());
}

void TestWebhookDecoder::deeplyNestedJsonIsRefusedNotACrash()
{
    const DecodeResult result = webhook(deeplyNested(10000));
    QCOMPARE(result.error, QByteArray("invalid_payload"));
    const DecodeResult inBlocks = webhook("{\"blocks\":[" + deeplyNested(5000) + "]}");
    QCOMPARE(inBlocks.error, QByteArray("invalid_payload"));
}

void TestWebhookDecoder::levelFromAttachmentColor_data()
{
    QTest::addColumn<QString>("color");
    QTest::addColumn<Level>("level");
    QTest::newRow("danger") << "danger" << Level::Crit;
    QTest::newRow("warning") << "Warning" << Level::Warn;
    QTest::newRow("good") << "good" << Level::Info;
    QTest::newRow("pure red") << "#ff0000" << Level::Crit;
    QTest::newRow("slack red") << "#E01E5A" << Level::Crit;
    QTest::newRow("short red") << "#f00" << Level::Crit;
    QTest::newRow("dark red") << "a30200" << Level::Crit;
    QTest::newRow("slack warning yellow") << "#daa038" << Level::Warn;
    QTest::newRow("slackboard warn") << "#ffdd00" << Level::Warn;
    QTest::newRow("green") << "#36a64f" << Level::Info;
    QTest::newRow("blue") << "#439FE0" << Level::Info;
    QTest::newRow("grey") << "#cccccc" << Level::Info;
    QTest::newRow("pale pink") << "#ffe0e0" << Level::Info;
    QTest::newRow("garbage") << "#zzzzzz" << Level::Info;
    QTest::newRow("empty") << "" << Level::Info;
}

void TestWebhookDecoder::levelFromAttachmentColor()
{
    QFETCH(QString, color);
    QFETCH(Level, level);
    QCOMPARE(levelFromColor(color), level);
    const QByteArray body = "{\"attachments\":[{\"text\":\"disk 91%\",\"color\":\"" + color.toUtf8() + "\"}]}";
    QCOMPARE(webhook(body).events.first().level, level);
}

QTEST_APPLESS_MAIN(TestWebhookDecoder)
#include "tst_webhookdecoder.moc"
