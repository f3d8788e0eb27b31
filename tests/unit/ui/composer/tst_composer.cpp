#include "chatops/chatopsfixture.h"
#include "ui/composer/composer.h"
#include "ui/composer/composeredit.h"
#include "ui/composer/composerhistory.h"
#include "ui/composer/consolenotices.h"

#include <QLabel>
#include <QScopeGuard>
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
        QVERIFY(f->chatops->registry().add(promote, [](const CommandCall &call) {
            call.reply(CommandAnswer::note(QStringLiteral("promoting %1 to %2").arg(call.arguments.value("pipeline"), call.arguments.value("to"))));
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
        QCOMPARE(composer->preview()->toPlainText(), QStringLiteral("Deploy done\nsee build 42"));
        QVERIFY(composer->preview()->toHtml().contains("font-weight:700"));
        QVERIFY(composer->preview()->toHtml().contains("href=\"https://ci.example/42\""));
        press(Qt::Key_Return);
        QCOMPARE(composer->text(), QString());
        QTRY_COMPARE(f->stored("ops").size(), 1);
        const Event posted = f->stored("ops").first();
        QCOMPARE(posted.text, QStringLiteral("Deploy *done*\nsee <https://ci.example/42|build 42>"));
        QCOMPARE(posted.senderName, QStringLiteral("alice"));
        QCOMPARE(posted.source, QStringLiteral("composer"));
        QVERIFY(!composer->preview()->isVisible());
    }

    void thePreviewShowsOnlyWhatTheTextDoesNot()
    {
        type("all green "); // renders as typed: nothing to preview
        QVERIFY(!composer->preview()->isVisible());
        type(":rocket:");
        QVERIFY(composer->preview()->isVisible());
        QVERIFY(composer->preview()->toPlainText().contains(QStringLiteral("🚀")));
        // A small pane keeps its feed: no room, no preview; the field grows less.
        QWidget pane;
        pane.resize(600, 150);
        composer->setParent(&pane);
        const auto giveBack = qScopeGuard([this] { composer->setParent(nullptr); }); // before `pane` goes
        composer->show();
        pane.show();
        QVERIFY(!composer->preview()->isVisible());
        for (int i = 0; i < 8; ++i)
            press(Qt::Key_Return, Qt::ShiftModifier);
        QVERIFY(composer->editor()->height() < 4 * composer->editor()->fontMetrics().lineSpacing());
        pane.resize(600, 900);
        type("*bold*");
        QVERIFY(composer->preview()->isVisible());
        QVERIFY(composer->preview()->height() <= 4 * composer->fontMetrics().lineSpacing());
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
        press(Qt::Key_Up); // the oldest stays
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
        QCOMPARE(composer->text(), QString()); // sent: no draft left
    }

    // Two composers of one window (two panes): each posts to its own channel; the history,
    // the drafts and the notices are the window's.
    void composersOfOneWindowShareHistoryDraftsAndNotices()
    {
        Composer other(f->chatops.get(), composer->sharedHistory(), composer->sharedNotices());
        other.setChannel("financials");
        other.show();
        QTest::keyClicks(other.editor(), "in financials");
        QTest::keyClick(other.editor(), Qt::Key_Return);
        type("in ops");
        press(Qt::Key_Return);
        QTRY_COMPARE(f->stored("financials").size(), 1);
        QTRY_COMPARE(f->stored("ops").size(), 1);
        QCOMPARE(f->stored("financials").first().text, QStringLiteral("in financials"));
        QCOMPARE(f->stored("ops").first().text, QStringLiteral("in ops"));
        QCOMPARE(other.history(), QStringList({ "in financials", "in ops" }));
        QTest::keyClick(other.editor(), Qt::Key_Up);
        QCOMPARE(other.text(), QStringLiteral("in ops"));
        other.editor()->clear();

        // A notice under a channel shows in every composer open on it, and goes from all at once.
        other.setChannel("ops");
        QTest::keyClicks(other.editor(), "/promote web to staging");
        QTest::keyClick(other.editor(), Qt::Key_Return);
        QTRY_VERIFY(composer->notices()->toPlainText().contains("promoting web to staging"));
        QVERIFY(other.notices()->toPlainText().contains("promoting web to staging"));
        composer->clearNotices();
        QVERIFY(!other.notices()->isVisible());
        QCOMPARE(other.noticeCount("ops"), 0);

        // Unsent text is the channel's draft: a composer that closes leaves it for the next.
        {
            Composer closing(f->chatops.get(), composer->sharedHistory(), composer->sharedNotices());
            closing.setChannel("user-behavior");
            QTest::keyClicks(closing.editor(), "half a thought");
        }
        composer->setChannel("user-behavior");
        QCOMPARE(composer->text(), QStringLiteral("half a thought"));
    }

    void tabCompletesFromTheUsage()
    {
        type("/pro");
        press(Qt::Key_Tab);
        QCOMPARE(composer->text(), QStringLiteral("/promote "));
        QCOMPARE(composer->hint()->text(), QStringLiteral("/promote <pipeline> [from <stage>] [to <stage>]"));
        type("web ");
        press(Qt::Key_Tab); // from or to: no common start, so it cycles
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
        press(Qt::Key_Tab); // /promote and /purge share only "/p": the first is offered
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
        QVERIFY(f->stored("ops").isEmpty()); // never stored
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
        QCOMPARE(composer->text(), QStringLiteral("/purge")); // declined: nothing ran
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
