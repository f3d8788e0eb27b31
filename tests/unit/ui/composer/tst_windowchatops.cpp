#include "store/storetesthelpers.h"
#include "chatops/chatopsfixture.h"
#include "chatops/blockactions.h"
#include "chatops/signedpost.h"
#include "chatops/webhookcommand.h"
#include "alerts/alertcenter.h"
#include "chatops/alertcommands.h"
#include "net/requestbody.h"
#include "ui/sidebar/channellistmodel.h"
#include "ui/window/channelpane.h"
#include "ui/composer/composer.h"
#include "ui/composer/composeredit.h"
#include "ui/feed/feeddelegate.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/panearea.h"
#include "ui/sidebar/quickswitcher.h"
#include "ui/search/searchpanel.h"
#include "ui/composer/windowchatops.h"
#include "ui/search/windowsearch.h"
#include "ui/window/windowsettings.h"

#include <QApplication>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QListView>
#include <QSettings>
#include <QTextBrowser>

using namespace bb;
using namespace bb::test;

// The composers in the main window: one at the bottom of every pane, bound to that pane's
// channel, selection and users; they post there, run the window's commands, and real mouse
// clicks on buttons (in a feed, and in a notice only this console sees) reach the backend.
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

    // Where in a text view's viewport the link `prefix…` is drawn.
    static QPoint anchorPosition(QTextBrowser *view, const QString &prefix)
    {
        for (int y = 0; y < view->viewport()->height(); y += 2) {
            for (int x = 0; x < view->viewport()->width(); x += 3) {
                if (view->anchorAt(QPoint(x, y)).startsWith(prefix))
                    return { x, y };
            }
        }
        return { -1, -1 };
    }

    // Two panes: user-behavior on the left, financials on the right (focused).
    QPair<ChannelPane *, ChannelPane *> twoPanes()
    {
        ChannelPane *left = window->focusedPane();
        ChannelPane *right = window->paneArea()->split(left, Qt::Horizontal);
        window->showChannel("financials");
        return { left, right };
    }

    static void typeAndSend(Composer *composer, const QString &text)
    {
        QTest::keyClicks(composer->editor(), text);
        QTest::keyClick(composer->editor(), Qt::Key_Return);
    }

    // The window in front with the keyboard, as a person who starts Bellboard finds it
    // (offscreen has no window manager to activate it).
    bool activate()
    {
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get());
    }

    // Types `text` key by key wherever the keyboard focus is at each key, as a person does.
    static void typeAtFocus(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus, "no widget has the keyboard focus");
            QTest::keyClick(focus, c.toLatin1());
        }
    }

    static ComposerEdit *editorOf(const ChannelPane *pane) { return WindowChatOps::composerOf(pane)->editor(); }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.filePath("settings"));
    }

    void init()
    {
        windowSettings()->clear(); // every test starts with one pane, not the last test's arrangement
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

    // A row's context menu acknowledges it as the desk's user (issue 15), through /ack: the
    // event then reads as acknowledged by alice in the feed, and its menu says so.
    void theRowsMenuAcknowledgesIt()
    {
        AlertCenter alerts(AlertSettings{}, nullptr);
        alerts.watch(&f->store);
        registerAlertCommands(f->chatops.get(), &alerts, nullptr);
        FeedView *view = window->feedView();
        const QModelIndex row = window->feedModel()->index(0);
        const qint64 id = window->feedModel()->eventAt(0).id;
        const auto chooseFromMenu = [view](const QString &text, bool *found) {
            QTimer::singleShot(50, view, [text, found] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                for (QAction *action : menu->actions()) {
                    if (action->text().startsWith(text)) {
                        *found = action->isEnabled() || text != QLatin1String("Acknowledge");
                        if (action->isEnabled())
                            action->trigger();
                    }
                }
                menu->close();
            });
            const QPoint at = view->visualRect(view->model()->index(0, 0)).center();
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
            // WindowSearch shows the row's menu (with its own "Show everything …" after ours).
            QApplication::sendEvent(view->viewport(), &event);
        };
        bool found = false;
        chooseFromMenu(QStringLiteral("Acknowledge"), &found);
        QVERIFY(found);
        QTRY_COMPARE(window->feedModel()->eventAt(row.row()).acknowledgement.by, QStringLiteral("alice"));
        QCOMPARE(window->feedModel()->eventAt(row.row()).id, id);
        found = false;
        chooseFromMenu(QStringLiteral("Acknowledged by alice"), &found);
        QVERIFY(found);
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

    // Issue 13: opening Bellboard and typing "/ack" lost the keys until the composer was clicked.
    void typingAtStartGoesToTheFocusedPanesComposer()
    {
        QVERIFY(activate());
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget(), composer()->editor());
        QTest::keyClicks(QApplication::focusWidget(), "/ack");
        QCOMPARE(composer()->text(), QStringLiteral("/ack"));
    }

    void aChannelClickedInTheSidebarIsReadyForTyping()
    {
        const auto [left, right] = twoPanes();
        QVERIFY(activate());
        left->feedView()->setFocus(Qt::MouseFocusReason); // the left pane is the one the sidebar acts on
        QCOMPARE(window->focusedPane(), left);
        auto *sidebar = window->findChild<QListView *>(QStringLiteral("channelList"));
        const QModelIndex financials = window->channelModel()->index(window->channelModel()->rowOf("financials"));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualRect(financials).center());
        QCOMPARE(left->channel(), QStringLiteral("financials"));
        QCOMPARE(QApplication::focusWidget(), editorOf(left));
        typeAtFocus("/ack");
        QCOMPARE(WindowChatOps::composerOf(left)->text(), QStringLiteral("/ack"));
        QCOMPARE(WindowChatOps::composerOf(right)->text(), QString());

        // Enter on a row reached with the keyboard opens it for typing too; arrowing through
        // the sidebar leaves the focus there.
        sidebar->setFocus(Qt::TabFocusReason);
        QTest::keyClick(sidebar, financials.row() > 0 ? Qt::Key_Up : Qt::Key_Down);
        QVERIFY(left->channel() != QStringLiteral("financials"));
        QCOMPARE(QApplication::focusWidget(), sidebar);
        QTest::keyClick(sidebar, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), editorOf(left));
    }

    void aChannelChosenInTheQuickSwitcherIsReadyForTyping()
    {
        QVERIFY(activate());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier); // from the composer
        auto *switcher = window->findChild<QuickSwitcher *>();
        QVERIFY(switcher);
        QVERIFY(QTest::qWaitForWindowActive(switcher));
        QTRY_VERIFY(QApplication::focusWidget() == switcher->findChild<QLineEdit *>(QStringLiteral("filter")));
        QTest::keyClicks(QApplication::focusWidget(), "fin");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window->currentChannel(), QStringLiteral("financials"));
        QTRY_VERIFY(!switcher->isVisible());
        QVERIFY(activate()); // a window manager gives the window back its keyboard when the switcher closes
        QCOMPARE(QApplication::focusWidget(), composer()->editor());
        typeAtFocus("/ack");
        QCOMPARE(composer()->text(), QStringLiteral("/ack"));
        QCOMPARE(composer()->channel(), QStringLiteral("financials"));
    }

    void textTypedInTheFeedGoesToTheComposerItsKeysStayTheFeeds()
    {
        QVERIFY(activate());
        FeedView *feed = window->feedView();
        feed->setFocus(Qt::MouseFocusReason);
        QCOMPARE(QApplication::focusWidget(), feed);
        // Navigation, Escape, Space, copy and the window's shortcuts (End: jump to newest) stay.
        for (const auto &[key, modifiers] : QList<QPair<Qt::Key, Qt::KeyboardModifiers>>{
                     { Qt::Key_Up, {} }, { Qt::Key_Down, {} }, { Qt::Key_PageUp, {} }, { Qt::Key_PageDown, {} }, { Qt::Key_Home, {} }, { Qt::Key_End, {} }, { Qt::Key_Escape, {} }, { Qt::Key_Space, {} }, { Qt::Key_C, Qt::ControlModifier }, { Qt::Key_A, Qt::AltModifier } }) {
            QTest::keyClick(feed, key, modifiers);
            QVERIFY2(QApplication::focusWidget() == feed, qPrintable(QKeySequence(key | modifiers).toString()));
        }
        QCOMPARE(composer()->text(), QString());

        typeAtFocus("hello");
        QCOMPARE(composer()->text(), QStringLiteral("hello"));
        QCOMPARE(QApplication::focusWidget(), composer()->editor());

        // A character composed by the input method (a dead key, then "e") goes there too.
        feed->setFocus(Qt::MouseFocusReason);
        QInputMethodEvent composed;
        composed.setCommitString(QStringLiteral("\u00e9"));
        QApplication::sendEvent(QApplication::focusWidget(), &composed);
        QCOMPARE(composer()->text(), QStringLiteral("hello\u00e9"));
        QCOMPARE(QApplication::focusWidget(), composer()->editor());
    }

    // Split (Ctrl+\), the next pane (F6) and closing a pane (Ctrl+Shift+W) take the keyboard
    // with the pane they mark focused, so text never lands in another pane's composer.
    void theKeyboardFollowsTheFocusedPane()
    {
        QVERIFY(activate());
        ChannelPane *left = window->focusedPane();
        editorOf(left)->setFocus(Qt::MouseFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backslash, Qt::ControlModifier);
        ChannelPane *right = window->focusedPane();
        QVERIFY(right != left);
        QCOMPARE(QApplication::focusWidget(), editorOf(right));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(window->focusedPane(), left);
        QCOMPARE(QApplication::focusWidget(), editorOf(left));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->paneArea()->panes(), QList<ChannelPane *>{ right });
        QCOMPARE(QApplication::focusWidget(), editorOf(right));
    }

    // The search panel keeps the keyboard when a result opens its channel.
    void searchKeepsTheKeyboardWhenItOpensAChannel()
    {
        QVERIFY(activate());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        auto *query = window->search()->panel()->findChild<QLineEdit *>(QStringLiteral("queryEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), query);
        window->revealEvent("financials", f->stored("financials").first().id);
        QCOMPARE(window->currentChannel(), QStringLiteral("financials"));
        QCOMPARE(QApplication::focusWidget(), query);
    }

    void completionKnowsChannelsAndUsersOfTheFeed()
    {
        QTest::keyClicks(composer()->editor(), "/sound #fin");
        QTest::keyClick(composer()->editor(), Qt::Key_Tab);
        QCOMPARE(composer()->text(), QStringLiteral("/sound #fin")); // /sound is alerts', not registered here
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

    void everyPaneHasItsOwnComposer()
    {
        const auto [left, right] = twoPanes();
        Composer *leftComposer = WindowChatOps::composerOf(left);
        Composer *rightComposer = WindowChatOps::composerOf(right);
        QVERIFY(leftComposer && rightComposer && leftComposer != rightComposer);
        QCOMPARE(leftComposer->channel(), QStringLiteral("user-behavior"));
        QCOMPARE(rightComposer->channel(), QStringLiteral("financials"));
        QCOMPARE(window->chatOps()->composer(), rightComposer); // the focused pane's
        // Each at the bottom of its own pane.
        QTRY_VERIFY(leftComposer->isVisible() && rightComposer->isVisible());
        QCOMPARE(leftComposer->parentWidget(), left);
        QVERIFY(leftComposer->mapTo(window.get(), QPoint()).y() > left->feedView()->mapTo(window.get(), QPoint()).y());
        QVERIFY(leftComposer->mapTo(window.get(), QPoint(leftComposer->width(), 0)).x()
                <= rightComposer->mapTo(window.get(), QPoint()).x());

        // Typed in each, posted to each pane's own channel.
        typeAndSend(leftComposer, "from the left");
        typeAndSend(rightComposer, "from the right");
        QTRY_COMPARE(f->stored("user-behavior").size(), 2);
        QTRY_COMPARE(f->stored("financials").size(), 2);
        QCOMPARE(f->stored("user-behavior").last().text, QStringLiteral("from the left"));
        QCOMPARE(f->stored("financials").last().text, QStringLiteral("from the right"));
        QTRY_COMPARE(left->feedModel()->rowCount(), 2);
        QTRY_COMPARE(right->feedModel()->rowCount(), 2);

        // A click in a composer focuses its pane; the sidebar follows.
        QTest::mouseClick(leftComposer->editor()->viewport(), Qt::LeftButton);
        QCOMPARE(window->focusedPane(), left);
        QCOMPARE(window->currentChannel(), QStringLiteral("user-behavior"));

        // The history is the window's: Up in the right recalls what the left sent too.
        QTest::keyClick(rightComposer->editor(), Qt::Key_Up);
        QCOMPARE(rightComposer->text(), QStringLiteral("from the right"));
        QTest::keyClick(rightComposer->editor(), Qt::Key_Up);
        QCOMPARE(rightComposer->text(), QStringLiteral("from the left"));
        rightComposer->editor()->clear();

        // A draft belongs to its channel: the left pane opens financials and finds the right's draft.
        QTest::keyClicks(rightComposer->editor(), "refund for @carol");
        window->paneArea()->setFocusedPane(right);
        window->showChannel("user-behavior"); // the right pane leaves financials
        QCOMPARE(rightComposer->channel(), QStringLiteral("user-behavior"));
        QCOMPARE(rightComposer->text(), QString());
        window->paneArea()->setFocusedPane(left);
        window->showChannel("financials");
        QCOMPARE(leftComposer->channel(), QStringLiteral("financials"));
        QCOMPARE(leftComposer->text(), QStringLiteral("refund for @carol"));
    }

    void selectionCompletionAndConfirmationComeFromThePane()
    {
        QStringList calls;
        CommandSpec which;
        which.name = QStringLiteral("which");
        which.confirm = true;
        QVERIFY(f->chatops->registry().add(which, [&calls](const CommandCall &call) {
            calls << QStringLiteral("%1:%2").arg(call.channel).arg(call.selectedEventId);
        }));
        const auto [left, right] = twoPanes();
        QTRY_VERIFY(!right->feedModel()->isLoading() && right->feedModel()->rowCount() == 1);
        Composer *leftComposer = WindowChatOps::composerOf(left);
        Composer *rightComposer = WindowChatOps::composerOf(right);
        QStringList asked;
        leftComposer->setConfirmer([&asked](const QString &text) { asked << "left " + text; return true; });
        rightComposer->setConfirmer([&asked](const QString &text) { asked << "right " + text; return true; });
        left->feedView()->setCurrentIndex(left->feedModel()->index(0));
        right->feedView()->setCurrentIndex(right->feedModel()->index(0));
        const qint64 signup = left->feedModel()->eventAt(0).id;
        const qint64 payment = right->feedModel()->eventAt(0).id;
        QVERIFY(signup != payment);

        typeAndSend(leftComposer, "/which");
        typeAndSend(rightComposer, "/which");
        QCOMPARE(asked, QStringList({ "left /which", "right /which" }));
        QCOMPARE(calls, QStringList({ QStringLiteral("user-behavior:%1").arg(signup),
                                      QStringLiteral("financials:%1").arg(payment) }));

        // Users for completion are those of the pane's own feed.
        QTest::keyClicks(rightComposer->editor(), "/user ca");
        QTest::keyClick(rightComposer->editor(), Qt::Key_Tab);
        QCOMPARE(rightComposer->text(), QStringLiteral("/user ca")); // financials has no carol
        QTest::keyClicks(leftComposer->editor(), "/user ca");
        QTest::keyClick(leftComposer->editor(), Qt::Key_Tab);
        QCOMPARE(leftComposer->text(), QStringLiteral("/user carol@example.com "));
    }

    // An ephemeral answer with buttons, in a notice only this console sees: a real mouse click
    // on its button sends Slack's block_actions for an ephemeral message, and the backend's
    // replace_original answer through response_url replaces that notice.
    void aMouseClickOnANoticeButtonPostsBlockActionsAndTheAnswerReplacesIt()
    {
        const QByteArray commandSecret = "command-secret";
        const QByteArray actionsSecret = "actions-secret";
        FakeBackend backend;
        backend.answer = [](const HttpRequest &request, HttpResponder respond) {
            if (request.path != QLatin1String("/slack/commands"))
                return respond(HttpResponse::text(200, ""));
            HttpResponse response = HttpResponse::text(200, R"({"response_type":"ephemeral","text":"Deploy web?",)"
                                                            R"("blocks":[{"type":"section","text":{"type":"mrkdwn","text":"Deploy *web* to production?"}},)"
                                                            R"({"type":"actions","block_id":"deploy 1","elements":[{"type":"button","action_id":"approve",)"
                                                            R"("text":{"type":"plain_text","text":"Approve"},"value":"deploy-42","style":"primary"}]}]})");
            response.contentType = "application/json";
            respond(response);
        };
        CommandSpec deploy;
        deploy.name = QStringLiteral("deploy");
        deploy.usage = { QStringLiteral("deploy <app>") };
        WebhookCommandSettings settings;
        settings.url = backend.url("/slack/commands");
        settings.signingSecret = commandSecret;
        QVERIFY(f->chatops->registry().add(deploy, f->chatops->webhooks()->handlerFor(settings)));
        f->chatops->blockActions()->setEndpoints({ { "command:deploy", backend.url("/slack/actions"), actionsSecret, 3000 } });

        const auto [left, right] = twoPanes();
        Composer *rightComposer = WindowChatOps::composerOf(right);
        typeAndSend(rightComposer, "/deploy web");
        QTRY_VERIFY(rightComposer->notices()->isVisible());
        QVERIFY(rightComposer->notices()->toPlainText().contains("Deploy web to production?"));
        QVERIFY(!WindowChatOps::composerOf(left)->notices()->isVisible()); // financials' notice, not user-behavior's
        QCOMPARE(f->notices.size(), 1);
        const quint64 noticeId = f->notices.first().id;

        QTRY_VERIFY(anchorPosition(rightComposer->notices(), "bb-action:").x() >= 0);
        const QPoint at = anchorPosition(rightComposer->notices(), "bb-action:");
        QTest::mouseClick(rightComposer->notices()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(backend.requests.size(), 2);
        const HttpRequest &request = backend.requests.last();
        QCOMPARE(request.path, QStringLiteral("/slack/actions"));
        QCOMPARE(request.header("x-slack-signature"),
                 slackSignature(actionsSecret, request.header("x-slack-request-timestamp").toLongLong(), request.body));
        QCOMPARE(parseFormFields(request.body).keys(), QStringList{ "payload" });
        const QJsonObject payload = QJsonDocument::fromJson(
                                            parseFormFields(request.body).value("payload").toUtf8())
                                            .object();
        QCOMPARE(payload.value("type").toString(), QStringLiteral("block_actions"));
        const QJsonObject action = payload.value("actions").toArray().first().toObject();
        QCOMPARE(action.value("action_id").toString(), QStringLiteral("approve"));
        QCOMPARE(action.value("block_id").toString(), QStringLiteral("deploy 1"));
        QCOMPARE(action.value("value").toString(), QStringLiteral("deploy-42"));
        const QJsonObject container = payload.value("container").toObject();
        QCOMPARE(container.value("type").toString(), QStringLiteral("message"));
        QCOMPARE(container.value("is_ephemeral").toBool(), true);
        QCOMPARE(container.value("channel_id").toString(), QStringLiteral("financials"));
        QVERIFY(container.value("message_ts").toString().endsWith(QStringLiteral(".%1").arg(noticeId, 6, 10, QLatin1Char('0'))));
        QVERIFY(!payload.contains("message")); // Slack sends none for an ephemeral message
        QCOMPARE(payload.value("channel").toObject().value("name").toString(), QStringLiteral("financials"));
        QCOMPARE(payload.value("user").toObject().value("username").toString(), QStringLiteral("alice"));

        const QString responseUrl = payload.value("response_url").toString();
        QCOMPARE(f->postTo(responseUrl, R"({"replace_original":true,"text":"Deployed *web* :rocket:"})").first, 200);
        QTRY_VERIFY(rightComposer->notices()->toPlainText().contains("Deployed web"));
        QVERIFY(!rightComposer->notices()->toPlainText().contains("Deploy web to production?"));
        QCOMPARE(rightComposer->noticeCount("financials"), 1);
        QCOMPARE(f->notices.last().id, noticeId);     // the same notice, replaced
        QVERIFY(f->stored("financials").size() == 1); // nothing stored
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
        QTest::qWait(100); // the feed's delayed layout
        const QPoint at = linkPosition(1, "bb-action:");
        QVERIFY(at.x() >= 0);
        QTest::mouseClick(window->feedView()->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(backend.requests.size(), 1);
        const QJsonObject payload = QJsonDocument::fromJson(
                                            parseFormFields(backend.requests.first().body).value("payload").toUtf8())
                                            .object();
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
