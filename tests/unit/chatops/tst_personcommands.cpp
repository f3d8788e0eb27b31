// A team server's ChatOps running a person's command (ChatOps::Invoker, POST /api/commands):
// the command sees the person, an in_channel answer is stored under the person's invocation, an
// ephemeral one (and every error) leaves as consoleNoticeShown for the person's console and
// never as this process's own notice; a person's plain text is refused. And the console's side:
// a notice its server sent shows as its own, replaced and removed by the server's number.
#include "chatopsfixture.h"

using namespace bb;
using bb::test::ChatOpsFixture;

namespace {

struct ConsoleNotice
{
    QString console;
    QString channel;
    quint64 id = 0;
    QString text;
    bool removed = false;
};

} // namespace

class TestPersonCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatOpsFixture> f;
    QList<ConsoleNotice> forConsoles;
    QStringList users; // who each run of /echo saw

    // `text` typed in #ops by bob at the console whose stream is `stream`.
    ChatOps::Outcome asBob(const QString &text, const QString &stream = QStringLiteral("stream-1"))
    {
        return f->chatops->submit(QStringLiteral("ops"), text, 0, false, ChatOps::Invoker{ QStringLiteral("bob"), stream });
    }

private slots:
    void init()
    {
        f = std::make_unique<ChatOpsFixture>();
        QVERIFY(f->ok);
        forConsoles.clear();
        users.clear();
        QObject::connect(f->chatops.get(), &ChatOps::consoleNoticeShown, f->chatops.get(),
                         [this](const QString &console, const QString &channel, quint64 id, const QString &,
                                const CommandAnswer &answer) { forConsoles << ConsoleNotice{ console, channel, id, answer.text, false }; });
        QObject::connect(f->chatops.get(), &ChatOps::consoleNoticeRemoved, f->chatops.get(),
                         [this](const QString &console, const QString &channel, quint64 id) {
                             forConsoles << ConsoleNotice{ console, channel, id, QString(), true };
                         });
        CommandSpec echo;
        echo.name = QStringLiteral("echo");
        echo.usage = { QStringLiteral("echo <where> <text...>") };
        QVERIFY(f->chatops->registry().add(echo, [this](const CommandCall &call) {
            users << call.userName;
            CommandAnswer answer = CommandAnswer::note(call.arguments.value(QStringLiteral("text")));
            if (call.arguments.value(QStringLiteral("where")) == QLatin1String("channel"))
                answer.visibility = CommandAnswer::Visibility::InChannel;
            call.output->deliver(call.replyTarget(), answer);
        }));
    }

    void ephemeralAnswersGoToThePersonsConsoleOnly()
    {
        const ChatOps::Outcome outcome = asBob(QStringLiteral("/echo me hello"));
        QCOMPARE(outcome, ChatOps::Outcome::Started);
        QCOMPARE(users, QStringList{ QStringLiteral("bob") });
        QCOMPARE(forConsoles.size(), 1);
        QCOMPARE(forConsoles.first().console, QStringLiteral("stream-1"));
        QCOMPARE(forConsoles.first().channel, QStringLiteral("ops"));
        QCOMPARE(forConsoles.first().text, QStringLiteral("hello"));
        QVERIFY(f->notices.isEmpty()); // this process's own window shows nothing of it

        // An unknown command and a usage error are the typist's too.
        QCOMPARE(asBob(QStringLiteral("/nope")),
                 ChatOps::Outcome::Rejected);
        QCOMPARE(asBob(QStringLiteral("/echo")),
                 ChatOps::Outcome::Rejected);
        QCOMPARE(forConsoles.size(), 3);
        QCOMPARE(forConsoles.at(2).console, QStringLiteral("stream-1"));
        QVERIFY(f->notices.isEmpty());
    }

    void aPersonWithoutAStreamGetsNoNoticeHere()
    {
        asBob(QStringLiteral("/echo me hello"), QString());
        QCOMPARE(forConsoles.size(), 1);
        QCOMPARE(forConsoles.first().console, QString(ChatOps::kNoConsole));
        QVERIFY(f->notices.isEmpty());
    }

    void inChannelAnswersAreStoredUnderThePersonsInvocation()
    {
        asBob(QStringLiteral("/echo channel deployed"));
        QTRY_COMPARE(f->stored(QStringLiteral("ops")).size(), 2);
        const EventList stored = f->stored(QStringLiteral("ops"));
        QCOMPARE(stored.at(0).senderName, QStringLiteral("bob"));
        QCOMPARE(stored.at(0).text, QStringLiteral("/echo channel deployed"));
        QCOMPARE(stored.at(1).text, QStringLiteral("deployed"));
        QVERIFY(forConsoles.isEmpty());
    }

    void aPersonsPlainTextIsRefused()
    {
        QCOMPARE(asBob(QStringLiteral("hello")),
                 ChatOps::Outcome::Rejected);
        QCOMPARE(asBob(QStringLiteral("//echo")),
                 ChatOps::Outcome::Rejected);
        f->store.flush();
        QVERIFY(f->stored(QStringLiteral("ops")).isEmpty());
    }

    void theDesksOwnCommandsStillAnswerItsWindow()
    {
        f->chatops->submit(QStringLiteral("ops"), QStringLiteral("/echo me hi"));
        QCOMPARE(users, QStringList{ QStringLiteral("alice") });
        QCOMPARE(f->notices.size(), 1);
        QVERIFY(forConsoles.isEmpty());
    }

    void aServersNoticeIsReplacedAndRemovedByItsNumber()
    {
        CommandAnswer first = CommandAnswer::note(QStringLiteral("deploying"));
        f->chatops->showServerNotice(QStringLiteral("ops"), 7, QStringLiteral("deploy"), first);
        f->chatops->showServerNotice(QStringLiteral("ops"), 8, QStringLiteral("deploy"), CommandAnswer::note(QStringLiteral("other")));
        f->chatops->showServerNotice(QStringLiteral("ops"), 7, QStringLiteral("deploy"), CommandAnswer::note(QStringLiteral("deployed")));
        QCOMPARE(f->notices.size(), 3);
        QCOMPARE(f->notices.at(0).sender, QStringLiteral("deploy"));
        QCOMPARE(f->notices.at(2).id, f->notices.at(0).id); // the same notice, replaced
        QVERIFY(f->notices.at(1).id != f->notices.at(0).id);
        QCOMPARE(f->notices.at(2).answer.text, QStringLiteral("deployed"));
        f->chatops->removeServerNotice(QStringLiteral("ops"), 7);
        QCOMPARE(f->notices.size(), 4);
        QVERIFY(f->notices.at(3).removed);
        QCOMPARE(f->notices.at(3).id, f->notices.at(0).id);
        QVERIFY(forConsoles.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPersonCommands)
#include "tst_personcommands.moc"
