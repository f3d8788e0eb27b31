// The window's Slack parts, offscreen: mirrored channels listed after the local ones under the
// workspace's heading with the connection state, the connect button, and the token dialog
// checking tokens with a fake Slack before storing them.
#include "fakeslack.h"

#include "slack/slackmirror.h"
#include "store/eventstore.h"
#include "store/asynceventreader.h"
#include "ui/channellistmodel.h"
#include "ui/feedmodel.h"
#include "ui/slackconnectdialog.h"
#include "ui/windowslack.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace bb;
using namespace bb::test;

namespace {

Event eventIn(const QString &channel)
{
    Event event;
    event.channel = channel;
    event.text = QStringLiteral("x");
    return event;
}

} // namespace

class TestWindowSlack : public QObject
{
    Q_OBJECT

private slots:
    void mirroredChannelsComeLastUnderTheWorkspaceHeading()
    {
        ChannelListModel model(nullptr);
        model.addEvents({ eventIn(QStringLiteral("zebra")), eventIn(QStringLiteral("slack.ops")),
                          eventIn(QStringLiteral("alpha")), eventIn(QStringLiteral("slack.deploys")) });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.nameAt(0), QStringLiteral("alpha"));
        QCOMPARE(model.nameAt(1), QStringLiteral("zebra"));
        QCOMPARE(model.nameAt(2), QStringLiteral("slack.deploys"));
        QCOMPARE(model.nameAt(3), QStringLiteral("slack.ops"));
        QCOMPARE(model.rowOf(QStringLiteral("slack.ops")), 3);
        QCOMPARE(model.index(2).data(Qt::DisplayRole).toString(), QStringLiteral("#deploys"));
        QVERIFY(model.index(2).data(ChannelListModel::MirroredRole).toBool());
        QVERIFY(!model.index(1).data(ChannelListModel::MirroredRole).toBool());
        model.setWorkspaceHeading(QStringLiteral("Slack · Acme — connected"));
        QCOMPARE(model.index(2).data(ChannelListModel::GroupHeaderRole).toString(), QStringLiteral("Slack · Acme — connected"));
        QVERIFY(model.index(3).data(ChannelListModel::GroupHeaderRole).toString().isEmpty());
        QVERIFY(model.index(0).data(ChannelListModel::GroupHeaderRole).toString().isEmpty());
        // A new first mirrored channel takes the heading over.
        model.addEvents({ eventIn(QStringLiteral("slack.alerts")) });
        QCOMPARE(model.nameAt(2), QStringLiteral("slack.alerts"));
        QVERIFY(!model.index(2).data(ChannelListModel::GroupHeaderRole).toString().isEmpty());
        QVERIFY(model.index(3).data(ChannelListModel::GroupHeaderRole).toString().isEmpty());
    }

    // An edited Slack message changes in the open feed, a deleted one leaves it.
    void theFeedFollowsEditsAndDeletions()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("events.db"))));
        AsyncEventReader reader(store.databasePath());
        FeedModel feed(&store, &reader);
        feed.setFlushInterval(0);
        feed.setChannel(QStringLiteral("slack.ops"));
        QTRY_VERIFY(!feed.isLoading());
        auto upsert = [](const QString &ts, const QString &text) {
            Event event = eventIn(QStringLiteral("slack.ops"));
            event.text = text;
            event.senderTs = ts;
            return ExternalChange{ ExternalChange::Kind::Upsert, QStringLiteral("slack:C0OPS"), ts, event };
        };
        store.applyExternal({ { upsert(QStringLiteral("1.000001"), QStringLiteral("typo hree")),
                                upsert(QStringLiteral("1.000002"), QStringLiteral("stays")) }, {} }).waitForFinished();
        QTRY_COMPARE(feed.rowCount(), 2);
        QSignalSpy replaced(&feed, &FeedModel::eventsReplaced);
        store.applyExternal({ { upsert(QStringLiteral("1.000001"), QStringLiteral("typo here")) }, {} }).waitForFinished();
        QTRY_COMPARE(feed.eventAt(0).text, QStringLiteral("typo here"));
        QCOMPARE(replaced.size(), 1);
        store.applyExternal({ { { ExternalChange::Kind::Remove, QStringLiteral("slack:C0OPS"), QStringLiteral("1.000001"), {} } }, {} })
                .waitForFinished();
        QTRY_COMPARE(feed.rowCount(), 1);
        QCOMPARE(feed.eventAt(0).text, QStringLiteral("stays"));
    }

    void theHeadingSaysTheConnectionState()
    {
        SlackStatus status;
        status.team = QStringLiteral("Acme");
        status.phase = SlackStatus::Phase::Connected;
        QCOMPARE(WindowSlack::heading(status, 0), QStringLiteral("Slack · Acme — connected"));
        status.phase = SlackStatus::Phase::Reconnecting;
        status.retryAtMs = 10'000;
        QCOMPARE(WindowSlack::heading(status, 5'500), QStringLiteral("Slack · Acme — reconnecting in 5 s"));
        status.phase = SlackStatus::Phase::TokenRevoked;
        QCOMPARE(WindowSlack::heading(status, 0), QStringLiteral("Slack · Acme — token revoked"));
    }

    void theConnectButtonShowsWhileNoWorkingLoginExists()
    {
        QWidget sidebar;
        auto *layout = new QVBoxLayout(&sidebar);
        auto *list = new QListView;
        layout->addWidget(list);
        ChannelListModel model(nullptr);
        list->setModel(&model);
        EventStore store; // never opened: the mirror only reports its status here
        SlackMirror mirror(&store);
        QSignalSpy status(&mirror, &SlackMirror::statusChanged);
        WindowSlack slack(&sidebar, list, &model, &mirror, QUrl(QStringLiteral("http://127.0.0.1:1/api/")), {});
        sidebar.show();
        QVERIFY(slack.connectButton()->isVisible());
        QCOMPARE(layout->indexOf(slack.connectButton()), 1);
        SlackMirrorSettings settings;
        settings.channels = { QStringLiteral("ops") };
        mirror.start(settings, {}); // no tokens
        QTRY_VERIFY(status.size() > 0);
        QCOMPARE(mirror.status().phase, SlackStatus::Phase::Off);
        QVERIFY(slack.connectButton()->isVisible());
        QVERIFY2(slack.connectButton()->toolTip().contains(QStringLiteral("slack login")), qPrintable(slack.connectButton()->toolTip()));
    }

    void theDialogChecksTheTokensWithSlackBeforeStoringThem()
    {
        FakeSlack fake;
        SlackConnectDialog dialog(QUrl(fake.apiUrl()));
        QList<SlackTokens> stored;
        dialog.setStore([&](const SlackTokens &tokens) {
            stored << tokens;
            return QString();
        });
        QSignalSpy saved(&dialog, &SlackConnectDialog::tokensSaved);
        dialog.show();
        auto *bot = dialog.findChild<QLineEdit *>(QStringLiteral("botToken"));
        auto *app = dialog.findChild<QLineEdit *>(QStringLiteral("appToken"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QVERIFY(bot && app && problem && buttons);
        QCOMPARE(bot->echoMode(), QLineEdit::Password);
        QCOMPARE(app->echoMode(), QLineEdit::Password);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);

        bot->setText(QStringLiteral("xoxb-wrong"));
        app->setText(QString::fromLatin1(FakeSlack::appToken));
        ok->click();
        QTRY_VERIFY(problem->text().contains(QStringLiteral("does not accept the token")));
        QVERIFY(dialog.isVisible());
        QVERIFY(stored.isEmpty());

        bot->setText(QString::fromLatin1(FakeSlack::botToken));
        ok->click();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().bot, QString::fromLatin1(FakeSlack::botToken));
        QCOMPARE(stored.first().app, QString::fromLatin1(FakeSlack::appToken));
        QCOMPARE(dialog.team(), QStringLiteral("Fake Team"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestWindowSlack)
#include "tst_windowslack.moc"
