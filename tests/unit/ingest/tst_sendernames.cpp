// An event whose sender gave no name is named at ingest after where it came from (the
// X-Username header, a Slackboard tag, the token, the HTTP client), and stored so: the read
// API and search see the same name the feed shows. Over real sockets into a real store.
#include "ui/window/inprocessconsole.h"

#include "core/senderfallback.h"
#include "store/eventreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// The newest stored event, as the store reads it back.
Event newestEvent(InProcessConsole &console)
{
    EventReader reader(console.databasePath());
    const EventPage page = reader.search(SearchQuery(), 0, 1);
    return page.events.isEmpty() ? Event() : page.events.first();
}

// The "username" /api/events answers for the newest event of `channel`.
QString apiUsername(InProcessConsole &console, const QByteArray &channel)
{
    const QJsonObject answer = QJsonDocument::fromJson(console.get("/api/events?limit=1&channel=" + channel).body).object();
    return answer.value(QStringLiteral("events")).toArray().first().toObject().value(QStringLiteral("username")).toString();
}

} // namespace

class TestSenderNames : public QObject
{
    Q_OBJECT
private slots:
    void readmesFirstCurlIsStoredAsCurl()
    {
        InProcessConsole console;
        QVERIFY(console.isReady());
        const auto answer = console.post("/c/user-behavior", "application/x-www-form-urlencoded",
                                         "New user registration! alice@example.com",
                                         Headers{ { "User-Agent", "curl/7.88.1" } });
        QCOMPARE(answer.status, 200);
        const Event event = newestEvent(console);
        QCOMPARE(event.senderName, QStringLiteral("curl"));
        QVERIFY(event.senderNameIsFallback);
        QCOMPARE(apiUsername(console, "user-behavior"), QStringLiteral("curl"));
    }

    void xUsernameWinsOverTheClient()
    {
        InProcessConsole console;
        QVERIFY(console.isReady());
        QCOMPARE(console.post("/c/deploys", "text/plain", "deployed",
                              Headers{ { "User-Agent", "curl/7.88.1" }, { "X-Username", "deploy-bot" } })
                         .status,
                 200);
        const Event event = newestEvent(console);
        QCOMPARE(event.senderName, QStringLiteral("deploy-bot"));
        QVERIFY(!event.senderNameIsFallback);
    }

    void aWebhookWithoutUsernameIsNamedAfterItsClient()
    {
        InProcessConsole console;
        QVERIFY(console.isReady());
        QCOMPARE(console.post("/hooks/general", "application/json", R"({"text":"nightly backup done"})",
                              Headers{ { "User-Agent", "Python-urllib/3.11" } })
                         .status,
                 200);
        QCOMPARE(newestEvent(console).senderName, QStringLiteral("python-urllib"));
        // A username in the payload is the sender's own, whatever the client.
        QCOMPARE(console.post("/hooks/general", "application/json", R"({"text":"hi","username":"backup"})",
                              Headers{ { "User-Agent", "Python-urllib/3.11" } })
                         .status,
                 200);
        QCOMPARE(newestEvent(console).senderName, QStringLiteral("backup"));
        QVERIFY(!newestEvent(console).senderNameIsFallback);
    }

    void aSlackboardRouteWithoutUsernameIsNamedAfterItsTag()
    {
        IngestSettings settings;
        settings.routes << NotifyRoute{ QStringLiteral("signup"), QStringLiteral("user-behavior"), {}, {}, {} };
        InProcessConsole console(HttpLimits(), settings);
        QVERIFY(console.isReady());
        QCOMPARE(console.post("/notify", "application/json", R"({"tag":"signup","text":"carol signed up","sync":true})",
                              Headers{ { "User-Agent", "curl/7.88.1" } })
                         .status,
                 200);
        const Event event = newestEvent(console);
        QCOMPARE(event.senderName, QStringLiteral("signup"));
        QVERIFY(event.senderNameIsFallback);
    }

    void theClientNameIsShortAndClean_data()
    {
        QTest::addColumn<QByteArray>("userAgent");
        QTest::addColumn<QString>("name");
        QTest::newRow("curl") << QByteArray("curl/7.88.1") << QStringLiteral("curl");
        QTest::newRow("python") << QByteArray("Python-urllib/3.11") << QStringLiteral("python-urllib");
        QTest::newRow("requests") << QByteArray("python-requests/2.31.0") << QStringLiteral("python-requests");
        QTest::newRow("node fetch") << QByteArray("node") << QStringLiteral("node");
        QTest::newRow("undici") << QByteArray("undici") << QStringLiteral("node");
        QTest::newRow("browser") << QByteArray("Mozilla/5.0 (X11; Linux x86_64)") << QStringLiteral("browser");
        QTest::newRow("markup") << QByteArray("<b>evil</b>/1") << QStringLiteral("bevil");
        QTest::newRow("long") << QByteArray(80, 'a') << QString(24, QLatin1Char('a'));
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("only version") << QByteArray("/1.0") << QString();
    }
    void theClientNameIsShortAndClean()
    {
        QFETCH(QByteArray, userAgent);
        QFETCH(QString, name);
        QCOMPARE(clientNameFromUserAgent(userAgent), name);
    }
};

QTEST_GUILESS_MAIN(TestSenderNames)
#include "tst_sendernames.moc"
