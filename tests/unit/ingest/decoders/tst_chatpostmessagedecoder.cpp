#include "requests.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

using namespace bb;
using namespace bb::test;

// Declared before the payload literals: moc 6.4 loses its way in raw strings.
class TestChatPostMessageDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodesJsonArgumentsAsSlackSdksSend();
    void decodesFormArgumentsWithJsonStrings();
    void queryStringArgumentsCount();
    void channelIsRequired_data();
    void channelIsRequired();
    void urlAndDefaultChannelsAreNotFallbacks();
    void badInputGetsWebApiErrorWord_data();
    void badInputGetsWebApiErrorWord();
    void deeplyNestedJsonIsRefusedNotACrash();
};

namespace {

DecodeResult postMessage(const QByteArray &body, const QByteArray &contentType = "application/json; charset=utf-8",
                         const QByteArray &target = "/api/chat.postMessage")
{
    return decodeChatPostMessage(post(target, body, contentType), context(QStringLiteral("ops")));
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second, " ").replace(' ', '+');
    }
    return body;
}

} // namespace

void TestChatPostMessageDecoder::decodesJsonArgumentsAsSlackSdksSend()
{
    // What @slack/web-api sends for chat.postMessage with blocks and a fallback text.
    const DecodeResult result = postMessage(R"({"channel":"#financials","text":"Payment received $49 from dave@x.org",
        "username":"billing","icon_url":"https://x.io/b.png","thread_ts":"1503435956.000247",
        "blocks":[{"type":"section","text":{"type":"mrkdwn","text":"*$49* from dave@x.org"}}],
        "attachments":[{"color":"warning","title":"Card expiring","text":"renew soon"}]})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const Event &event = result.events.first();
    QCOMPARE(event.channel, QStringLiteral("financials"));
    QCOMPARE(event.senderName, QStringLiteral("billing"));
    QCOMPARE(event.senderIcon, QStringLiteral("https://x.io/b.png"));
    QCOMPARE(event.threadKey, QStringLiteral("1503435956.000247"));
    QCOMPARE(event.level, Level::Warn);
    QCOMPARE(event.title, QStringLiteral("Card expiring"));
    QCOMPARE(event.users, QStringList{ "dave@x.org" });
    QCOMPARE(event.source, QStringLiteral("test:ci"));
    QCOMPARE(QJsonDocument::fromJson(event.blocksJson).array().size(), 1);
}

void TestChatPostMessageDecoder::decodesFormArgumentsWithJsonStrings()
{
    // Slack's form-encoded style: attachments and blocks are JSON text, booleans are words.
    const QByteArray body = form({
            { "token", "xoxb-not-ours" },
            { "channel", "user-behavior" },
            { "text", "New user registration! alice@example.com" },
            { "mrkdwn", "false" },
            { "icon_emoji", ":bell:" },
            { "attachments", R"([{"pretext":"plan","text":"Pro","color":"#36a64f"}])" },
            { "blocks", R"([{"type":"divider"}])" },
            { "users", "Alice@Example.com, @bob" },
    });
    const DecodeResult result = postMessage(body, "application/x-www-form-urlencoded");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const Event &event = result.events.first();
    QCOMPARE(event.channel, QStringLiteral("user-behavior"));
    QCOMPARE(event.text, QStringLiteral("New user registration! alice@example.com"));
    QVERIFY(!event.mrkdwn);
    QCOMPARE(event.senderIcon, QStringLiteral(":bell:"));
    QCOMPARE(event.level, Level::Info);
    QCOMPARE(QJsonDocument::fromJson(event.attachmentsJson).array().first().toObject().value("text").toString(),
             QStringLiteral("Pro"));
    QCOMPARE(event.blocksJson, QByteArray(R"([{"type":"divider"}])"));
    QCOMPARE(event.users, (QStringList{ "alice@example.com", "@bob" }));
}

void TestChatPostMessageDecoder::queryStringArgumentsCount()
{
    const DecodeResult result = postMessage(QByteArray(), QByteArray(),
                                            "/api/chat.postMessage?channel=ops&text=disk+91%25+on+db-1");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.first().text, QStringLiteral("disk 91% on db-1"));
}

void TestChatPostMessageDecoder::channelIsRequired_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("json without channel") << QByteArray(R"({"text":"x"})") << QByteArray("application/json");
    QTest::newRow("json empty channel") << QByteArray(R"({"text":"x","channel":" "})") << QByteArray("application/json");
    QTest::newRow("form without channel") << QByteArray("text=x") << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("empty body") << QByteArray() << QByteArray();
}

void TestChatPostMessageDecoder::channelIsRequired()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const DecodeResult result = postMessage(body, contentType);
    QCOMPARE(result.error, QByteArray("channel_not_found"));
    QVERIFY(result.detail.contains(QStringLiteral("'channel'")));
}

void TestChatPostMessageDecoder::urlAndDefaultChannelsAreNotFallbacks()
{
    // An invalid channel name is not silently replaced by the context's channels.
    const DecodeResult result = postMessage(R"({"channel":"#Bad Name","text":"x"})");
    QCOMPARE(result.error, QByteArray("channel_not_found"));
}

void TestChatPostMessageDecoder::badInputGetsWebApiErrorWord_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("error");

    const QByteArray json = "application/json";
    const QByteArray formType = "application/x-www-form-urlencoded";
    QTest::newRow("malformed JSON") << QByteArray(R"({"channel":"ops",)") << json << QByteArray("invalid_json");
    QTest::newRow("JSON array") << QByteArray(R"([1,2])") << json << QByteArray("json_not_object");
    QTest::newRow("JSON string") << QByteArray(R"("hi")") << json << QByteArray("json_not_object");
    QTest::newRow("multipart") << QByteArray("--x--") << QByteArray("multipart/form-data; boundary=x") << QByteArray("invalid_form_data");
    QTest::newRow("text a number") << QByteArray(R"({"channel":"ops","text":5})") << json << QByteArray("invalid_arguments");
    QTest::newRow("mrkdwn a word") << QByteArray("channel=ops&text=x&mrkdwn=perhaps") << formType << QByteArray("invalid_arguments");
    QTest::newRow("unknown level") << QByteArray(R"({"channel":"ops","text":"x","level":"loud"})") << json << QByteArray("invalid_arguments");
    QTest::newRow("attachments not JSON") << QByteArray("channel=ops&text=x&attachments=%5Bnope") << formType << QByteArray("invalid_attachments");
    QTest::newRow("attachments an object") << QByteArray(R"({"channel":"ops","attachments":{"text":"x"}})") << json << QByteArray("invalid_attachments");
    QTest::newRow("attachment field type") << QByteArray(R"({"channel":"ops","attachments":[{"title":["x"]}]})") << json << QByteArray("invalid_attachments");
    QTest::newRow("blocks not JSON") << QByteArray("channel=ops&blocks=%7Bnope") << formType << QByteArray("invalid_blocks_format");
    QTest::newRow("blocks an object") << QByteArray(R"({"channel":"ops","blocks":{"type":"divider"}})") << json << QByteArray("invalid_blocks_format");
    QTest::newRow("block without type") << QByteArray(R"({"channel":"ops","blocks":[{"text":"x"}]})") << json << QByteArray("invalid_blocks");
    QTest::newRow("no text") << QByteArray("channel=ops") << formType << QByteArray("no_text");
    QTest::newRow("too many attachments") << "channel=ops&attachments=" + QUrl::toPercentEncoding("[" + QByteArray("{\"text\":\"a\"},").repeated(100) + "{}]")
                                          << formType << QByteArray("too_many_attachments");
    QTest::newRow("too long") << "channel=ops&text=" + QByteArray(40001, 'a') << formType << QByteArray("msg_too_long");
}

void TestChatPostMessageDecoder::badInputGetsWebApiErrorWord()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, error);
    const DecodeResult result = postMessage(body, contentType);
    QCOMPARE(result.error, error);
    QVERIFY(!result.detail.isEmpty());
}

void TestChatPostMessageDecoder::deeplyNestedJsonIsRefusedNotACrash()
{
    QCOMPARE(postMessage(deeplyNested(10000)).error, QByteArray("invalid_json"));
    const QByteArray nestedBlocks = "channel=ops&blocks=" + QUrl::toPercentEncoding("[" + deeplyNested(10000) + "]");
    QCOMPARE(postMessage(nestedBlocks, "application/x-www-form-urlencoded").error, QByteArray("invalid_blocks_format"));
}

QTEST_APPLESS_MAIN(TestChatPostMessageDecoder)
#include "tst_chatpostmessagedecoder.moc"
