#include "chatopsfixture.h"
#include "chatops/processcommand.h"

#include <QFile>
#include <QStandardPaths>

using namespace bb;
using namespace bb::test;

// Real programs through QProcess (sh is used only as the program under test, with an argv;
// Bellboard itself never runs a shell).
class TestProcessCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatOpsFixture> f;

    void add(const QString &name, const QString &usage, const QStringList &argv, int timeoutMs = 20000,
             qint64 maxOutput = 64 * 1024, bool confirm = false, const QString &dir = {})
    {
        CommandSpec spec;
        spec.name = name;
        spec.usage = { usage };
        spec.confirm = confirm;
        ProcessCommandSettings settings;
        settings.argv = argv;
        settings.timeoutMs = timeoutMs;
        settings.maxOutputBytes = maxOutput;
        settings.workingDir = dir;
        QVERIFY(f->chatops->registry().add(spec, f->chatops->processes()->handlerFor(settings)));
    }

    // The thread under the command's event: waits for the closing status line.
    EventList threadOf(const QString &channel)
    {
        EventList events;
        const auto closed = [&] {
            events = f->stored(channel);
            return events.size() > 1 && events.last().text.startsWith(QLatin1String("`/"))
                && events.last().senderName != QStringLiteral("alice");
        };
        if (!QTest::qWaitFor(closed, 30000))
            qWarning("the command's thread did not close");
        return events;
    }

private slots:
    void init()
    {
        f = std::make_unique<ChatOpsFixture>();
        QVERIFY(f->ok);
    }
    void cleanup() { f.reset(); }

    void argumentsGoAsArgvNeverThroughAShell()
    {
        QTemporaryDir work;
        add("echo", "echo <app> [to <stage>]", { "/bin/echo", "app={app}", "{stage}", "$(id)", "{user}@{channel}" },
            20000, 65536, false, work.path());
        QCOMPARE(f->chatops->submit("ops", "/echo \"web; rm -rf /\" to production"), ChatOps::Outcome::Started);
        const EventList events = threadOf("ops");
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).text, QStringLiteral("`/echo \"web; rm -rf /\" to production`"));
        QCOMPARE(events.at(0).senderName, QStringLiteral("alice"));
        QCOMPARE(events.at(0).source, QStringLiteral("command"));
        const QString root = QString::number(events.at(0).id);
        QCOMPARE(events.at(1).threadKey, root);
        QCOMPARE(events.at(1).text, QStringLiteral("```\napp=web; rm -rf / production $(id) alice@ops\n```"));
        QCOMPARE(events.at(2).threadKey, root);
        QVERIFY2(events.at(2).text.startsWith(QStringLiteral("`/echo` exit status 0 after")), qPrintable(events.at(2).text));
        QCOMPARE(events.at(2).level, Level::Info);

        // An optional part not given leaves its argv element out.
        QCOMPARE(ProcessCommandRunner::expandArgv({ "deploy", "{app}", "{stage}", "--to={stage}" },
                                                  CommandCall{ "d", "ops", "bob", "web", { { "app", "web" } } }),
                 (QStringList{ "deploy", "web", "--to=" }));
    }

    void workingDirectoryAndNonZeroExit()
    {
        QTemporaryDir work;
        QFile marker(work.filePath("marker.txt"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("here");
        marker.close();
        add("check", "check", { "/bin/sh", "-c", "cat marker.txt; echo; echo failing >&2; exit 3" }, 20000, 65536,
            false, work.path());
        f->chatops->submit("ops", "/check");
        const EventList events = threadOf("ops");
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).text, QStringLiteral("```\nhere\nfailing\n```"));
        QVERIFY2(events.at(2).text.startsWith(QStringLiteral("`/check` exit status 3 after")), qPrintable(events.at(2).text));
        QCOMPARE(events.at(2).level, Level::Warn);
    }

    void timeoutKillsTheProcess()
    {
        add("hang", "hang", { "/bin/sh", "-c", "echo started; exec sleep 60" }, 1000);
        f->chatops->submit("ops", "/hang");
        const EventList events = threadOf("ops");
        QCOMPARE(events.last().text, QStringLiteral("`/hang` timed out after 1 s and was stopped"));
        QCOMPARE(events.last().level, Level::Warn);
        QCOMPARE(events.at(1).text, QStringLiteral("```\nstarted\n```"));
        QTRY_COMPARE(f->chatops->processes()->runningCount(), 0);
    }

    void bigOutputIsCutAtTheCap()
    {
        // 1 MiB of output, 4 KiB kept.
        add("big", "big", { "/bin/sh", "-c", "head -c 1048576 /dev/zero | tr '\\0' x" }, 20000, 4096);
        f->chatops->submit("ops", "/big");
        const EventList events = threadOf("ops");
        QString output;
        for (int i = 1; i + 1 < events.size(); ++i)
            output += events.at(i).text.mid(4, events.at(i).text.size() - 8);
        QCOMPARE(output.size(), 4096);
        QCOMPARE(output.count(QLatin1Char('x')), 4096);
        QVERIFY2(events.last().text.contains(QStringLiteral("(output cut at 4096 bytes; %1 more bytes not kept)")
                                                     .arg(1048576 - 4096)),
                 qPrintable(events.last().text));
    }

    void outputIsEscapedForMrkdwn()
    {
        add("markup", "markup", { "/bin/echo", "<http://evil|click> & <!channel>" });
        f->chatops->submit("ops", "/markup");
        const EventList events = threadOf("ops");
        QCOMPARE(events.at(1).text, QStringLiteral("```\n&lt;http://evil|click&gt; &amp; &lt;!channel&gt;\n```"));
    }

    void missingProgramIsAClearMessage()
    {
        add("ghost", "ghost", { "/nonexistent/program" });
        f->chatops->submit("ops", "/ghost");
        const EventList events = threadOf("ops");
        QCOMPARE(events.size(), 2);
        QVERIFY2(events.last().text.startsWith(QStringLiteral("`/ghost` could not start `/nonexistent/program`")),
                 qPrintable(events.last().text));
    }

    void dangerousCommandsAskFirst()
    {
        add("restart", "restart <service>", { "/bin/echo", "restarting", "{service}" }, 20000, 65536, true);
        QCOMPARE(f->chatops->submit("ops", "/restart api"), ChatOps::Outcome::NeedsConfirmation);
        QTest::qWait(100);
        QVERIFY(f->stored("ops").isEmpty());
        QCOMPARE(f->chatops->submit("ops", "/restart api", 0, true), ChatOps::Outcome::Started);
        const EventList events = threadOf("ops");
        QCOMPARE(events.at(1).text, QStringLiteral("```\nrestarting api\n```"));
    }
};

QTEST_GUILESS_MAIN(TestProcessCommand)
#include "tst_processcommand.moc"
