#include "requests.h"

#include <QJsonArray>
#include <QTest>

using namespace bb;
using namespace bb::test;

// Declared before the payload literals: moc 6.4 loses its way in raw strings.
class TestSlackboardDecoder : public QObject
{
    Q_OBJECT
private slots:
    void routesTagToChannelWithRouteIdentity();
    void unconfiguredIdentityGetsSlackboardDefaults();
    void levelSetsLevelAndSlackboardColor_data();
    void levelSetsLevelAndSlackboardColor();
    void titleOnlyNotificationIsAccepted();
    void everyRouteWithTheTagGetsTheEvent();
    void unknownTagIsReported();
    void unknownTagGoesToTheChannelNamedAfterIt();
    void unknownTagThatIsNoChannelNameIsStillRefused_data();
    void unknownTagThatIsNoChannelNameIsStillRefused();
    void routedTagNeverGoesToItsOwnChannel();
    void badNotifyInput_data();
    void badNotifyInput();
    void notifyDirectlyDecodesTheSlackPayload();
    void notifyDirectlyBadInput_data();
    void notifyDirectlyBadInput();
};

namespace {

QList<NotifyRoute> routes()
{
    NotifyRoute s3{ QStringLiteral("error-s3"), QStringLiteral("#critical-server-errors"),
                    QStringLiteral("s3-uploader"), QStringLiteral(":cloud:"), QString() };
    NotifyRoute signup{ QStringLiteral("signup"), QStringLiteral("user-behavior"), QString(), QString(), QString() };
    return { s3, signup };
}

DecodeResult notify(const QByteArray &body, const QList<NotifyRoute> &table = routes(),
                    UnknownTag unknownTag = UnknownTag::Refuse)
{
    return decodeNotify(post("/notify", body, "application/json"), table, unknownTag, context());
}

// As with auto_create_channels = true: a tag without a route names a channel.
DecodeResult notifyCreating(const QByteArray &body)
{
    return notify(body, routes(), UnknownTag::SendToTagsChannel);
}

DecodeResult notifyDirectly(const QByteArray &body)
{
    return decodeNotifyDirectly(post("/notify-directly", body, "application/json"), context());
}

} // namespace

void TestSlackboardDecoder::routesTagToChannelWithRouteIdentity()
{
    // slackboard-cli -t error-s3 -s (what Slackboard's own client sends)
    const DecodeResult result = notify(R"({"tag":"error-s3","host":"web-3","text":"upload failed for bob@corp.io","sync":true})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.size(), 1);
    const Event &event = result.events.first();
    QCOMPARE(event.channel, QStringLiteral("critical-server-errors"));
    QCOMPARE(event.senderName, QStringLiteral("s3-uploader"));
    QVERIFY(!event.senderNameIsFallback);
    QCOMPARE(event.senderIcon, QStringLiteral(":cloud:"));
    QCOMPARE(event.text, QStringLiteral("upload failed for bob@corp.io"));
    QCOMPARE(event.users, QStringList{ "bob@corp.io" });
    QCOMPARE(event.level, Level::Info);
    QVERIFY(event.attachmentsJson.isEmpty()); // no level given: Slackboard posts plain text
    QCOMPARE(event.source, QStringLiteral("test:ci"));
    QCOMPARE(event.receivedAtMs, 1700000000123);
}

void TestSlackboardDecoder::unconfiguredIdentityGetsSlackboardDefaults()
{
    const DecodeResult result = notify(R"({"tag":"signup","text":"@carol signed up"})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    // Named after the tag rather than "slackboard": the feed shows where it came from.
    QCOMPARE(result.events.first().senderName, QStringLiteral("signup"));
    QVERIFY(result.events.first().senderNameIsFallback);
    QCOMPARE(result.events.first().senderIcon, QStringLiteral(":clipboard:"));
}

void TestSlackboardDecoder::levelSetsLevelAndSlackboardColor_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<Level>("expected");
    QTest::addColumn<QString>("color");
    QTest::newRow("info") << "info" << Level::Info << "#00ff00";
    QTest::newRow("warn") << "warn" << Level::Warn << "#ffdd00";
    QTest::newRow("crit") << "crit" << Level::Crit << "#ff0000";
    QTest::newRow("unknown is ignored, like Slackboard") << "loud" << Level::Info << "";
}

void TestSlackboardDecoder::levelSetsLevelAndSlackboardColor()
{
    QFETCH(QString, level);
    QFETCH(Level, expected);
    QFETCH(QString, color);
    const DecodeResult result = notify(compact({ { "tag", "error-s3" }, { "text", "disk full" }, { "level", level } }));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const Event &event = result.events.first();
    QCOMPARE(event.level, expected);
    QCOMPARE(event.text, QStringLiteral("disk full"));
    const QJsonArray attachments = QJsonDocument::fromJson(event.attachmentsJson).array();
    QCOMPARE(attachments.isEmpty(), color.isEmpty());
    if (!color.isEmpty())
        QCOMPARE(attachments.first().toObject().value("color").toString(), color);
}

void TestSlackboardDecoder::titleOnlyNotificationIsAccepted()
{
    const DecodeResult result = notify(R"({"tag":"error-s3","title":"Backup failed","level":"crit"})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.first().title, QStringLiteral("Backup failed"));
    QCOMPARE(result.events.first().level, Level::Crit);
}

void TestSlackboardDecoder::everyRouteWithTheTagGetsTheEvent()
{
    QList<NotifyRoute> table = routes();
    table.append({ QStringLiteral("error-s3"), QStringLiteral("ops"), QString(), QString(), QString() });
    const DecodeResult result = notify(R"({"tag":"error-s3","text":"x"})", table);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.size(), 2);
    QCOMPARE(result.events.at(0).channel, QStringLiteral("critical-server-errors"));
    QCOMPARE(result.events.at(1).channel, QStringLiteral("ops"));
}

void TestSlackboardDecoder::unknownTagIsReported()
{
    // As with auto_create_channels = false: "nope" could name a channel, yet none is made.
    const DecodeResult result = notify(R"({"tag":"nope","text":"x"})", routes(), UnknownTag::Refuse);
    QCOMPARE(result.error, QByteArray("unknown_tag"));
    QCOMPARE(result.detail, QStringLiteral("tag:nope is not found")); // Slackboard's own words
}

void TestSlackboardDecoder::unknownTagGoesToTheChannelNamedAfterIt()
{
    const DecodeResult result = notifyCreating(R"({"tag":"Deploy-Web","host":"ci-2","text":"rolled out v42 for dave@corp.io","level":"warn"})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.size(), 1);
    const Event &event = result.events.first();
    QCOMPARE(event.channel, QStringLiteral("deploy-web"));    // normalized like any channel name
    QCOMPARE(event.senderName, QStringLiteral("Deploy-Web")); // no route's username: named after its tag
    QVERIFY(event.senderNameIsFallback);
    QCOMPARE(event.senderIcon, QStringLiteral(":clipboard:"));
    QCOMPARE(event.text, QStringLiteral("rolled out v42 for dave@corp.io"));
    QCOMPARE(event.level, Level::Warn);
    QCOMPARE(event.users, QStringList{ "dave@corp.io" });
    QCOMPARE(event.source, QStringLiteral("test:ci"));
    QCOMPARE(notifyCreating(R"({"tag":"#ops","text":"x"})").events.first().channel, QStringLiteral("ops"));
}

void TestSlackboardDecoder::unknownTagThatIsNoChannelNameIsStillRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("spaces") << QByteArray(R"({"tag":"disk full","text":"x"})");
    QTest::newRow("empty") << QByteArray(R"({"tag":"","text":"x"})");
    QTest::newRow("absent") << QByteArray(R"({"text":"x"})");
    QTest::newRow("too long") << "{\"tag\":\"" + QByteArray(81, 'a') + "\",\"text\":\"x\"}";
}

void TestSlackboardDecoder::unknownTagThatIsNoChannelNameIsStillRefused()
{
    QFETCH(QByteArray, body);
    const DecodeResult result = notifyCreating(body);
    QCOMPARE(result.error, QByteArray("unknown_tag"));
    QVERIFY2(result.detail.contains(QLatin1String("not a channel name")), qPrintable(result.detail));
    QVERIFY(result.events.isEmpty());
}

void TestSlackboardDecoder::routedTagNeverGoesToItsOwnChannel()
{
    const DecodeResult result = notifyCreating(R"({"tag":"signup","text":"@carol signed up"})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events.first().channel, QStringLiteral("user-behavior"));
}

void TestSlackboardDecoder::badNotifyInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("error");
    QTest::newRow("malformed") << QByteArray(R"({"tag":)") << QByteArray("invalid_payload");
    QTest::newRow("empty body") << QByteArray() << QByteArray("invalid_payload");
    QTest::newRow("array") << QByteArray(R"([])") << QByteArray("invalid_payload");
    QTest::newRow("text a number") << QByteArray(R"({"tag":"signup","text":1})") << QByteArray("invalid_payload");
    QTest::newRow("sync a string") << QByteArray(R"({"tag":"signup","text":"x","sync":"yes"})") << QByteArray("invalid_payload");
    QTest::newRow("no text or title") << QByteArray(R"({"tag":"signup","host":"web-1"})") << QByteArray("no_text");
    QTest::newRow("too long") << "{\"tag\":\"signup\",\"text\":\"" + QByteArray(40001, 'x') + "\"}" << QByteArray("msg_too_long");
    QTest::newRow("deep nesting") << deeplyNested(10000) << QByteArray("invalid_payload");
}

void TestSlackboardDecoder::badNotifyInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, error);
    const DecodeResult result = notify(body);
    QCOMPARE(result.error, error);
    QVERIFY(!result.detail.isEmpty());
}

void TestSlackboardDecoder::notifyDirectlyDecodesTheSlackPayload()
{
    // Slackboard's SPEC.md example, with an attachment as its Go types allow.
    const DecodeResult result = notifyDirectly(R"({"payload":{"channel":"random","username":"slackboard",
        "icon_emoji":":clipboard:","text":"notification text","parse":"full",
        "attachments":[{"color":"#ff0000","title":"db-1","text":"replication lag for erin@ex.io"}]},"sync":false})");
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const Event &event = result.events.first();
    QCOMPARE(event.channel, QStringLiteral("random"));
    QCOMPARE(event.senderName, QStringLiteral("slackboard"));
    QCOMPARE(event.senderIcon, QStringLiteral(":clipboard:"));
    QCOMPARE(event.text, QStringLiteral("notification text"));
    QCOMPARE(event.level, Level::Crit);
    QCOMPARE(event.title, QStringLiteral("db-1"));
    QCOMPARE(event.users, QStringList{ "erin@ex.io" });
}

void TestSlackboardDecoder::notifyDirectlyBadInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("error");
    QTest::newRow("no payload") << QByteArray(R"({"sync":true})") << QByteArray("invalid_payload");
    QTest::newRow("payload a string") << QByteArray(R"({"payload":"{}"})") << QByteArray("invalid_payload");
    QTest::newRow("sync a number") << QByteArray(R"({"payload":{"text":"x"},"sync":1})") << QByteArray("invalid_payload");
    QTest::newRow("payload without text") << QByteArray(R"({"payload":{"channel":"random"}})") << QByteArray("no_text");
    QTest::newRow("bad channel") << QByteArray(R"({"payload":{"channel":"not a channel","text":"x"}})") << QByteArray("channel_not_found");
    QTest::newRow("deep nesting") << "{\"payload\":" + deeplyNested(10000) + "}" << QByteArray("invalid_payload");
}

void TestSlackboardDecoder::notifyDirectlyBadInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, error);
    QCOMPARE(notifyDirectly(body).error, error);
}

QTEST_APPLESS_MAIN(TestSlackboardDecoder)
#include "tst_slackboarddecoder.moc"
