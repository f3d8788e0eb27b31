#include "../store/storetesthelpers.h"
#include "alerts/alertcenter.h"
#include "alerts/channelsettingsstore.h"
#include "chatops/alertcommands.h"
#include "chatopsfixture.h"

using namespace bb;
using namespace bb::test;

namespace {

// Remembers what /sound saved, as "channel=sound".
class RecordingSettingsStore : public ChannelSettingsStore
{
public:
    bool save(const QString &channel, const ChannelAlertSettings &settings, QString *) override
    {
        saved = channel + QLatin1Char('=') + settings.sound;
        return true;
    }
    QString saved;
};

} // namespace

// The alert built-ins on a real store: a crit alert in a ring channel rings again until
// /ack stores an acknowledgement, which everyone's feed shows.
class TestAlertCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatOpsFixture> f;
    std::unique_ptr<AlertCenter> alerts;
    QList<QPair<QString, QString>> sounds; // channel, sound
    RecordingSettingsStore settingsStore;

private slots:
    void init()
    {
        f = std::make_unique<ChatOpsFixture>();
        QVERIFY(f->ok);
        AlertSettings settings;
        settings.coalesceMs = 0;
        settings.maxSoundsPerMinute = 0;
        settings.repeatCritMs = 300;
        alerts = std::make_unique<AlertCenter>(settings, nullptr); // no player: sounds seen as signals
        alerts->watch(&f->store);
        sounds.clear();
        connect(alerts.get(), &AlertCenter::soundRequested, this,
                [this](const QString &channel, const QString &sound) { sounds << qMakePair(channel, sound); });
        settingsStore.saved.clear();
        registerAlertCommands(f->chatops.get(), alerts.get(), &settingsStore);
    }
    void cleanup()
    {
        alerts.reset();
        f.reset();
    }

    void critAlertRingsUntilAcknowledged()
    {
        const Event crit = commit(f->store, { makeEvent("critical-server-errors", "db down", {}, Level::Crit) }).first();
        QTRY_COMPARE(sounds.size(), 1);
        QCOMPARE(sounds.first(), qMakePair(QStringLiteral("critical-server-errors"), QStringLiteral("alarm")));
        QTRY_VERIFY(sounds.size() >= 3); // it keeps ringing
        QCOMPARE(alerts->awaitingAcknowledgement("critical-server-errors"), crit.id);

        QSignalSpy acknowledged(alerts.get(), &AlertCenter::acknowledged);
        QCOMPARE(f->chatops->submit("critical-server-errors", "/ack"), ChatOps::Outcome::Started);
        QTRY_COMPARE(acknowledged.size(), 1);
        QCOMPARE(acknowledged.first().at(1).toLongLong(), crit.id);
        QCOMPARE(acknowledged.first().at(2).toString(), QStringLiteral("alice"));
        QVERIFY(!alerts->isAwaitingAcknowledgement(crit.id));

        // The acknowledgement is an event in the alert's thread, for every console to see.
        const EventList events = f->stored("critical-server-errors");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().source, QStringLiteral("ack"));
        QCOMPARE(events.last().threadKey, QString::number(crit.id));
        QCOMPARE(events.last().senderName, QStringLiteral("alice"));
        QCOMPARE(events.last().text, QStringLiteral(":white_check_mark: acknowledged by alice"));

        const int rung = int(sounds.size());
        QTest::qWait(900); // three repeat intervals
        QCOMPARE(sounds.size(), rung);
    }

    // /ack also records the team's acknowledgement on the event itself (issue 15): the event
    // reads as acknowledged by the desk's user, for every window and stream client.
    void ackRecordsTheAcknowledgementOnTheEvent()
    {
        const Event crit = commit(f->store, { makeEvent("critical-server-errors", "db down", {}, Level::Crit) }).first();
        QTRY_COMPARE(sounds.size(), 1);
        QSignalSpy changed(&f->store, &EventStore::eventsChanged);
        QCOMPARE(f->chatops->submit("critical-server-errors", "/ack"), ChatOps::Outcome::Started);
        QTRY_COMPARE(changed.size(), 1);
        const EventList announced = changed.first().first().value<EventList>();
        QCOMPARE(announced.first().id, crit.id);
        QCOMPARE(announced.first().acknowledgement.by, QStringLiteral("alice"));
        const EventList events = f->stored("critical-server-errors");
        QCOMPARE(events.first().id, crit.id);
        QCOMPARE(events.first().acknowledgement.by, QStringLiteral("alice"));
    }

    // An acknowledgement stored from elsewhere (another console, through the server's API)
    // stops this desk's repeating alarm too: no ack event in the thread needed.
    void aStoredAcknowledgementStopsTheRepeat()
    {
        const Event crit = commit(f->store, { makeEvent("critical-server-errors", "db down", {}, Level::Crit) }).first();
        QTRY_COMPARE(sounds.size(), 1);
        QSignalSpy acknowledged(alerts.get(), &AlertCenter::acknowledged);
        const AckResult result = f->store.acknowledge(crit.id, QStringLiteral("bob"), 1000).result();
        QCOMPARE(result.outcome, AckResult::Outcome::Acknowledged);
        QTRY_COMPARE(acknowledged.size(), 1);
        QCOMPARE(acknowledged.first().at(2).toString(), QStringLiteral("bob"));
        QVERIFY(!alerts->isAwaitingAcknowledgement(crit.id));
        const int rung = int(sounds.size());
        QTest::qWait(900); // three repeat intervals
        QCOMPARE(sounds.size(), rung);
    }

    void ackOfTheSelectedEventAndNothingToAck()
    {
        QCOMPARE(f->chatops->submit("ops", "/ack"), ChatOps::Outcome::Started);
        QCOMPARE(f->notices.size(), 1);
        QCOMPARE(f->notices.first().answer.text, QStringLiteral("Nothing is ringing in #ops; select the event to acknowledge."));
        const Event info = commit(f->store, { makeEvent("ops", "deploy finished") }).first();
        f->chatops->submit("ops", "/ack", info.id);
        QTRY_COMPARE(f->stored("ops").size(), 2);
        QCOMPARE(f->stored("ops").last().threadKey, QString::number(info.id));
    }

    void ackInAnotherChannelDoesNotSilence()
    {
        const Event crit = commit(f->store, { makeEvent("critical-server-errors", "db down", {}, Level::Crit) }).first();
        QTRY_COMPARE(sounds.size(), 1);
        Event stray = makeEvent("ops", "ack");
        stray.source = QStringLiteral("ack");
        stray.threadKey = QString::number(crit.id);
        commit(f->store, { stray });
        QTRY_VERIFY(sounds.size() >= 2);
        QVERIFY(alerts->isAwaitingAcknowledgement(crit.id));
    }

    void muteAndUnmute()
    {
        QSignalSpy muted(alerts.get(), &AlertCenter::muteChanged);
        QCOMPARE(f->chatops->submit("ops", "/mute #financials 30m"), ChatOps::Outcome::Started);
        QCOMPARE(muted.size(), 1);
        QCOMPARE(muted.first().at(0).toString(), QStringLiteral("financials"));
        const qint64 inMs = QDateTime::currentDateTime().msecsTo(alerts->mutedUntil("financials"));
        QVERIFY(inMs > 29 * 60 * 1000 && inMs <= 30 * 60 * 1000);
        f->chatops->submit("ops", "/mute"); // this channel, an hour
        QVERIFY(alerts->mutedUntil("ops").isValid());
        f->chatops->submit("ops", "/unmute #financials");
        QVERIFY(!alerts->mutedUntil("financials").isValid());
        f->chatops->submit("ops", "/mute #ops forever");
        QCOMPARE(f->notices.last().answer.text, QStringLiteral("/mute: 'forever' is not a duration such as 30m, 2h, 1d or tomorrow"));

        // A muted ring channel's crit alert does not ring, and is not repeated either.
        const Event crit = commit(f->store, { makeEvent("ops", "x", {}, Level::Crit) }).first();
        QTest::qWait(400);
        QVERIFY(!alerts->isAwaitingAcknowledgement(crit.id));
    }

    void soundIsCheckedSavedAndApplied()
    {
        QCOMPARE(f->chatops->submit("ops", "/sound #financials chime"), ChatOps::Outcome::Started);
        QCOMPARE(settingsStore.saved, QStringLiteral("financials=chime"));
        QCOMPARE(alerts->settings().forChannel("financials").sound, QStringLiteral("chime"));
        QCOMPARE(alerts->settings().forChannel("financials").mode, NotifyMode::Celebrate); // the rest kept
        settingsStore.saved.clear();
        f->chatops->submit("ops", "/sound #financials /no/such.wav");
        QVERIFY(settingsStore.saved.isEmpty());
        QVERIFY(f->notices.last().answer.isError);
        QCOMPARE(alerts->settings().forChannel("financials").sound, QStringLiteral("chime"));
    }

    void ownPostsDoNotRing()
    {
        f->chatops->submit("user-behavior", "hello from the desk");
        QTRY_COMPARE(f->stored("user-behavior").size(), 1);
        commit(f->store, { makeEvent("user-behavior", "New user registration! carol@example.com") });
        QTRY_COMPARE(sounds.size(), 1); // only the sender's event
        QTest::qWait(100);
        QCOMPARE(sounds.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertCommands)
#include "tst_alertcommands.moc"
