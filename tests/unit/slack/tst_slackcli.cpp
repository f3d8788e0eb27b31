// `bellboard slack …` as a user runs it: the real binary, a real Secret Service (gnome-keyring
// under a private D-Bus session, started by with-keychain.sh), a fake Slack on real sockets.
// The tokens go to the keychain and nowhere else: no file under the config or data folders
// ever holds one, whatever ran.
#include "../app/bellboardinstance.h"
#include "fakeslackthread.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bb::test;

namespace {

const QByteArray kTokens = QByteArray(FakeSlack::kBotToken) + '\n' + FakeSlack::kAppToken + '\n';

} // namespace

class TestSlackCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSlackThread> m_slack;
    QString m_apiUrl;

    QStringList slack(const QString &action, const QStringList &more = {}) const
    {
        return QStringList{ QStringLiteral("slack"), action, QStringLiteral("--slack-api-url"), m_apiUrl } + more;
    }

    // Every file Bellboard may have written, read whole, for the tokens.
    static void verifyNoTokenIn(const QStringList &folders)
    {
        int files = 0;
        for (const QString &folder : folders) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                ++files;
                QVERIFY2(!bytes.contains(FakeSlack::kBotToken) && !bytes.contains(FakeSlack::kAppToken)
                                 && !bytes.contains("fake-bot-0123456789") && !bytes.contains("fake-app-0123456789"),
                         qPrintable(file.fileName()));
            }
        }
        QVERIFY(files > 0);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/unit/app/with-keychain.sh: it starts the keychain daemon");
    }

    void init()
    {
        m_slack = std::make_unique<FakeSlackThread>();
        m_slack->with([this](FakeSlack &fake) {
            fake.setMaxPageSize(2);
            fake.addChannel(QStringLiteral("C0OPS"), QStringLiteral("ops"));
            fake.addChannel(QStringLiteral("C0DEPLOYS"), QStringLiteral("deploys"));
            fake.addChannel(QStringLiteral("C0SECRET"), QStringLiteral("secret"), false);
            fake.addUser(QStringLiteral("U0ALICE"), QStringLiteral("Alice Example"), QStringLiteral("https://fake/a.png"));
            m_apiUrl = fake.apiUrl();
        });
    }

    void cleanup() { m_slack.reset(); }

    void everyActionHasHelp()
    {
        BellboardInstance bellboard;
        for (const QString &action : { QStringLiteral("login"), QStringLiteral("logout"), QStringLiteral("status"),
                                       QStringLiteral("channels"), QStringLiteral("mirror"), QStringLiteral("unmirror") }) {
            const auto help = bellboard.run({ QStringLiteral("slack"), action, QStringLiteral("--help") });
            QVERIFY2(help.exitCode == 0 && help.out.contains("--slack-api-url"), qPrintable(action));
        }
        const auto unknown = bellboard.run({ QStringLiteral("slack"), QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown slack action 'frobnicate'"));
    }

    void loginChecksTheTokensWithSlackThenKeepsThemInTheKeychainOnly()
    {
        BellboardInstance bellboard;
        const auto swapped = bellboard.run(slack(QStringLiteral("login")),
                                           QByteArray(FakeSlack::kAppToken) + '\n' + FakeSlack::kBotToken + '\n');
        QCOMPARE(swapped.exitCode, 2);
        QVERIFY2(swapped.err.contains("swapped"), swapped.err.constData());
        const auto wrong = bellboard.run(slack(QStringLiteral("login")), "xoxb-not-a-real-one\n" + QByteArray(FakeSlack::kAppToken) + '\n');
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("does not accept the token") && wrong.err.contains("nothing stored"), wrong.err.constData());
        QVERIFY2(bellboard.run(slack(QStringLiteral("channels"))).err.contains("not logged in"), "a refused login stored something");

        const auto login = bellboard.run(slack(QStringLiteral("login")), kTokens);
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY2(login.out.contains("Logged in to Fake Team"), login.out.constData());
        QVERIFY(!login.out.contains(FakeSlack::kBotToken) && !login.err.contains(FakeSlack::kBotToken));
        const auto channels = bellboard.run(slack(QStringLiteral("channels")));
        QVERIFY2(channels.exitCode == 0, channels.err.constData());
        // Three channels in pages of two: conversations.list was paged.
        QVERIFY(channels.out.contains("#deploys\tC0DEPLOYS"));
        QVERIFY(channels.out.contains("#ops\tC0OPS"));
        QVERIFY(channels.out.contains("#secret\tC0SECRET\tnot a member"));
        verifyNoTokenIn({ bellboard.dataDir(), QFileInfo(bellboard.configFile()).absolutePath() });
        QCOMPARE(bellboard.run(slack(QStringLiteral("logout"))).exitCode, 0);
    }

    void mirrorAndUnmirrorEditTheConfigInPlace()
    {
        BellboardInstance bellboard("# my own comment, kept\n");
        QCOMPARE(bellboard.run(slack(QStringLiteral("login")), kTokens).exitCode, 0);
        const auto typo = bellboard.run(slack(QStringLiteral("mirror"), { QStringLiteral("opps") }));
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains("no channel #opps"), typo.err.constData());
        const auto mirror = bellboard.run(slack(QStringLiteral("mirror"), { QStringLiteral("#ops"), QStringLiteral("deploys") }));
        QVERIFY2(mirror.exitCode == 0, mirror.err.constData());
        QFile config(bellboard.configFile());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray text = config.readAll();
        config.close();
        QVERIFY2(text.contains("# my own comment, kept\n") && text.contains("[slack]\nmirror = [\"ops\", \"deploys\"]\n"), text.constData());
        QCOMPARE(bellboard.run(slack(QStringLiteral("unmirror"), { QStringLiteral("ops") })).exitCode, 0);
        QVERIFY(config.open(QIODevice::ReadOnly));
        text = config.readAll();
        config.close();
        QVERIFY2(text.contains("mirror = [\"deploys\"]\n") && text.contains("# my own comment, kept\n"), text.constData());
        const auto notMirrored = bellboard.run(slack(QStringLiteral("unmirror"), { QStringLiteral("ops") }));
        QCOMPARE(notMirrored.exitCode, 1);
        QVERIFY(notMirrored.err.contains("not mirrored"));
        QCOMPARE(bellboard.run(slack(QStringLiteral("logout"))).exitCode, 0);
    }

    // A fresh account: no config folder yet, nothing started. `slack mirror` writes the config
    // as the first start would (the commented default) with the mirror added; it once failed
    // with "cannot write …/bellboard/bellboard.toml". The tokens come from the environment, so
    // the keychain plays no part; HOME and XDG_* point at an empty folder, no --config.
    void mirrorBeforeTheFirstStartWritesTheCommentedDefault()
    {
        m_slack->with([](FakeSlack &fake) { fake.addChannel(QStringLiteral("C0GENERAL"), QStringLiteral("general")); });
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        environment.insert(QStringLiteral("BELLBOARD_SECRET_SLACK_BOT_TOKEN"), QString::fromLatin1(FakeSlack::kBotToken));
        environment.insert(QStringLiteral("BELLBOARD_SECRET_SLACK_APP_TOKEN"), QString::fromLatin1(FakeSlack::kAppToken));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BELLBOARD_BINARY),
                      { QStringLiteral("slack"), QStringLiteral("mirror"), QStringLiteral("general"),
                        QStringLiteral("--slack-api-url"), m_apiUrl });
        QVERIFY(process.waitForFinished(60'000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());

        QFile config(home.filePath(QStringLiteral(".config/bellboard/bellboard.toml")));
        QVERIFY2(config.open(QIODevice::ReadOnly), qPrintable(config.fileName()));
        QFile shipped(QStringLiteral(BELLBOARD_SOURCE_DIR "/resources/bellboard.toml"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QCOMPARE(config.readAll(), shipped.readAll() + "\n[slack]\nmirror = [\"general\"]\n");
    }

    // The whole way: login, a running instance mirrors live, `slack status` reads its state,
    // logout revokes the token; no token in any file at any point.
    void aRunningInstanceMirrorsAndReportsItsStatus()
    {
        BellboardInstance bellboard("[slack]\nmirror = [\"ops\"]\napi_url = \"" + m_apiUrl.toUtf8() + "\"\n");
        QCOMPARE(bellboard.run(slack(QStringLiteral("login")), kTokens).exitCode, 0);
        const auto before = bellboard.run(slack(QStringLiteral("status")));
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.out.contains("not running") && before.out.contains("in the keychain"), before.out.constData());
        QVERIFY2(bellboard.start(), bellboard.serverErrors().constData());

        QByteArray status;
        for (int i = 0; i < 400 && !status.contains("Slack: connected"); ++i) {
            QTest::qWait(25);
            status = bellboard.run(slack(QStringLiteral("status"))).out;
        }
        QVERIFY2(status.contains("Slack: connected") && status.contains("Workspace: Fake Team"), status.constData());
        m_slack->with([](FakeSlack &fake) {
            fake.say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("hello from slack"));
        });
        QByteArray found;
        for (int i = 0; i < 400 && !found.contains("hello from slack"); ++i) {
            QTest::qWait(25);
            found = bellboard.run({ QStringLiteral("search"), QStringLiteral("in:slack.ops") }).out;
        }
        QVERIFY2(found.contains("hello from slack") && found.contains("Alice Example"), found.constData());

        // `slack mirror` while it runs: the running mirror follows the edited config at once.
        QCOMPARE(bellboard.run(slack(QStringLiteral("mirror"), { QStringLiteral("deploys") })).exitCode, 0);
        for (int i = 0; i < 400 && !status.contains("#ops, #deploys"); ++i) {
            QTest::qWait(25);
            status = bellboard.run(slack(QStringLiteral("status"))).out;
        }
        QTRY_VERIFY_WITH_TIMEOUT(bellboard.run(slack(QStringLiteral("status"))).out.contains("Slack: connected"), 10000);
        m_slack->with([](FakeSlack &fake) {
            fake.say(QStringLiteral("C0DEPLOYS"), QStringLiteral("U0ALICE"), QStringLiteral("web deployed"));
        });
        found.clear();
        for (int i = 0; i < 400 && !found.contains("web deployed"); ++i) {
            QTest::qWait(25);
            found = bellboard.run({ QStringLiteral("search"), QStringLiteral("in:slack.deploys") }).out;
        }
        QVERIFY2(found.contains("web deployed"), found.constData());
        verifyNoTokenIn({ bellboard.dataDir(), QFileInfo(bellboard.configFile()).absolutePath() });
        QVERIFY(!bellboard.serverErrors().contains("xoxb-"));

        const auto logout = bellboard.run(slack(QStringLiteral("logout")));
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        int revokes = 0;
        m_slack->with([&](FakeSlack &fake) { revokes = fake.calls(QStringLiteral("auth.revoke")); });
        QCOMPARE(revokes, 1);
        // The revoked token stops the running mirror, which says so.
        m_slack->with([](FakeSlack &fake) { fake.sendDisconnect(QStringLiteral("too_many_websockets")); });
        for (int i = 0; i < 400 && !status.contains("token revoked"); ++i) {
            QTest::qWait(25);
            status = bellboard.run(slack(QStringLiteral("status"))).out;
        }
        QVERIFY2(status.contains("token revoked"), status.constData());
        bellboard.stop();
        const auto after = bellboard.run(slack(QStringLiteral("status")));
        QVERIFY2(after.out.contains("not running") && after.out.contains("not logged in"), after.out.constData());
        verifyNoTokenIn({ bellboard.dataDir(), QFileInfo(bellboard.configFile()).absolutePath() });
    }

    void aHeadlessServerTakesTheTokensFromTheEnvironment()
    {
        BellboardInstance bellboard("[slack]\nmirror = [\"ops\"]\napi_url = \"" + m_apiUrl.toUtf8() + "\"\n");
        bellboard.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_SLACK_BOT_TOKEN"), QString::fromLatin1(FakeSlack::kBotToken));
        bellboard.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_SLACK_APP_TOKEN"), QString::fromLatin1(FakeSlack::kAppToken));
        QVERIFY(bellboard.start()); // (serverErrors() would read the stderr this test checks)
        QByteArray status;
        for (int i = 0; i < 400 && !status.contains("Slack: connected"); ++i) {
            QTest::qWait(25);
            status = bellboard.run(slack(QStringLiteral("status"))).out;
        }
        QVERIFY2(status.contains("Slack: connected"), status.constData());
        bellboard.stop();
        const QByteArray errors = bellboard.serverErrors();
        QVERIFY2(errors.contains("environment variables, not the keychain"), errors.constData());
        QVERIFY(!errors.contains(FakeSlack::kBotToken));
    }
};

QTEST_GUILESS_MAIN(TestSlackCli)
#include "tst_slackcli.moc"
