#include "chatopsfixture.h"
#include "ui/composer.h"
#include "ui/composeredit.h"

#include <QLabel>
#include <QTextBrowser>

using namespace bb;
using namespace bb::test;

// The composer offscreen, on a real ChatOps and store: keys as a user types them.
class TestComposer : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatOpsFixture> f;
    std::unique_ptr<Composer> composer;

    void type(const QString &text)
    {
        QTest::keyClicks(composer->editor(), text);
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(composer->editor(), key, modifiers);
    }

private slots:
    void init()
    {
        f = std::make_unique<ChatOpsFixture>();
        QVERIFY(f->ok);
        CommandSpec promote;
        promote.name = QStringLiteral("promote");
        promote.usage = { QStringLiteral("promote <pipeline> [from <stage>] [to <stage>]") };
        promote.values.insert(QStringLiteral("stage"), { QStringLiteral("staging"), QStringLiteral("production") });
        QVERIFY(f->chatops->registry().add(promote, [this](const CommandCall &call) {
            call.reply(CommandAnswer::note(QStringLiteral("promoting %1 to %2").arg(call.arguments.value("pipeline"),
                                                                                   call.arguments.value("to"))));
        }));
        CommandSpec purge;
        purge.name = QStringLiteral("purge");
        purge.confirm = true;
        QVERIFY(f->chatops->registry().add(purge, [](const CommandCall &call) {
            call.reply(CommandAnswer::note(QStringLiteral("purged")));
        }));
        composer = std::make_unique<Composer>(f->chatops.get());
        composer->setValueSource([](const QString &kind) {
            if (kind == QLatin1String("channel"))
                return QStringList{ "#ops", "#financials", "#user-behavior" };
            if (kind == QLatin1String("user"))
                return QStringList{ "alice@example.com", "@bob" };
            return QStringList();
        });
        composer->setChannel(QStringLiteral("ops"));
        composer->resize(600, 200);
        composer->show();
        QVERIFY(QTest::qWaitForWindowExposed(composer.get()));
        composer->editor()->setFocus();
    }
    void cleanup()
    {
        composer.reset();
        f.reset();
    }

    void enterPostsShiftEnterStartsANewLine()
    {
        type("Deploy *done*");
        press(Qt::Key_Return, Qt::ShiftModifier);
        type("see <https://ci.example/42|build 42>");
        QCOMPARE(composer->text(), QStringLiteral("Deploy *done*\nsee <https://ci.example/42|build 42>"));
        // The preview is what will be posted, as mrkdwn renders it.
        QVERIFY(composer->preview()->isVisible());
        QVERIFY(composer->preview()->text().contains("<b>done</b>"));
        QVERIFY(composer->preview()->text().contains("href=\"https://ci.example/42\""));
        press(Qt::Key_Return);
        QCOMPARE(composer->text(), QString());
        QTRY_COMPARE(f->stored("ops").size(), 1);
        const Event posted = f->stored("ops").first();
        QCOMPARE(posted.text, QStringLiteral("Deploy *done*\nsee <https://ci.example/42|build 42>"));
        QCOMPARE(posted.senderName, QStringLiteral("alice"));
        QCOMPARE(posted.source, QStringLiteral("composer"));
        QVERIFY(!composer->preview()->isVisible());
    }

    void historyWithUpAndDown()
    {
        for (const char *line : { "first", "second", "/help" }) {
            type(line);
            press(Qt::Key_Return);
        }
        type("half-typed");
        press(Qt::Key_Up);
        QCOMPARE(composer->text(), QStringLiteral("/help"));
        press(Qt::Key_Up);
        press(Qt::Key_Up);
        QCOMPARE(composer->text(), QStringLiteral("first"));
        press(Qt::Key_Up);   // the oldest stays
        QCOMPARE(composer->text(), QStringLiteral("first"));
        press(Qt::Key_Down);
        QCOMPARE(composer->text(), QStringLiteral("second"));
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QCOMPARE(composer->text(), QStringLiteral("half-typed"));
        // In a multi-line text Up moves the cursor until the first line.
        composer->editor()->clear();
        type("a");
        press(Qt::Key_Return, Qt::ShiftModifier);
        type("b");
        press(Qt::Key_Up);
        QCOMPARE(composer->text(), QStringLiteral("a\nb"));
        press(Qt::Key_Up);
        QCOMPARE(composer->text(), QStringLiteral("/help"));
    }

    void draftsArePerChannel()
    {
        type("for ops");
        composer->setChannel("financials");
        QCOMPARE(composer->text(), QString());
        type("for financials");
        composer->setChannel("ops");
        QCOMPARE(composer->text(), QStringLiteral("for ops"));
        QCOMPARE(composer->draft("financials"), QStringLiteral("for financials"));
        press(Qt::Key_Return);
        QTRY_COMPARE(f->stored("ops").size(), 1);
        composer->setChannel("financials");
        QCOMPARE(composer->text(), QStringLiteral("for financials"));
        composer->setChannel("ops");
        QCOMPARE(composer->text(), QString());   // sent: no draft left
    }

    void tabCompletesFromTheUsage()
    {
        type("/pro");
        press(Qt::Key_Tab);
        QCOMPARE(composer->text(), QStringLiteral("/promote "));
        QCOMPARE(composer->hint()->text(), QStringLiteral("/promote <pipeline> [from <stage>] [to <stage>]"));
        type("web ");
        press(Qt::Key_Tab);   // from or to: no common start, so it cycles
        QCOMPARE(composer->text(), QStringLiteral("/promote web from"));
        press(Qt::Key_Tab);
        QCOMPARE(composer->text(), QStringLiteral("/promote web to"));
        type(" pro");
        press(Qt::Key_Tab);
        QCOMPARE(composer->text(), QStringLiteral("/promote web to production "));
        press(Qt::Key_Return);
        QTRY_COMPARE(f->notices.size(), 1);
        QCOMPARE(f->notices.first().answer.text, QStringLiteral("promoting web to production"));

        // Channel and user names, in commands and in plain text.
        type("/p");
        press(Qt::Key_Tab);   // /promote and /purge share only "/p": the first is offered
        QCOMPARE(composer->text(), QStringLiteral("/promote"));
        composer->editor()->clear();
        type("ask @b");
        press(Qt::Key_Tab);
        QCOMPARE(composer->text(), QStringLiteral("ask @bob "));
        type("in #fin");
        press(Qt::Key_Tab);
        QCOMPARE(composer->text(), QStringLiteral("ask @bob in #financials "));
    }

    void answersOnlyThisConsoleSeesShowAboveTheField()
    {
        type("/promote web to production");
        press(Qt::Key_Return);
        QTRY_VERIFY(composer->notices()->isVisible());
        QVERIFY(composer->notices()->toPlainText().contains("promoting web to production"));
        QVERIFY(composer->notices()->toPlainText().contains("only visible to you"));
        QCOMPARE(composer->noticeCount("ops"), 1);
        composer->setChannel("financials");
        QVERIFY(!composer->notices()->isVisible());
        composer->setChannel("ops");
        QVERIFY(composer->notices()->isVisible());
        QVERIFY(f->stored("ops").isEmpty());   // never stored
    }

    void rejectedCommandStaysToBeFixed()
    {
        type("/promote this is an invalid command");
        press(Qt::Key_Return);
        QCOMPARE(composer->text(), QStringLiteral("/promote this is an invalid command"));
        QVERIFY(composer->notices()->toPlainText().contains("usage: /promote <pipeline> [from <stage>] [to <stage>]"));
    }

    void confirmationGuardsDangerousCommands()
    {
        QStringList asked;
        bool answer = false;
        composer->setConfirmer([&](const QString &text) {
            asked << text;
            return answer;
        });
        type("/purge");
        press(Qt::Key_Return);
        QCOMPARE(asked, QStringList{ "/purge" });
        QCOMPARE(composer->text(), QStringLiteral("/purge"));   // declined: nothing ran
        QVERIFY(f->notices.isEmpty());
        answer = true;
        press(Qt::Key_Return);
        QCOMPARE(f->notices.size(), 1);
        QCOMPARE(f->notices.first().answer.text, QStringLiteral("purged"));
        QCOMPARE(composer->text(), QString());
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
