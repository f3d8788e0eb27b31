// The window's side of alerts: the sidebar's mute marks and menu, marking a channel read when
// it is opened, "make it rain" only over the channel shown, a tray click opening its event,
// and settings changed in the dialog showing at once.
#include "store/storetesthelpers.h"
#include "alerts/alertcenter.h"
#include "alerts/channelsettingsstore.h"
#include "alerts/alertsound.h"
#include "ui/wall/celebrationoverlay.h"
#include "ui/sidebar/channelalertmenu.h"
#include "ui/sidebar/channellistmodel.h"
#include "ui/window/channelpane.h"
#include "ui/dialogs/channelsettingsdialog.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/traynotifier.h"
#include "ui/window/windowalerts.h"

#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

class TestWindowAlerts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<AlertCenter> m_alerts;

    bool mutedInSidebar(MainWindow &window, const QString &channel)
    {
        const ChannelListModel *model = window.channelModel();
        return model->index(model->rowOf(channel)).data(ChannelListModel::MutedRole).toBool();
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("events.sqlite3"))));
        EventList events;
        for (int i = 0; i < 300; ++i) {
            events << makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user u%1@example.com").arg(i));
            events << makeEvent(QStringLiteral("financials"), QStringLiteral("Payment received $%1").arg(i));
            events << makeEvent(QStringLiteral("application-stats"), QStringLiteral("cleanup: %1 rows").arg(i));
        }
        commit(*m_store, events);
    }
    void init() { m_alerts = std::make_unique<AlertCenter>(AlertSettings{}, nullptr); }
    void cleanupTestCase() { m_store.reset(); }

    void mutesShowInTheSidebarUntilUnmuted()
    {
        MainWindow window(m_store.get());
        window.setAlerts(m_alerts.get());
        QVERIFY(!mutedInSidebar(window, QStringLiteral("financials")));
        m_alerts->mute(QStringLiteral("financials"), AlertPolicy::MuteSpan::Hour);
        QVERIFY(mutedInSidebar(window, QStringLiteral("financials")));
        QVERIFY(!mutedInSidebar(window, QStringLiteral("user-behavior")));
        m_alerts->unmute(QStringLiteral("financials"));
        QVERIFY(!mutedInSidebar(window, QStringLiteral("financials")));
    }

    void theSidebarMenuMutesUnmutesAndOpensSettings()
    {
        QMenu menu;
        bool settingsOpened = false;
        ChannelAlertMenu::addActions(&menu, m_alerts.get(), QStringLiteral("user-behavior"), [&] { settingsOpened = true; });
        QStringList texts;
        QAction *hour = nullptr;
        for (QAction *action : menu.actions()) {
            texts << action->text();
            if (action->text() == QLatin1String("Mute for 1 hour"))
                hour = action;
        }
        QCOMPARE(texts, (QStringList{ "Mute for 30 minutes", "Mute for 1 hour", "Mute until tomorrow", "Unmute",
                                      QString(), "Channel settings…" }));
        QVERIFY(!menu.actions().at(3)->isEnabled()); // nothing to unmute
        hour->trigger();
        const qint64 left = QDateTime::currentDateTime().secsTo(m_alerts->mutedUntil(QStringLiteral("user-behavior")));
        QVERIFY2(left > 3590 && left <= 3600, qPrintable(QString::number(left)));
        menu.actions().last()->trigger();
        QVERIFY(settingsOpened);

        QMenu mutedMenu;
        ChannelAlertMenu::addActions(&mutedMenu, m_alerts.get(), QStringLiteral("user-behavior"), [] {});
        QVERIFY(mutedMenu.actions().first()->text().startsWith(QLatin1String("Muted until")));
        QAction *unmute = mutedMenu.actions().at(4);
        QCOMPARE(unmute->text(), QStringLiteral("Unmute"));
        QVERIFY(unmute->isEnabled());
        unmute->trigger();
        QVERIFY(!m_alerts->mutedUntil(QStringLiteral("user-behavior")).isValid());
    }

    void openingAChannelMarksItRead()
    {
        MainWindow window(m_store.get());
        window.setAlerts(m_alerts.get());
        window.showChannel(QStringLiteral("user-behavior"));
        m_alerts->handleEvents({ makeEvent(QStringLiteral("financials"), QStringLiteral("Payment received $49")) });
        QCOMPARE(m_alerts->unreadCount(QStringLiteral("financials")), 1);
        window.showChannel(QStringLiteral("financials"));
        QCOMPARE(m_alerts->unreadCount(QStringLiteral("financials")), 0);
    }

    void itRainsOnlyOverTheChannelShown()
    {
        MainWindow window(m_store.get());
        window.setAlerts(m_alerts.get());
        window.showChannel(QStringLiteral("financials"));
        CelebrationOverlay *rain = window.alerts()->celebration();
        QCOMPARE(rain->parentWidget(), window.feedView()->viewport());
        emit m_alerts->celebrationRequested(QStringLiteral("financials"));
        QVERIFY(rain->isRunning());
        window.showChannel(QStringLiteral("user-behavior")); // switching away ends it
        QVERIFY(!rain->isRunning());
        emit m_alerts->celebrationRequested(QStringLiteral("financials"));
        QVERIFY(!rain->isRunning());
    }

    void clickingATrayMessageOpensItsEvent()
    {
        MainWindow window(m_store.get());
        window.resize(900, 600);
        window.setAlerts(m_alerts.get());
        window.show();
        window.showChannel(QStringLiteral("user-behavior"));
        QTRY_COMPARE(window.feedModel()->rowCount(), 200);
        const qint64 older = window.feedModel()->eventAt(120).id; // well above the bottom
        window.showChannel(QStringLiteral("financials"));
        QTRY_COMPARE(window.feedModel()->rowCount(), 200);

        window.alerts()->tray()->notify(QStringLiteral("user-behavior"), QStringLiteral("New user"), older);
        window.alerts()->tray()->openShownMessage();
        QCOMPARE(window.currentChannel(), QStringLiteral("user-behavior"));
        QTRY_COMPARE(window.feedModel()->rowCount(), 200);
        FeedView *view = window.feedView();
        int row = -1;
        for (int i = 0; i < window.feedModel()->rowCount(); ++i)
            if (window.feedModel()->eventAt(i).id == older)
                row = i;
        QVERIFY(row >= 0);
        QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(window.feedModel()->index(row)).center()));
    }

    void aTrayClickOnAnEventOlderThanTheFirstPagePagesBackToIt()
    {
        MainWindow window(m_store.get());
        window.resize(900, 600);
        window.setAlerts(m_alerts.get());
        window.show();
        window.showChannel(QStringLiteral("financials"));
        QTRY_COMPARE(window.feedModel()->rowCount(), 200);
        // "Payment received $11", two pages behind the first (the seeded channels interleave,
        // so consecutive payments are three ids apart).
        const Event oldest = window.feedModel()->eventAt(0);
        const int oldestNumber = oldest.text.section(QLatin1Char('$'), 1).toInt();
        const qint64 old = oldest.id - 3 * (oldestNumber - 11);
        QSignalSpy revealed(window.focusedPane(), &ChannelPane::eventRevealed);
        window.alerts()->tray()->notify(QStringLiteral("financials"), QStringLiteral("Payment"), old);
        window.alerts()->tray()->openShownMessage();
        QTRY_COMPARE(revealed.count(), 1);
        QCOMPARE(revealed.at(0).at(0).toLongLong(), old);
        const QModelIndex current = window.feedView()->currentIndex();
        QCOMPARE(window.feedModel()->eventAt(current.row()).id, old);
        QCOMPARE(window.feedModel()->eventAt(current.row()).text, QStringLiteral("Payment received $11"));
        QVERIFY(window.feedModel()->rowCount() > 200);
    }

    void settingsChangedInTheDialogShowInTheSidebar()
    {
        MainWindow window(m_store.get());
        struct : ChannelSettingsStore
        {
            bool save(const QString &channel, const ChannelAlertSettings &, QString *) override
            {
                channels << channel;
                return true;
            }
            QStringList channels;
        } saved;
        window.setAlerts(m_alerts.get(), &saved);
        const ChannelListModel *model = window.channelModel();
        const QModelIndex stats = model->index(model->rowOf(QStringLiteral("application-stats")));
        QCOMPARE(stats.data(ChannelListModel::NotifyModeRole).value<NotifyMode>(), NotifyMode::Bold);
        window.alerts()->openSettings(QStringLiteral("application-stats"));
        auto *dialog = window.findChild<ChannelSettingsDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("ringRadio"))->click();
        dialog->accept();
        QCOMPARE(saved.channels, QStringList{ QStringLiteral("application-stats") });
        QCOMPARE(stats.data(ChannelListModel::NotifyModeRole).value<NotifyMode>(), NotifyMode::Ring);
        QCOMPARE(m_alerts->settings().forChannel(QStringLiteral("application-stats")).mode, NotifyMode::Ring);
    }

    // The player tells stderr once when sound goes and once when it comes back; the window
    // shows the same in its status bar. (Only the player's signal is driven here; the sound
    // itself coming back is tst_soundplayback's.)
    // A desk hears an alarm repeat: the status bar says what rings, a click shows it, and the
    // line goes when someone (here or at another desk) acknowledges it.
    void theStatusBarSaysWhatRingsUntilItIsAcknowledged()
    {
        AlertSettings settings;
        settings.coalesceMs = 0;
        settings.maxSoundsPerMinute = 0;
        settings.repeatCritMs = 60000;
        settings.channels.insert(QStringLiteral("financials"),
                                 ChannelAlertSettings{ NotifyMode::Ring, QStringLiteral("alarm"), 0.8, {}, {} });
        AlertCenter alerts(settings, nullptr);
        alerts.watch(m_store.get());
        MainWindow window(m_store.get());
        window.resize(900, 600);
        window.setAlerts(&alerts);
        window.show();
        window.showChannel(QStringLiteral("user-behavior"));
        QPushButton *ringing = window.alerts()->ringingAlerts();
        QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("ringingAlerts")), ringing);
        QVERIFY(!ringing->isVisibleTo(&window));

        const Event first = commit(*m_store, { makeEvent(QStringLiteral("financials"), QStringLiteral("Charge failed"), {}, Level::Crit) }).first();
        QTRY_VERIFY(ringing->isVisibleTo(&window));
        QCOMPARE(ringing->text(), QStringLiteral("An alert in #financials rings until someone acknowledges it"));
        const Event second = commit(*m_store, { makeEvent(QStringLiteral("financials"), QStringLiteral("Refund failed"), {}, Level::Crit) }).first();
        QTRY_COMPARE(ringing->text(), QStringLiteral("2 alerts ring until acknowledged, the newest in #financials"));

        ringing->click(); // shows the newest
        QCOMPARE(window.currentChannel(), QStringLiteral("financials"));
        QTRY_VERIFY(window.feedModel()->rowCount() > 0);
        QCOMPARE(window.feedModel()->eventAt(window.feedModel()->rowCount() - 1).id, second.id);

        QCOMPARE(m_store->acknowledge(second.id, QStringLiteral("alice"), 1'700'000'000'000).result().outcome,
                 AckResult::Outcome::Acknowledged);
        QTRY_COMPARE(ringing->text(), QStringLiteral("An alert in #financials rings until someone acknowledges it"));
        QCOMPARE(m_store->acknowledge(first.id, QStringLiteral("bob"), 1'700'000'000'000).result().outcome,
                 AckResult::Outcome::Acknowledged);
        QTRY_VERIFY(!ringing->isVisibleTo(&window));
    }

    void theStatusBarSaysWhenSoundIsGoneAndWhenItIsBack()
    {
        // The window sees the player through AlertSound (the real one lives in the sound module).
        class QuietSound : public AlertSound
        {
        public:
            bool play(const QString &, double, QString *) override { return true; }
            void preload(const QString &) override {}
            bool isAvailable() const override { return m_available; }
            QString availabilityMessage() const override { return {}; }
            bool m_available = true;
        } player;
        AlertCenter alerts(AlertSettings{}, &player);
        MainWindow window(m_store.get());
        window.setAlerts(&alerts);
        QLabel *state = window.alerts()->soundState();
        QVERIFY(state);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("soundState")), state);
        const QString gone = QStringLiteral("Sound is unavailable: no audio output device was found.");
        player.m_available = false;
        emit player.availabilityChanged(false, gone);
        QVERIFY(state->isVisibleTo(&window));
        QCOMPARE(state->text(), QStringLiteral("No sound"));
        QCOMPARE(state->toolTip(), gone);
        const QString back = QStringLiteral("Sound is available again: an audio output device was found.");
        player.m_available = true;
        emit player.availabilityChanged(true, back);
        QVERIFY(state->isVisibleTo(&window));
        QCOMPARE(state->text(), QStringLiteral("Sound is back"));
        QCOMPARE(state->toolTip(), back);
    }
};

QTEST_MAIN(TestWindowAlerts)
#include "tst_windowalerts.moc"
