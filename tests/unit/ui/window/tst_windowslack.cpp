// The window's Slack parts, offscreen: mirrored channels listed after the local ones under the
// workspace's heading with the connection state, the connect button, and the token dialog
// checking tokens with a fake Slack before storing them.
#include "slack/fakeslack.h"

#include "slack/slackmirror.h"
#include "store/eventstore.h"
#include "store/asynceventreader.h"
#include "ui/sidebar/channellistmodel.h"
#include "ui/feed/feedmodel.h"
#include "ui/dialogs/slackchannelsdialog.h"
#include "ui/dialogs/slackconnectdialog.h"
#include "ui/window/windowslack.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QAbstractItemModel>
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

// The window's sidebar, as far as WindowSlack needs it: the channel list in a box layout.
struct Sidebar
{
    Sidebar()
    {
        layout->addWidget(list);
        list->setModel(&model);
    }
    QWidget widget;
    QVBoxLayout *layout = new QVBoxLayout(&widget);
    QListView *list = new QListView;
    ChannelListModel model{ nullptr };
};

// [slack] mirror as a list in memory: what the picker shows ticked, and every choice saved.
class MirrorChoiceInMemory : public SlackMirrorChoice
{
public:
    explicit MirrorChoiceInMemory(const QStringList &mirrored = {})
        : m_mirrored(mirrored)
    {
    }
    QStringList mirrored() const override { return m_mirrored; }
    QString save(const QStringList &channels) override
    {
        saved << channels;
        return QString();
    }
    QList<QStringList> saved;

private:
    QStringList m_mirrored;
};

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
                                upsert(QStringLiteral("1.000002"), QStringLiteral("stays")) },
                              {} })
                .waitForFinished();
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
        Sidebar bar;
        QWidget &sidebar = bar.widget;
        EventStore store; // never opened: the mirror only reports its status here
        SlackMirror mirror(&store);
        QSignalSpy status(&mirror, &SlackMirror::statusChanged);
        WindowSlack slack(&sidebar, bar.list, &bar.model, &mirror, QUrl(QStringLiteral("http://127.0.0.1:1/api/")));
        sidebar.show();
        QVERIFY(slack.connectButton()->isVisible());
        QCOMPARE(bar.layout->indexOf(slack.connectButton()), 1);
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
        app->setText(QString::fromLatin1(FakeSlack::kAppToken));
        ok->click();
        QTRY_VERIFY(problem->text().contains(QStringLiteral("does not accept the token")));
        QVERIFY(dialog.isVisible());
        QVERIFY(stored.isEmpty());

        bot->setText(QString::fromLatin1(FakeSlack::kBotToken));
        ok->click();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().bot, QString::fromLatin1(FakeSlack::kBotToken));
        QCOMPARE(stored.first().app, QString::fromLatin1(FakeSlack::kAppToken));
        QCOMPARE(dialog.team(), QStringLiteral("Fake Team"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // The channel picker: Slack's list with the mirrored channels ticked, a filter, the
    // /invite a ticked non-member channel still needs, and configured channels Slack no
    // longer lists kept (ticked, marked) rather than dropped unseen.
    void theChannelPickerTicksTheMirroredChannelsAndSavesTheChoice()
    {
        FakeSlack fake;
        fake.addChannel(QStringLiteral("C0OPS"), QStringLiteral("ops"));
        fake.addChannel(QStringLiteral("C0DEPLOY"), QStringLiteral("deploys"), false);
        fake.addChannel(QStringLiteral("C0RANDOM"), QStringLiteral("random"));
        SlackChannelsDialog dialog(QUrl(fake.apiUrl()), QString::fromLatin1(FakeSlack::kBotToken),
                                   { QStringLiteral("C0OPS"), QStringLiteral("old-alerts") });
        MirrorChoiceInMemory choice;
        dialog.setChoiceStore(&choice);
        const QList<QStringList> &saved = choice.saved;
        dialog.show();
        auto *list = dialog.findChild<QListView *>(QStringLiteral("channels"));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filter"));
        auto *notes = dialog.findChild<QLabel *>(QStringLiteral("notes"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QVERIFY(list && filter && notes && buttons);
        QTRY_COMPARE(list->model()->rowCount(), 4);
        auto row = [list](int i) { return list->model()->index(i, 0); };
        QStringList shown;
        for (int i = 0; i < 4; ++i)
            shown << row(i).data().toString() + (row(i).data(Qt::CheckStateRole).toInt() == Qt::Checked ? QStringLiteral(" [x]") : QString());
        QCOMPARE(shown.at(0), QStringLiteral("#deploys — the app is not a member"));
        QCOMPARE(shown.at(1), QStringLiteral("#ops [x]"));
        QCOMPARE(shown.at(2), QStringLiteral("#random"));
        QCOMPARE(shown.at(3), QStringLiteral("#old-alerts — not listed by Slack [x]"));
        QCOMPARE(dialog.chosen(), (QStringList{ QStringLiteral("ops"), QStringLiteral("old-alerts") }));
        QCOMPARE(notes->text(), QStringLiteral("2 channels mirrored."));

        filter->setText(QStringLiteral("DEP"));
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->model()->setData(row(0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY2(notes->text().contains(QStringLiteral("/invite")) && notes->text().contains(QStringLiteral("#deploys")),
                 qPrintable(notes->text()));
        filter->clear();
        QVERIFY(list->model()->setData(row(3), Qt::Unchecked, Qt::CheckStateRole));
        buttons->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(saved, (QList<QStringList>{ { QStringLiteral("deploys"), QStringLiteral("ops") } }));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aRefusedTokenLeavesThePickerEmptyWithSlacksReason()
    {
        FakeSlack fake;
        fake.addChannel(QStringLiteral("C0OPS"), QStringLiteral("ops"));
        SlackChannelsDialog dialog(QUrl(fake.apiUrl()), QStringLiteral("xoxb-wrong"), { QStringLiteral("ops") });
        dialog.show();
        auto *notes = dialog.findChild<QLabel *>(QStringLiteral("notes"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QTRY_VERIFY2(notes->text().startsWith(QStringLiteral("Slack did not list the channels")), qPrintable(notes->text()));
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }

    // Once the mirror is connected, the sidebar offers the picker; it asks Slack with the bot
    // token and saves through the app's function.
    void theChannelsButtonShowsOnceLoggedInAndOpensThePicker()
    {
        FakeSlack fake;
        fake.addChannel(QStringLiteral("C0OPS"), QStringLiteral("ops"));
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("events.db"))));
        Sidebar bar;
        QWidget &sidebar = bar.widget;
        SlackMirror mirror(&store);
        WindowSlack slack(&sidebar, bar.list, &bar.model, &mirror, QUrl(fake.apiUrl()));
        MirrorChoiceInMemory choice({ QStringLiteral("ops") });
        slack.setBotToken([](QString *) { return QString::fromLatin1(FakeSlack::kBotToken); });
        slack.setMirrorChoice(&choice);
        sidebar.show();
        QVERIFY(!slack.channelsButton()->isVisible()); // not logged in yet
        SlackMirrorSettings settings;
        settings.apiUrl = QUrl(fake.apiUrl());
        settings.channels = { QStringLiteral("ops") };
        mirror.start(settings, { FakeSlack::kBotToken, FakeSlack::kAppToken });
        QTRY_COMPARE(mirror.status().phase, SlackStatus::Phase::Connected);
        QVERIFY(slack.channelsButton()->isVisible());
        QVERIFY(!slack.connectButton()->isVisible());
        slack.channelsButton()->click();
        auto *dialog = sidebar.findChild<SlackChannelsDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->chosen(), QStringList{ QStringLiteral("ops") });
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(choice.saved, QList<QStringList>{ { QStringLiteral("ops") } });
    }
};

QTEST_MAIN(TestWindowSlack)
#include "tst_windowslack.moc"
