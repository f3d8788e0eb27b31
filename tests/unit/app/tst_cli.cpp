// The command line as scripts and cron jobs use it: the real binary, a real store.
#include "bellboardinstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

QJsonArray searchJson(const BellboardInstance &bellboard, const QString &query)
{
    const BellboardInstance::Result result = bellboard.run({ QStringLiteral("search"), QStringLiteral("--json"), query });
    return QJsonDocument::fromJson(result.out).array();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    BellboardInstance *bellboard = nullptr;

private slots:
    void initTestCase()
    {
        bellboard = new BellboardInstance;
        QVERIFY2(bellboard->start(), bellboard->serverErrors().constData());
    }
    void cleanupTestCase() { delete bellboard; }

    void sendPostsToTheRunningInstance()
    {
        const auto result = bellboard->run({ QStringLiteral("send"), QStringLiteral("-c"), QStringLiteral("#user-behavior"),
                                             QStringLiteral("-u"), QStringLiteral("alice@example.com"), QStringLiteral("-l"), QStringLiteral("warn"),
                                             QStringLiteral("Alice"), QStringLiteral("re-added"), QStringLiteral("example.org") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData()); // no "stored directly" note: the instance took it
        const QJsonObject event = searchJson(*bellboard, QStringLiteral("re-added in:#user-behavior")).first().toObject();
        QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("Alice re-added example.org"));
        QCOMPARE(event.value(QStringLiteral("level")).toString(), QStringLiteral("warn"));
        QCOMPARE(event.value(QStringLiteral("users")).toArray(), QJsonArray{ QStringLiteral("alice@example.com") });
        QCOMPARE(event.value(QStringLiteral("username")).toString(), QStringLiteral("bellboard")); // named after the client
    }

    void sendReadsStandardInputWhenNoTextIsGiven()
    {
        const auto result = bellboard->run({ QStringLiteral("send"), QStringLiteral("-c"), QStringLiteral("application-stats") },
                                           "nightly cleanup: 1,204 rows removed\n");
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(searchJson(*bellboard, QStringLiteral("\"rows removed\"")).size(), 1);
    }

    void sendRefusesBadInputWithAClearError()
    {
        auto result = bellboard->run({ QStringLiteral("send"), QStringLiteral("-l"), QStringLiteral("loud"), QStringLiteral("x") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("unknown level 'loud'"));
        result = bellboard->run({ QStringLiteral("send"), QStringLiteral("-c"), QStringLiteral("Bad Channel!"), QStringLiteral("x") });
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.err.contains("channel_not_found"));
        result = bellboard->run({ QStringLiteral("send") }, "");
        QCOMPARE(result.exitCode, 2);
    }

    void sendWithoutARunningInstanceWritesTheStoreDirectly()
    {
        BellboardInstance stopped; // never started: nothing listens on its port
        const auto result = stopped.run({ QStringLiteral("send"), QStringLiteral("-c"), QStringLiteral("financials"), QStringLiteral("Payment received $49") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.contains("written to the store directly"));
        const QJsonArray found = searchJson(stopped, QStringLiteral("payment in:financials"));
        QCOMPARE(found.size(), 1);
        // The same sender name the running instance would have given it.
        QCOMPARE(found.first().toObject().value(QStringLiteral("username")).toString(), QStringLiteral("bellboard"));
    }

    void runPostsTheOutcomeAndExitsWithTheCommandsStatus()
    {
        const auto result = bellboard->run({ QStringLiteral("run"), QStringLiteral("-c"), QStringLiteral("application-stats"),
                                             QStringLiteral("-t"), QStringLiteral("nightly-report"), QStringLiteral("--"),
                                             QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo line one; echo disk full >&2; exit 3") });
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.out.contains("line one")); // the output still shows, cron-style
        const QJsonObject event = searchJson(*bellboard, QStringLiteral("in:application-stats nightly")).first().toObject();
        QVERIFY2(event.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("`nightly-report` failed with exit status 3 after")),
                 qPrintable(event.value(QStringLiteral("title")).toString()));
        QVERIFY(event.value(QStringLiteral("text")).toString().contains(QStringLiteral("disk full")));
        QCOMPARE(event.value(QStringLiteral("level")).toString(), QStringLiteral("crit"));
    }

    void runReportsSuccess()
    {
        const auto result = bellboard->run({ QStringLiteral("run"), QStringLiteral("--"), QStringLiteral("true") });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject event = searchJson(*bellboard, QStringLiteral("in:application-stats succeeded")).first().toObject();
        QVERIFY(event.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("`true` succeeded in")));
        QCOMPARE(event.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
    }

    void runOfAMissingProgramPostsAndExits127()
    {
        const auto result = bellboard->run({ QStringLiteral("run"), QStringLiteral("--"), QStringLiteral("/no/such/program") });
        QCOMPARE(result.exitCode, 127);
        QVERIFY(!searchJson(*bellboard, QStringLiteral("\"could not start\"")).isEmpty());
    }

    void searchPrintsOneLinePerEvent()
    {
        bellboard->run({ QStringLiteral("send"), QStringLiteral("-c"), QStringLiteral("user-behavior"), QStringLiteral("New user registration! zoe@example.com") });
        const auto result = bellboard->run({ QStringLiteral("search"), QStringLiteral("user:zoe@example.com") });
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().contains("#user-behavior"));
        QVERIFY(lines.first().contains("New user registration! zoe@example.com"));
    }

    void searchRejectsABadQuery()
    {
        const auto result = bellboard->run({ QStringLiteral("search"), QStringLiteral("\"unterminated") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void everySubcommandHasHelp_data()
    {
        QTest::addColumn<QString>("subcommand");
        for (const char *word : { "send", "run", "search", "secret" })
            QTest::newRow(word) << QString::fromLatin1(word);
    }
    void everySubcommandHasHelp()
    {
        QFETCH(QString, subcommand);
        const auto result = bellboard->run({ subcommand, QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("--data-dir") || subcommand == QLatin1String("secret"));
        QVERIFY(result.out.contains("Usage:"));
        // The usage line names the command as typed, not the binary's path.
        QVERIFY2(result.out.startsWith("Usage: bellboard " + subcommand.toUtf8() + " [options]"), result.out.constData());
    }

    void versionPrintsTheProgramsVersion()
    {
        QProcess process;
        process.start(QStringLiteral(BELLBOARD_BINARY), { QStringLiteral("--version") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^bellboard \\d+\\.\\d+\\.\\d+\n$"))
                         .match(QString::fromUtf8(process.readAllStandardOutput()))
                         .hasMatch(),
                 "bellboard --version");
    }

    void secretWithoutAKeychainSaysWhatToDoInstead()
    {
        BellboardInstance isolated;
        isolated.setEnvironmentVariable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const auto result = isolated.run({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("ci") }, "token\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("BELLBOARD_SECRET_CI"), result.err.constData());
    }

    void secretRefusesABadName()
    {
        const auto result = bellboard->run({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("no spaces") }, "x\n");
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
