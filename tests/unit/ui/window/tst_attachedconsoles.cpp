// Two console windows attached to one team server (issue 15), each a real MainWindow on its
// own EventStore over the server (the remote engine), offscreen, against the real `bellboard
// --headless` over TLS: an event posted to the server shows in both; an acknowledgement made in
// one shows who took it in the other and stops its repeating alarm; the server killed and
// restarted while events keep coming leaves both with every event exactly once, and says so
// while it is down; what arrived while away rings once, by each console's own settings; a
// person's unread counts follow them to another desk, live between two desks open at once; a
// viewer's post is refused with a sentence; a revoked token stops the retries and says to log
// in; a command typed in one window's composer runs on the server and its ephemeral answer
// shows in that window only.
#include "alerts/alertcenter.h"
#include "app/remotecommands.h"
#include "chatops/alertcommands.h"
#include "chatops/chatops.h"
#include "ingest/http/httpserver.h"
#include "remote/remotestore.h"
#include "remote/streamnotices.h"
#include "remote/teamserver.h"
#include "store/eventstore.h"
#include "ui/composer/composer.h"
#include "ui/composer/composeredit.h"
#include "ui/feed/feedmodel.h"
#include "ui/sidebar/channellistmodel.h"
#include "ui/sidebar/readmarkers.h"
#include "ui/window/mainwindow.h"
#include "ui/wall/wallwindow.h"
#include "ui/window/storestatusbanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>

using namespace bb;

namespace {

const QString kBehavior = QStringLiteral("user-behavior");
const QString kCritical = QStringLiteral("critical-server-errors");
const QString kFinancials = QStringLiteral("financials");

AlertSettings alertSettings(NotifyMode behavior = NotifyMode::Ring)
{
    AlertSettings settings;
    settings.coalesceMs = 0;
    settings.maxSoundsPerMinute = 0;
    settings.repeatCritMs = 200;
    settings.channels.insert(kBehavior, ChannelAlertSettings{ behavior, QStringLiteral("service-bell"), 0.8, {}, {} });
    settings.channels.insert(kCritical, ChannelAlertSettings{ NotifyMode::Ring, QStringLiteral("alarm"), 0.8, {}, {} });
    return settings;
}

// The row showing event `id` in `feed`, -1 when none does.
int rowOf(const FeedModel *feed, qint64 id)
{
    for (int row = 0; row < feed->rowCount(); ++row) {
        if (feed->eventAt(row).id == id)
            return row;
    }
    return -1;
}

// One desk: the person's store over the server, its alerts (no player: what would sound is
// counted), its commands, and its window showing #user-behavior.
struct Console
{
    Console(const TeamServer &team, const QString &person, const RemoteStreamTimings &timings,
            const AlertSettings &settings = alertSettings())
        : alerts(settings, nullptr)
        , chatops(&store)
    {
        const QString location = team.location(person);
        registerRemoteStore(location, team.as(person), timings, &streamNotices);
        QObject::connect(&store, &EventStore::eventsCommitted, &store, [this](const EventList &events) {
            for (const Event &event : events)
                heard << event.id;
        });
        QObject::connect(&alerts, &AlertCenter::soundRequested, &alerts,
                         [this](const QString &channel, const QString &) { sounds << channel; });
        QObject::connect(&alerts, &AlertCenter::notificationRequested, &alerts,
                         [this](const QString &, const QString &text, qint64) { notifications << text; });
        QObject::connect(&chatops, &ChatOps::noticeShown, &chatops,
                         [this](const QString &, quint64, const QString &, const CommandAnswer &answer) { notices << answer.text; });
        opened = store.open(location, &error);
        if (!opened)
            return;
        alerts.watch(&store);
        chatops.setUserName(person);
        registerAlertCommands(&chatops, &alerts, nullptr);
        serverCommands = std::make_unique<RemoteCommands>(&chatops, team.as(person), &streamNotices);
        serverCommands->load();
        window = std::make_unique<MainWindow>(&store);
        window->setAlerts(&alerts);
        window->setChatOps(&chatops);
        window->resize(900, 600);
        window->show();
        window->restoreState(kBehavior);
    }

    QString bannerText() const { return window->statusBanner()->isHidden() ? QString() : window->statusBanner()->text(); }
    bool shows(qint64 id) const { return rowOf(window->feedModel(), id) >= 0; }

    // The composer of the pane showing `channel`, null when none does.
    Composer *composerOf(const QString &channel) const
    {
        for (Composer *composer : window->findChildren<Composer *>()) {
            if (composer->channel() == channel && composer->isVisible())
                return composer;
        }
        return nullptr;
    }

    StreamNotices streamNotices; // outlives the store, whose stream fills it
    EventStore store;
    AlertCenter alerts;
    ChatOps chatops;
    std::unique_ptr<RemoteCommands> serverCommands;
    std::unique_ptr<MainWindow> window;
    bool opened = false;
    QString error;
    QList<qint64> heard; // every id the store announced, in order
    QStringList sounds;  // channels whose sound would have played
    QStringList notifications;
    QStringList notices;
};

// Retries slow enough (the first 5 to 10 s after the server went) that what a test stores right
// after a restart is in before any console is back, also on a loaded machine: it arrives as
// catch-up.
RemoteStreamTimings slowRetries()
{
    RemoteStreamTimings timings = quickRetries();
    timings.backoffBaseMs = 10000;
    timings.backoffMaxMs = 10000;
    return timings;
}

// Kills the server once the consoles are connected, waits until each says it is disconnected,
// and starts the server again.
void restartWhileAway(TeamServer &team, const QList<const Console *> &consoles)
{
    QTest::qWait(500); // the streams connected
    team.instance().kill();
    for (const Console *console : consoles)
        QTRY_VERIFY_WITH_TIMEOUT(!console->bannerText().isEmpty(), 20000);
    QVERIFY2(team.start(), team.instance().serverErrors().constData());
}

// Ids of `channel` on the server, oldest first.
QList<qint64> storedIds(const TeamServer &team, const QString &channel)
{
    const auto [status, body] = team.get(QStringLiteral("/api/events?channel=%1&limit=500").arg(channel), QStringLiteral("alice"));
    QList<qint64> ids;
    for (const QJsonValue &event : QJsonDocument::fromJson(body).object().value(QStringLiteral("events")).toArray())
        ids.prepend(event.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

// The unread count the console's sidebar shows for `channel`.
int unreadAt(const Console &console, const QString &channel)
{
    const ChannelListModel *channels = console.window->channelModel();
    return channels->index(channels->rowOf(channel)).data(ChannelListModel::UnreadRole).toInt();
}

qint64 newestId(const TeamServer &team, const QString &channel)
{
    const QList<qint64> ids = storedIds(team, channel);
    return ids.isEmpty() ? 0 : ids.last();
}

} // namespace

class TestAttachedConsoles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.filePath(QStringLiteral("settings")));
    }

    void anEventPostedToTheServerShowsInBothWindows()
    {
        TeamServer team;
        QVERIFY2(team.error.isEmpty(), qPrintable(team.error));
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        Console alice(team, QStringLiteral("alice"), quickRetries());
        Console bob(team, QStringLiteral("bob"), quickRetries());
        QVERIFY2(alice.opened && bob.opened, qPrintable(alice.error + bob.error));
        QCOMPARE(alice.window->currentChannel(), kBehavior);

        QVERIFY(team.post(kBehavior, "New user registration! dana@example.com"));
        const qint64 id = newestId(team, kBehavior);
        QTRY_VERIFY_WITH_TIMEOUT(alice.shows(id) && bob.shows(id), 20000);
        QTest::qWait(300);
        QCOMPARE(alice.heard.count(id), 1);
        QCOMPARE(bob.heard.count(id), 1);

        // The composer posts as the person, and every desk shows it once.
        alice.chatops.submit(kBehavior, QStringLiteral("I'll call dana"));
        qint64 said = 0;
        QTRY_VERIFY_WITH_TIMEOUT((said = newestId(team, kBehavior)) > id, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(alice.shows(said) && bob.shows(said), 20000);
        const Event post = bob.window->feedModel()->eventAt(rowOf(bob.window->feedModel(), said));
        QCOMPARE(post.senderName, QStringLiteral("alice"));
        QCOMPARE(post.text, QStringLiteral("I'll call dana"));
        QTest::qWait(300);
        QCOMPARE(alice.heard.count(said), 1);
        team.instance().stop();
    }

    void anAcknowledgementInOneStopsTheOthersAlarmAndSaysWho()
    {
        TeamServer team;
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        Console alice(team, QStringLiteral("alice"), quickRetries());
        Console bob(team, QStringLiteral("bob"), quickRetries());
        QVERIFY2(alice.opened && bob.opened, qPrintable(alice.error + bob.error));
        bob.window->showChannel(kCritical);

        QVERIFY(team.post(kCritical, "Error while adding user erin@example.com", "crit"));
        const qint64 id = newestId(team, kCritical);
        QTRY_VERIFY_WITH_TIMEOUT(alice.alerts.isAwaitingAcknowledgement(id) && bob.alerts.isAwaitingAcknowledgement(id), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(bob.sounds.count(kCritical) >= 2, 10000); // it repeats

        alice.chatops.submit(kCritical, QStringLiteral("/ack"), id);
        QTRY_VERIFY_WITH_TIMEOUT(!bob.alerts.isAwaitingAcknowledgement(id), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!alice.alerts.isAwaitingAcknowledgement(id), 20000);
        const FeedModel *feed = bob.window->feedModel();
        const auto takenBy = [&] { return rowOf(feed, id) < 0 ? QString() : feed->eventAt(rowOf(feed, id)).acknowledgement.by; };
        QTRY_COMPARE_WITH_TIMEOUT(takenBy(), QStringLiteral("alice"), 20000);
        const int rang = bob.sounds.count(kCritical);
        QTest::qWait(5 * alertSettings().repeatCritMs);
        QCOMPARE(bob.sounds.count(kCritical), rang); // stopped
        team.instance().stop();
    }

    void aServerRestartedWhileEventsKeepComingLeavesEveryEventOnceInBoth()
    {
        TeamServer team;
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        Console alice(team, QStringLiteral("alice"), quickRetries());
        Console bob(team, QStringLiteral("bob"), quickRetries());
        QVERIFY2(alice.opened && bob.opened, qPrintable(alice.error + bob.error));

        int sent = 0;
        const auto send = [&](int count) {
            for (int i = 0; i < count; ++i)
                QVERIFY(team.post(kBehavior, "New user registration! u" + QByteArray::number(++sent) + "@example.com"));
        };
        bob.window->showWall({ kBehavior }); // the wall says it too
        send(15);
        team.instance().kill();
        const QString host = QStringLiteral("127.0.0.1:%1").arg(team.instance().port());
        QTRY_VERIFY_WITH_TIMEOUT(alice.bannerText().contains(QStringLiteral("retrying at")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(bob.bannerText().contains(QStringLiteral("Disconnected from ") + host), 20000);
        const StoreStatusBanner *wallBanner = bob.window->wall()->statusBanner();
        QTRY_VERIFY_WITH_TIMEOUT(!wallBanner->isHidden() && wallBanner->text().contains(QStringLiteral("retrying at")), 20000);
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        send(15);
        QTest::qWait(300);
        send(15);

        const QList<qint64> stored = storedIds(team, kBehavior);
        QCOMPARE(stored.size(), 45);
        for (Console *console : { &alice, &bob }) {
            QTRY_VERIFY_WITH_TIMEOUT(console->heard.size() >= 45, 30000);
            QTest::qWait(300);
            QCOMPARE(console->heard, stored); // each once, in id order
            QTRY_COMPARE_WITH_TIMEOUT(console->window->feedModel()->rowCount(), 45, 10000);
            for (const qint64 id : stored)
                QVERIFY(console->shows(id));
            QTRY_VERIFY_WITH_TIMEOUT(console->bannerText().isEmpty(), 10000);
        }
        QVERIFY(wallBanner->isHidden());
        team.instance().stop();
    }

    void whatArrivedWhileAwayRingsOnceByEachDesksSettings()
    {
        TeamServer team;
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        Console alice(team, QStringLiteral("alice"), slowRetries());
        Console bob(team, QStringLiteral("bob"), slowRetries(), alertSettings(NotifyMode::Mute)); // this desk mutes it
        QVERIFY2(alice.opened && bob.opened, qPrintable(alice.error + bob.error));
        restartWhileAway(team, { &alice, &bob });
        if (QTest::currentTestFailed())
            return;
        for (int i = 0; i < 7; ++i)
            QVERIFY(team.post(kBehavior, "New user registration! late" + QByteArray::number(i) + "@example.com"));
        const QList<qint64> stored = storedIds(team, kBehavior);

        QTRY_VERIFY_WITH_TIMEOUT(alice.heard.size() == 7 && bob.heard.size() == 7, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(alice.bannerText().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(alice.sounds.count(kBehavior), 1, 10000);
        QTest::qWait(500);
        QCOMPARE(alice.sounds.count(kBehavior), 1); // once, not 7 times
        QVERIFY2(alice.notifications.contains(QStringLiteral("7 new in #user-behavior while disconnected")),
                 qPrintable(alice.notifications.join(QLatin1String(" | "))));
        QCOMPARE(bob.sounds.count(kBehavior), 0); // muted on this desk
        QCOMPARE(alice.window->feedModel()->rowCount(), 7);
        for (const qint64 id : stored)
            QVERIFY(bob.shows(id));
        team.instance().stop();
    }

    void aCritMissedWhileAwayRingsAgainUntilSomeoneTakesIt()
    {
        TeamServer team;
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        Console alice(team, QStringLiteral("alice"), slowRetries());
        QVERIFY2(alice.opened, qPrintable(alice.error));
        restartWhileAway(team, { &alice });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(team.post(kCritical, "Error while charging card of frank@example.com", "crit"));
        QVERIFY(team.post(kCritical, "Error while charging card of gina@example.com", "crit"));
        const QList<qint64> crits = storedIds(team, kCritical);
        // Gina's is taken by someone else before this console is back.
        QCOMPARE(team.request("POST", QStringLiteral("/api/events/%1/ack").arg(crits.last()), "{}", QStringLiteral("bob")).first, 200);

        QTRY_VERIFY_WITH_TIMEOUT(alice.notifications.contains(QStringLiteral("2 new in #critical-server-errors while disconnected")),
                                 30000);
        QVERIFY(alice.alerts.isAwaitingAcknowledgement(crits.first()));
        QVERIFY(!alice.alerts.isAwaitingAcknowledgement(crits.last()));
        QTRY_VERIFY_WITH_TIMEOUT(alice.sounds.count(kCritical) >= 3, 10000); // the summary, then repeats
        team.instance().stop();
    }

    void aPersonsUnreadCountsFollowThemToAnotherDesk()
    {
        TeamServer team;
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        auto serverMarker = [&](const QString &channel) {
            const auto [status, body] = team.get(QStringLiteral("/api/read-markers"), QStringLiteral("alice"));
            return QJsonDocument::fromJson(body).object().value(QStringLiteral("markers")).toObject().value(channel).toInteger();
        };
        {
            Console desk(team, QStringLiteral("alice"), quickRetries());
            QVERIFY2(desk.opened, qPrintable(desk.error));
            desk.window->showChannel(kFinancials);
            QVERIFY(team.post(kFinancials, "Payment received $10"));
            QVERIFY(team.post(kFinancials, "Payment received $20"));
            const qint64 read = newestId(team, kFinancials);
            QTRY_VERIFY_WITH_TIMEOUT(desk.shows(read), 20000);
            QTRY_COMPARE_WITH_TIMEOUT(serverMarker(kFinancials), read, 20000); // read here, kept there
            desk.window->showChannel(kBehavior);
            for (int i = 0; i < 4; ++i)
                QVERIFY(team.post(kFinancials, "Payment received $" + QByteArray::number(30 + i)));
            QTRY_COMPARE_WITH_TIMEOUT(unreadAt(desk, kFinancials), 4, 20000);
        }
        // Another desk: nothing of the first one's window settings, only the person's token.
        QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("bellboard"), QStringLiteral("window")).clear();
        Console other(team, QStringLiteral("alice"), quickRetries());
        QVERIFY2(other.opened, qPrintable(other.error));
        QTRY_VERIFY_WITH_TIMEOUT(other.window->readMarkers()->isLoaded(), 20000);
        QCOMPARE(unreadAt(other, kFinancials), 4);
        team.instance().stop();
    }

    // Two desks of alice open at once, and bob's: reading #financials at one of alice's desks
    // clears its count at her other one, live, and leaves bob's as it was.
    void readingAChannelAtOneDeskClearsItsCountAtTheOther()
    {
        TeamServer team;
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        Console home(team, QStringLiteral("alice"), quickRetries());
        Console work(team, QStringLiteral("alice"), quickRetries());
        Console bob(team, QStringLiteral("bob"), quickRetries());
        for (Console *desk : { &home, &work, &bob }) {
            QVERIFY2(desk->opened, qPrintable(desk->error));
            QTRY_VERIFY_WITH_TIMEOUT(desk->window->readMarkers()->isLoaded(), 20000);
        }
        for (int i = 0; i < 3; ++i)
            QVERIFY(team.post(kFinancials, "Payment received $" + QByteArray::number(10 + i)));
        const qint64 newest = newestId(team, kFinancials);
        for (Console *desk : { &home, &work, &bob })
            QTRY_COMPARE_WITH_TIMEOUT(unreadAt(*desk, kFinancials), 3, 20000);

        home.window->showChannel(kFinancials);
        QTRY_COMPARE_WITH_TIMEOUT(unreadAt(work, kFinancials), 0, 20000);
        QCOMPARE(work.window->readMarkers()->lastRead(kFinancials), newest);
        QCOMPARE(unreadAt(bob, kFinancials), 3);

        // The count counts again from the moved marker; nothing already read comes back.
        home.window->showChannel(kBehavior);
        QVERIFY(team.post(kFinancials, "Payment received $20"));
        QTRY_COMPARE_WITH_TIMEOUT(unreadAt(work, kFinancials), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(unreadAt(home, kFinancials), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(unreadAt(bob, kFinancials), 4, 20000);
        team.instance().stop();
    }

    // A channel read while the server is away is read on the server once it is back: the desk
    // keeps the move and saves it again, without the person moving it a second time.
    void aChannelReadWhileTheServerIsAwayIsSavedWhenItIsBack()
    {
        // A new desk: no markers left by the other tests' servers.
        QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("bellboard"), QStringLiteral("window")).clear();
        TeamServer team;
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        Console desk(team, QStringLiteral("alice"), quickRetries());
        QVERIFY2(desk.opened, qPrintable(desk.error));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window->readMarkers()->isLoaded(), 20000);
        desk.window->showChannel(kBehavior);
        for (int i = 0; i < 2; ++i)
            QVERIFY(team.post(kFinancials, "Payment received $" + QByteArray::number(10 + i)));
        const qint64 newest = newestId(team, kFinancials);
        QTRY_COMPARE_WITH_TIMEOUT(unreadAt(desk, kFinancials), 2, 20000);

        team.instance().kill();
        QTRY_VERIFY_WITH_TIMEOUT(!desk.bannerText().isEmpty(), 20000);
        desk.window->showChannel(kFinancials);
        QTRY_COMPARE(desk.window->readMarkers()->lastRead(kFinancials), newest);
        desk.window->showChannel(kBehavior); // as the other tests expect to find it
        QTest::qWait(2500);                  // the save a second after the move, refused
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        const auto serverMarker = [&] {
            const auto [status, body] = team.get(QStringLiteral("/api/read-markers"), QStringLiteral("alice"));
            return QJsonDocument::fromJson(body).object().value(QStringLiteral("markers")).toObject().value(kFinancials).toInteger();
        };
        QTRY_COMPARE_WITH_TIMEOUT(serverMarker(), newest, 30000);
        team.instance().stop();
    }

    void aViewersPostIsRefusedWithASentence()
    {
        TeamServer team;
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        Console vera(team, QStringLiteral("vera"), quickRetries());
        QVERIFY2(vera.opened, qPrintable(vera.error));
        vera.chatops.submit(kBehavior, QStringLiteral("hello team"));
        QTRY_VERIFY_WITH_TIMEOUT(!vera.notices.isEmpty(), 20000);
        const QString notice = vera.notices.last();
        QVERIFY2(notice.contains(QStringLiteral("Could not store the message")) && notice.contains(QStringLiteral("viewer")),
                 qPrintable(notice));
        QVERIFY(storedIds(team, kBehavior).isEmpty());
        team.instance().stop();
    }

    void aRevokedTokenStopsRetryingAndAsksForANewLogin()
    {
        TeamServer team;
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        Console bob(team, QStringLiteral("bob"), quickRetries());
        QVERIFY2(bob.opened, qPrintable(bob.error));
        QTest::qWait(300);
        team.instance().kill();
        team.revoke(QStringLiteral("bob"));
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        QTRY_VERIFY_WITH_TIMEOUT(bob.bannerText().contains(QStringLiteral("bellboard remote login ") + team.url()), 20000);
        const QString banner = bob.bannerText();
        QVERIFY2(!banner.contains(QStringLiteral("retrying")), qPrintable(banner));
        QTest::qWait(5 * quickRetries().backoffMaxMs);
        QCOMPARE(bob.bannerText(), banner); // no retry came
        team.instance().stop();
    }

    void aCommandTypedInOneWindowRunsOnTheServerAndAnswersThatWindowOnly()
    {
        // The backend only the server reaches, with the secret only the server holds.
        HttpServer backend{ HttpLimits() };
        QStringList typists;
        backend.setHandler([&typists](const HttpRequest &request, HttpResponder respond) {
            const QUrlQuery form(QString::fromUtf8(request.body));
            typists << form.queryItemValue(QStringLiteral("user_name"));
            respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("response_type"), QStringLiteral("ephemeral") },
                                                         { QStringLiteral("text"), QStringLiteral("Deploying %1 for %2")
                                                                                           .arg(form.queryItemValue(QStringLiteral("text")),
                                                                                                form.queryItemValue(QStringLiteral("user_name"))) } }));
        });
        QVERIFY(backend.listen(QHostAddress::LocalHost, 0));
        TeamServer team({}, "\n[[commands]]\nname = \"deploy\"\nusage = \"deploy <app>\"\nsigning_secret = \"deploy\"\nurl = \"http://127.0.0.1:"
                                    + QByteArray::number(backend.serverPort()) + "/deploy\"\n");
        team.setSecret(QStringLiteral("deploy"), QStringLiteral("server-side-secret"));
        QVERIFY2(team.start(), team.instance().serverErrors().constData());
        Console alice(team, QStringLiteral("alice"), quickRetries());
        Console bob(team, QStringLiteral("bob"), quickRetries());
        QVERIFY2(alice.opened && bob.opened, qPrintable(alice.error + bob.error));
        QTRY_VERIFY_WITH_TIMEOUT(alice.chatops.registry().find(QStringLiteral("deploy")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!alice.streamNotices.streamId().isEmpty(), 20000);

        Composer *composer = alice.composerOf(kBehavior);
        QVERIFY(composer);
        QTest::keyClicks(composer->editor(), QStringLiteral("/deploy web"));
        composer->send();
        QTRY_VERIFY_WITH_TIMEOUT(composer->notices()->toPlainText().contains(QStringLiteral("Deploying web for alice")), 20000);
        QCOMPARE(typists, QStringList{ QStringLiteral("alice") });
        QCOMPARE(alice.notices, QStringList{ QStringLiteral("Deploying web for alice") });
        QVERIFY(bob.notices.isEmpty());
        QVERIFY(!bob.composerOf(kBehavior)->notices()->toPlainText().contains(QStringLiteral("Deploying")));

        // The server's usage is checked here, as a local command's is: the error is this window's too.
        QTest::keyClicks(composer->editor(), QStringLiteral("/deploy"));
        composer->send();
        QTRY_COMPARE_WITH_TIMEOUT(alice.notices.size(), 2, 20000);
        QVERIFY(bob.notices.isEmpty());
        team.instance().stop();
    }
};

QTEST_MAIN(TestAttachedConsoles)
#include "tst_attachedconsoles.moc"
