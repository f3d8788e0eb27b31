// The running `bellboard` as one object: ServeSession starts the host, ChatOps and the real
// window (the window module's code, built into this test), and tearing it down (quitting)
// with a command still running and text in a composer ends cleanly, the window going before
// the ChatOps its composers use (with the window declared before ChatOps, as the stack in
// runServeCommand had it, the window outlived ChatOps and this test fails). A console attached
// to a team server leaves its own [[commands]] out and runs the server's.
#include "app/config/config.h"
#include "app/servesession.h"
#include "app/servicehost.h"
#include "app/windowmodule.h"
#include "chatops/chatops.h"
#include "remote/teamserver.h"
#include "store/eventstore.h"
#include "ui/composer/composer.h"
#include "ui/composer/composeredit.h"
#include "ui/composer/windowchatops.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

extern "C" bb::WindowModule *bellboard_window_module(); // windowmodule.cpp

using namespace bb;

class TestServeSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A session over a fresh data folder and config file, on any free port, with one process
    // command: /wait, which says it started (the file `started`) and then runs for a minute.
    ServeOptions options() const
    {
        ServeOptions options;
        options.paths.dataDir = m_dir.filePath(QStringLiteral("data"));
        options.paths.configFile = m_dir.filePath(QStringLiteral("bellboard.toml"));
        QString error;
        if (!ensureConfigFile(options.paths.configFile, &error))
            qFatal("%s", qPrintable(error));
        options.config = loadConfig(options.paths.configFile).config;
        options.config.listenPort = 0;
        CommandConfig wait;
        wait.name = QStringLiteral("wait");
        wait.run = { QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("echo $$ > '%1'; exec sleep 60").arg(startedFile()) };
        options.config.commands << wait;
        options.fileConfig = options.config;
        return options;
    }

    QString startedFile() const { return m_dir.filePath(QStringLiteral("started")); }

    // The pid /wait wrote once its process runs; 0 until then.
    qint64 waitPid() const
    {
        QFile file(startedFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    }

    static bool running(qint64 pid) { return QFile::exists(QStringLiteral("/proc/%1").arg(pid)); }

    static MainWindow *mainWindow()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget))
                return window;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The window keeps its layout and read markers in QSettings: here, not the user's.
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setDefaultFormat(QSettings::IniFormat);
    }

    void init() { QFile::remove(startedFile()); }

    void quittingWithACommandRunningAndTextInTheComposerEndsCleanly()
    {
        auto session = std::make_unique<ServeSession>(options(), bellboard_window_module());
        QVERIFY(!session->start().has_value());
        QVERIFY(session->window());
        MainWindow *window = mainWindow();
        QVERIFY(window);
        Composer *composer = window->chatOps()->composer();
        QVERIFY(composer);

        QTest::keyClicks(composer->editor(), QStringLiteral("/wait"));
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QTRY_VERIFY(waitPid() > 0); // the command runs…
        const qint64 pid = waitPid();
        QVERIFY(running(pid));
        QTest::keyClicks(composer->editor(), QStringLiteral("/he")); // …and the next is half typed

        // The composers hold ChatOps by a plain pointer: the window must be gone before it.
        bool windowOutlivedChatOps = false;
        connect(session->chatops(), &QObject::destroyed, this, [&] { windowOutlivedChatOps = mainWindow(); });
        session.reset(); // as at the end of runServeCommand, after the event loop
        QVERIFY(!mainWindow());
        QVERIFY(!windowOutlivedChatOps);
        QTRY_VERIFY(!running(pid)); // the command did not outlive the program
    }

    void headlessRunsWithoutAWindow()
    {
        ServeSession session(options(), nullptr);
        QVERIFY(!session.start().has_value());
        QVERIFY(!session.window());
        QVERIFY(!mainWindow());
        QVERIFY(session.host()->port() > 0);
        QCOMPARE(session.chatops()->submit(QStringLiteral("ops"), QStringLiteral("/wait")), ChatOps::Outcome::Started);
        QTRY_VERIFY(waitPid() > 0);
    }

    void anAttachedConsoleRunsTheServersCommandsNotItsOwn()
    {
        TeamServer team({}, "\n[[commands]]\nname = \"where\"\nrun = [\"echo\", \"on the server for {user}\"]\n"
                            "\n[[commands]]\nname = \"purge\"\nconfirm = true\nrun = [\"echo\", \"purged by {user}\"]\n");
        QVERIFY2(team.error.isEmpty(), qPrintable(team.error));
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        ServeOptions attached = options();
        attached.remote = team.as(QStringLiteral("alice"));
        ServeSession session(attached, nullptr);
        QVERIFY(!session.start().has_value());
        ChatOps *chatops = session.chatops();
        QTRY_VERIFY_WITH_TIMEOUT(chatops->registry().find(QStringLiteral("where")), 20000);
        QVERIFY(!chatops->registry().find(QStringLiteral("wait"))); // this desk's own [[commands]] stay out

        QCOMPARE(chatops->submit(QStringLiteral("ops"), QStringLiteral("/where")), ChatOps::Outcome::Started);
        QTRY_VERIFY_WITH_TIMEOUT(team.get(QStringLiteral("/api/events?channel=ops"), QStringLiteral("alice"))
                                         .second.contains("on the server for alice"),
                                 20000);
        QVERIFY(!QFile::exists(startedFile()));

        // The server's confirm = true is asked here, as a local command's, before anything is sent.
        QCOMPARE(chatops->submit(QStringLiteral("ops"), QStringLiteral("/purge")), ChatOps::Outcome::NeedsConfirmation);
        QCOMPARE(chatops->submit(QStringLiteral("ops"), QStringLiteral("/purge"), 0, true), ChatOps::Outcome::Started);
        QTRY_VERIFY_WITH_TIMEOUT(team.get(QStringLiteral("/api/events?channel=ops"), QStringLiteral("alice"))
                                         .second.contains("purged by alice"),
                                 20000);
        team.instance().stop();
    }
};

QTEST_MAIN(TestServeSession)
#include "tst_servesession.moc"
