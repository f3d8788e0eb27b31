#include "../store/storetesthelpers.h"
#include "chatopsfixture.h"
#include "chatops/blockactions.h"
#include "ingest/decoders/requestbody.h"
#include "ui/composer.h"
#include "ui/composeredit.h"
#include "ui/feeddelegate.h"
#include "ui/feedmodel.h"
#include "ui/feedview.h"
#include "ui/mainwindow.h"
#include "ui/searchpanel.h"
#include "ui/windowchatops.h"
#include "ui/windowsearch.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QTextBrowser>

using namespace bb;
using namespace bb::test;

// The composer in the main window: it follows the open channel, posts there, runs the
// window's commands, and a real mouse click on a feed button reaches the backend.
class TestWindowChatOps : public QObject
{
    Q_OBJECT

    QTemporaryDir settingsDir;
    std::unique_ptr<ChatOpsFixture> f;
    std::unique_ptr<MainWindow> window;

    Composer *composer() const { return window->chatOps()->composer(); }

    // Where in the feed's viewport the link `prefix…` of `row` is drawn.
    QPoint linkPosition(int row, const QString &prefix)
    {
        FeedView *view = window->feedView();
        const QModelIndex index = window->feedModel()->index(row);
        const QRect rect = view->visualRect(index);
        const QStyleOptionViewItem option = view->optionFor(index);
        for (int y = rect.top(); y < rect.bottom(); y += 2) {
            for (int x = rect.left(); x < rect.right(); x += 3) {
                if (view->feedDelegate()->anchorAt(option, index, QPoint(x, y)).startsWith(prefix))
                    return { x, y };
            }
        }
        return { -1, -1 };
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.filePath("settings"));
    }

    void init()
    {
        f = std::make_unique<ChatOpsFixture>();
        QVERIFY(f->ok);
        commit(f->store, { makeEvent("user-behavior", "New user registration! carol@example.com", { "carol@example.com" }),
                           makeEvent("financials", "Payment received $49") });
        window = std::make_unique<MainWindow>(&f->store);
        window->setChatOps(f->chatops.get());
        window->resize(1000, 700);
        window->restoreState("user-behavior");
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY(!window->feedModel()->isLoading());
    }
    void cleanup()
    {
        window.reset();
        f.reset();
    }

    void composerFollowsTheOpenChannel()
    {
        QCOMPARE(composer()->channel(), QStringLiteral("user-behavior"));
        QTest::keyClicks(composer()->editor(), "half a thought");
        window->showChannel("financials");
        QCOMPARE(composer()->channel(), QStringLiteral("financials"));
        QCOMPARE(composer()->text(), QString());
        QTest::keyClicks(composer()->editor(), "Refund sent to @carol");
        QTest::keyClick(composer()->editor(), Qt::Key_Return);
        QTRY_COMPARE(window->feedModel()->rowCount(), 2);
        QCOMPARE(window->feedModel()->eventAt(1).text, QStringLiteral("Refund sent to @carol"));
        QCOMPARE(window->feedModel()->eventAt(1).senderName, QStringLiteral("alice"));
        window->showChannel("user-behavior");
        QCOMPARE(composer()->text(), QStringLiteral("half a thought"));
    }

    void completionKnowsChannelsAndUsersOfTheFeed()
    {
        QTest::keyClicks(composer()->editor(), "/sound #fin");
        QTest::keyClick(composer()->editor(), Qt::Key_Tab);
        QCOMPARE(composer()->text(), QStringLiteral("/sound #fin"));   // /sound is alerts', not registered here
        composer()->editor()->clear();
        QTest::keyClicks(composer()->editor(), "/user ca");
        QTest::keyClick(composer()->editor(), Qt::Key_Tab);
        QCOMPARE(composer()->text(), QStringLiteral("/user carol@example.com "));
        composer()->editor()->clear();
        QTest::keyClicks(composer()->editor(), "see #fin");
        QTest::keyClick(composer()->editor(), Qt::Key_Tab);
        QCOMPARE(composer()->text(), QStringLiteral("see #financials "));
    }

    void windowCommands()
    {
        QTest::keyClicks(composer()->editor(), "/search refund in:#financials");
        QTest::keyClick(composer()->editor(), Qt::Key_Return);
        QTRY_VERIFY(window->search()->dock()->isVisible());
        QCOMPARE(window->search()->panel()->findChild<QLineEdit *>()->text(), QStringLiteral("refund in:#financials"));

        QTest::keyClicks(composer()->editor(), "/wall financials,nope");
        QTest::keyClick(composer()->editor(), Qt::Key_Return);
        QCOMPARE(f->notices.size(), 1);
        QVERIFY2(f->notices.first().answer.text.startsWith("/wall: "), qPrintable(f->notices.first().answer.text));
        QVERIFY(composer()->notices()->toPlainText().contains("nope"));
    }

    void aMouseClickOnAFeedButtonPostsBlockActions()
    {
        FakeBackend backend;
        backend.answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(200, "")); };
        f->chatops->blockActions()->setEndpoints({ { "webhook", backend.url("/actions"), "secret", 3000 } });
        Event event = makeEvent("user-behavior", "Approve refund?");
        event.source = QStringLiteral("webhook");
        event.blocksJson = R"([{"type":"section","text":{"type":"mrkdwn","text":"Refund *$49*?"}},)"
                           R"({"type":"actions","block_id":"r1","elements":[{"type":"button","action_id":"approve",)"
                           R"("text":{"type":"plain_text","text":"Approve"},"value":"42"}]}])";
        const Event stored = commit(f->store, { event }).first();
        QTRY_COMPARE(window->feedModel()->rowCount(), 2);
        QTest::qWait(100);   // the feed's delayed layout
        const QPoint at = linkPosition(1, "bb-action:");
        QVERIFY(at.x() >= 0);
        QTest::mouseClick(window->feedView()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(backend.requests.size(), 1);
        const QJsonObject payload = QJsonDocument::fromJson(
                parseFormFields(backend.requests.first().body).value("payload").toUtf8()).object();
        QCOMPARE(payload.value("message").toObject().value("ts").toString(), stored.slackTs());
        QCOMPARE(payload.value("user").toObject().value("username").toString(), QStringLiteral("alice"));

        // The backend's answer through response_url edits the clicked row in place.
        const QString responseUrl = payload.value("response_url").toString();
        QCOMPARE(f->postTo(responseUrl, R"({"replace_original":true,"text":"Refund approved by alice"})").first, 200);
        QTRY_COMPARE(window->feedModel()->eventAt(1).text, QStringLiteral("Refund approved by alice"));
        QCOMPARE(window->feedModel()->eventAt(1).id, stored.id);
        QCOMPARE(window->feedModel()->rowCount(), 2);

        if (qEnvironmentVariableIsSet("BB_SCREENSHOT_DIR")) {
            QTest::keyClicks(composer()->editor(), "/help");
            QTest::keyClick(composer()->editor(), Qt::Key_Return);
            QTest::keyClicks(composer()->editor(), "Thanks *carol*, refund :white_check_mark:");
            QTest::qWait(200);
            window->grab().save(qEnvironmentVariable("BB_SCREENSHOT_DIR") + "/composer.png");
        }
    }
};

QTEST_MAIN(TestWindowChatOps)
#include "tst_windowchatops.moc"
