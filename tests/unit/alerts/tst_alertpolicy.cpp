#include "alerts/alertpolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace bb;

namespace {

QDateTime at(int hour, int minute, int ms = 0)
{
    return QDateTime(QDate(2026, 11, 24), QTime(hour, minute), QTimeZone::utc()).addMSecs(ms);
}

Event eventIn(const QString &channel, Level level = Level::Info, const QString &text = QStringLiteral("hello"))
{
    static qint64 nextId = 1;
    Event e;
    e.id = nextId++;
    e.channel = channel;
    e.level = level;
    e.text = text;
    return e;
}

AlertSettings withoutCoalescing()
{
    AlertSettings settings;
    settings.coalesceMs = 0;
    return settings;
}

} // namespace

class TestAlertPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ringChannelRingsItsBellNotifiesAndGoesBold()
    {
        AlertPolicy policy;
        const AlertDecision d = policy.decide(eventIn(QStringLiteral("user-behavior"), Level::Info,
                                                      QStringLiteral("New user registration! alice@example.com")),
                                              at(14, 0));
        QVERIFY(d.playSound);
        QCOMPARE(d.sound, QStringLiteral("service-bell"));
        QCOMPARE(d.volume, 0.8);
        QVERIFY(d.notify);
        QCOMPARE(d.notificationText, QStringLiteral("New user registration! alice@example.com"));
        QVERIFY(d.markUnread);
        QVERIFY(!d.celebrate);
        QVERIFY(!d.escalated);
    }

    void seedChannelsBehaveAsDescribedWithoutAnyConfig()
    {
        AlertPolicy policy(withoutCoalescing());
        const AlertDecision critical = policy.decide(eventIn(QStringLiteral("critical-server-errors")), at(14, 0));
        QVERIFY(critical.playSound);
        QCOMPARE(critical.sound, QStringLiteral("alarm"));
        const AlertDecision financial = policy.decide(eventIn(QStringLiteral("financials")), at(14, 0));
        QVERIFY(financial.playSound && financial.celebrate && financial.notify);
        QCOMPARE(financial.sound, QStringLiteral("cash-register"));
        for (const char *bold : { "non-critical-server-errors", "application-stats" }) {
            const AlertDecision d = policy.decide(eventIn(QLatin1String(bold)), at(14, 0));
            QVERIFY2(d.markUnread && !d.playSound && !d.notify && !d.celebrate, bold);
        }
    }

    void boldChannelOnlyMarksUnread()
    {
        AlertPolicy policy;
        const AlertDecision d = policy.decide(eventIn(QStringLiteral("application-stats")), at(14, 0));
        QVERIFY(d.markUnread);
        QVERIFY(!d.playSound);
        QVERIFY(!d.notify);
        QCOMPARE(d.silenced, AlertDecision::Silenced::None);
    }

    void muteModeDoesNothingEvenForCrit()
    {
        AlertSettings settings;
        ChannelAlertSettings noise;
        noise.mode = NotifyMode::Mute;
        settings.channels.insert(QStringLiteral("noise"), noise);
        AlertPolicy policy(settings);
        const AlertDecision d = policy.decide(eventIn(QStringLiteral("noise"), Level::Crit), at(14, 0));
        QVERIFY(!d.markUnread && !d.playSound && !d.notify && !d.celebrate);
    }

    void critEscalatesABoldChannelToTheAlarm()
    {
        AlertPolicy policy;
        const AlertDecision d = policy.decide(eventIn(QStringLiteral("non-critical-server-errors"), Level::Crit), at(14, 0));
        QVERIFY(d.escalated);
        QVERIFY(d.playSound);
        QCOMPARE(d.sound, escalationSound());
        QVERIFY(d.notify);
        // warn is not crit
        QVERIFY(!policy.decide(eventIn(QStringLiteral("application-stats"), Level::Warn), at(14, 0)).playSound);
    }

    void escalationCanBeTurnedOffGloballyAndOnPerChannel()
    {
        AlertSettings settings;
        settings.escalateCrit = false;
        ChannelAlertSettings stats = defaultChannelAlertSettings(QStringLiteral("application-stats"));
        stats.escalateCrit = true;
        settings.channels.insert(QStringLiteral("application-stats"), stats);
        AlertPolicy policy(settings);
        const AlertDecision quiet = policy.decide(eventIn(QStringLiteral("non-critical-server-errors"), Level::Crit), at(14, 0));
        QVERIFY(!quiet.playSound && !quiet.escalated && quiet.markUnread);
        QVERIFY(policy.decide(eventIn(QStringLiteral("application-stats"), Level::Crit), at(14, 0)).escalated);
    }

    void critInARingChannelKeepsTheChannelsSound()
    {
        AlertPolicy policy;
        const AlertDecision d = policy.decide(eventIn(QStringLiteral("user-behavior"), Level::Crit), at(14, 0));
        QVERIFY(!d.escalated);
        QCOMPARE(d.sound, QStringLiteral("service-bell"));
    }

    void burstOfTwelveGivesOneSoundAndOneCountingSummary()
    {
        AlertPolicy policy;
        int sounds = 0;
        int notifications = 0;
        int unread = 0;
        for (int i = 0; i < 12; ++i) {
            const AlertDecision d = policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0, i * 150));
            sounds += d.playSound;
            notifications += d.notify;
            unread += d.markUnread;
            if (i > 0)
                QCOMPARE(d.silenced, AlertDecision::Silenced::Coalesced);
        }
        QCOMPARE(sounds, 1);
        QCOMPARE(notifications, 1); // the first event's own text, at once
        QCOMPARE(unread, 12);       // every event still counts as unread
        QCOMPARE(policy.nextWindowCloseMs(), at(14, 0, 2000).toMSecsSinceEpoch());
        QVERIFY(policy.closeWindows(at(14, 0, 1999)).isEmpty());

        const QList<AlertDecision> summaries = policy.closeWindows(at(14, 0, 2000));
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().notificationText, QStringLiteral("12 new in #user-behavior"));
        QCOMPARE(summaries.first().coalescedCount, 12);
        QVERIFY(!summaries.first().playSound);
        QVERIFY(!summaries.first().markUnread); // already counted
        QVERIFY(!policy.nextWindowCloseMs());
        QVERIFY(policy.closeWindows(at(14, 0, 5000)).isEmpty());
    }

    void aLoneEventGetsNoSummary()
    {
        AlertPolicy policy;
        policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0));
        QVERIFY(policy.closeWindows(at(14, 1)).isEmpty());
    }

    void theNextEventAfterTheWindowRingsAgain()
    {
        AlertPolicy policy;
        QVERIFY(policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0)).playSound);
        QVERIFY(!policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0, 1000)).playSound);
        // The window ends 2 s after the first sound, even if nobody called closeWindows():
        // the burst's summary is kept and handed out later.
        QVERIFY(policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0, 2000)).playSound);
        const QList<AlertDecision> summaries = policy.closeWindows(at(14, 0, 2001));
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().coalescedCount, 2);
    }

    void windowLengthIsConfigurableAndZeroTurnsCoalescingOff()
    {
        AlertSettings settings;
        settings.coalesceMs = 500;
        AlertPolicy policy(settings);
        QVERIFY(policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0)).playSound);
        QVERIFY(!policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0, 499)).playSound);
        QVERIFY(policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0, 500)).playSound);

        AlertPolicy everyEvent(withoutCoalescing());
        for (int i = 0; i < 12; ++i)
            QVERIFY(everyEvent.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0, i)).playSound);
        QVERIFY(!everyEvent.nextWindowCloseMs());
    }

    void channelsCoalesceIndependently()
    {
        AlertPolicy policy;
        QVERIFY(policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0)).playSound);
        QVERIFY(policy.decide(eventIn(QStringLiteral("critical-server-errors")), at(14, 0, 10)).playSound);
        QVERIFY(policy.decide(eventIn(QStringLiteral("financials")), at(14, 0, 20)).playSound);
    }

    void globalCapSilencesSoundsButNotNotifications()
    {
        AlertSettings settings = withoutCoalescing();
        settings.maxSoundsPerMinute = 3;
        AlertPolicy policy(settings);
        for (int i = 0; i < 3; ++i)
            QVERIFY(policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 0, i * 1000)).playSound);
        const AlertDecision capped = policy.decide(eventIn(QStringLiteral("critical-server-errors")), at(14, 0, 5000));
        QVERIFY(!capped.playSound);
        QVERIFY(capped.notify);
        QCOMPARE(capped.silenced, AlertDecision::Silenced::GlobalCap);
        // A minute after the first sound, one slot is free again.
        QVERIFY(policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 1, 0)).playSound);
        QVERIFY(!policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 1, 1)).playSound);
    }

    void quietHoursAcrossMidnightSilenceSoundsOnly()
    {
        AlertSettings settings = withoutCoalescing();
        settings.quietHours = *QuietHours::parse(QStringLiteral("22:00-07:00"));
        AlertPolicy policy(settings);
        for (const QDateTime &quiet : { at(22, 0), at(23, 59), at(0, 0), at(3, 0), at(6, 59) }) {
            const AlertDecision d = policy.decide(eventIn(QStringLiteral("critical-server-errors"), Level::Crit), quiet);
            QVERIFY2(!d.playSound, qPrintable(quiet.toString()));
            QCOMPARE(d.silenced, AlertDecision::Silenced::QuietHours);
            QVERIFY(d.notify && d.markUnread);
        }
        for (const QDateTime &loud : { at(7, 0), at(12, 0), at(21, 59) })
            QVERIFY2(policy.decide(eventIn(QStringLiteral("critical-server-errors")), loud).playSound,
                     qPrintable(loud.toString()));
    }

    void quietHoursParse()
    {
        const QuietHours lunch = *QuietHours::parse(QStringLiteral("12:00 - 13:30"));
        QVERIFY(lunch.contains(QTime(12, 0)));
        QVERIFY(lunch.contains(QTime(13, 29)));
        QVERIFY(!lunch.contains(QTime(13, 30)));
        QVERIFY(!lunch.contains(QTime(23, 0)));
        QCOMPARE(lunch.toString(), QStringLiteral("12:00-13:30"));
        QVERIFY(QuietHours::parse(QString())->isEmpty());
        QVERIFY(!QuietHours::parse(QString())->contains(QTime(3, 0)));
        QVERIFY(!QuietHours::parse(QStringLiteral("22-7")));
        QVERIFY(!QuietHours::parse(QStringLiteral("25:00-07:00")));
        QVERIFY(QuietHours::parse(QStringLiteral("7:00-7:00"))->isEmpty());
    }

    void muteSilencesEverythingUntilItExpires()
    {
        AlertPolicy policy(withoutCoalescing());
        policy.mute(QStringLiteral("user-behavior"), AlertPolicy::muteEnd(AlertPolicy::MuteSpan::HalfHour, at(14, 0)));
        const AlertDecision muted = policy.decide(eventIn(QStringLiteral("user-behavior"), Level::Crit), at(14, 29));
        QVERIFY(!muted.playSound && !muted.notify && !muted.markUnread);
        QCOMPARE(muted.silenced, AlertDecision::Silenced::Muted);
        QVERIFY(policy.isMuted(QStringLiteral("user-behavior"), at(14, 29)));
        QVERIFY(!policy.isMuted(QStringLiteral("user-behavior"), at(14, 30)));
        QVERIFY(policy.decide(eventIn(QStringLiteral("user-behavior")), at(14, 30)).playSound);
        QVERIFY(policy.decide(eventIn(QStringLiteral("financials")), at(14, 10)).playSound); // other channels unaffected
    }

    void configMuteExpiresAndUnmuteLiftsIt()
    {
        AlertSettings settings = withoutCoalescing();
        ChannelAlertSettings financials = defaultChannelAlertSettings(QStringLiteral("financials"));
        financials.mutedUntil = at(9, 0);
        settings.channels.insert(QStringLiteral("financials"), financials);
        AlertPolicy policy(settings);
        QVERIFY(!policy.decide(eventIn(QStringLiteral("financials")), at(8, 59)).celebrate);
        QVERIFY(policy.decide(eventIn(QStringLiteral("financials")), at(9, 0)).celebrate);

        AlertPolicy lifted(settings);
        lifted.unmute(QStringLiteral("financials"));
        QVERIFY(lifted.decide(eventIn(QStringLiteral("financials")), at(8, 0)).celebrate);
        QVERIFY(!lifted.mutedUntil(QStringLiteral("financials")).isValid());
    }

    void muteSpans()
    {
        QCOMPARE(AlertPolicy::muteEnd(AlertPolicy::MuteSpan::HalfHour, at(23, 50)), at(23, 50).addSecs(1800));
        QCOMPARE(AlertPolicy::muteEnd(AlertPolicy::MuteSpan::Hour, at(14, 0)), at(15, 0));
        QCOMPARE(AlertPolicy::muteEnd(AlertPolicy::MuteSpan::UntilTomorrow, at(23, 50)), at(8, 0).addDays(1));
        QCOMPARE(AlertPolicy::muteEnd(AlertPolicy::MuteSpan::UntilTomorrow, at(0, 10)), at(8, 0).addDays(1));
    }

    void unknownChannelGoesBoldAndEscalatesCrit()
    {
        AlertPolicy policy;
        const AlertDecision plain = policy.decide(eventIn(QStringLiteral("deploys")), at(14, 0));
        QVERIFY(plain.markUnread && !plain.playSound && !plain.notify);
        const AlertDecision crit = policy.decide(eventIn(QStringLiteral("deploys"), Level::Crit), at(14, 0));
        QVERIFY(crit.playSound && crit.escalated);
        QCOMPARE(crit.sound, QStringLiteral("alarm"));
    }

    void soundTurnedOffStillNotifies()
    {
        AlertSettings settings;
        settings.soundEnabled = false;
        AlertPolicy policy(settings);
        const AlertDecision d = policy.decide(eventIn(QStringLiteral("financials")), at(14, 0));
        QVERIFY(!d.playSound);
        QVERIFY(d.notify && d.celebrate);
        QCOMPARE(d.silenced, AlertDecision::Silenced::SoundOff);
    }

    void notificationTextJoinsTitleAndTextAndStaysShort()
    {
        AlertPolicy policy(withoutCoalescing());
        Event titled = eventIn(QStringLiteral("user-behavior"), Level::Info, QStringLiteral("PutObject\n503"));
        titled.title = QStringLiteral("upload failed");
        QCOMPARE(policy.decide(titled, at(14, 0)).notificationText, QStringLiteral("upload failed: PutObject 503"));
        const QString longText = policy.decide(eventIn(QStringLiteral("user-behavior"), Level::Info, QString(500, QLatin1Char('x'))),
                                               at(14, 0))
                                         .notificationText;
        QCOMPARE(longText.size(), 200);
        QVERIFY(longText.endsWith(QChar(0x2026)));
    }

    void volumeIsClampedAndModesParse()
    {
        AlertSettings settings;
        ChannelAlertSettings loud = defaultChannelAlertSettings(QStringLiteral("user-behavior"));
        loud.volume = 3.0;
        settings.channels.insert(QStringLiteral("user-behavior"), loud);
        QCOMPARE(AlertPolicy(settings).decide(eventIn(QStringLiteral("user-behavior")), at(14, 0)).volume, 1.0);
        QCOMPARE(parseNotifyMode(QStringLiteral("Celebrate")), NotifyMode::Celebrate);
        QVERIFY(!parseNotifyMode(QStringLiteral("loud")));
        QCOMPARE(notifyModeNames().join(QLatin1Char(',')), QStringLiteral("ring,bold,mute,celebrate"));
    }

    // What arrived while an attached console was away is one alert per channel, by the desk's
    // own settings.
    void eventsMissedWhileDisconnectedAreOneAlert()
    {
        AlertPolicy policy;
        const AlertDecision ring = policy.decideMissed(QStringLiteral("user-behavior"), 37, 4711, at(14, 0));
        QVERIFY(ring.playSound);
        QCOMPARE(ring.sound, QStringLiteral("service-bell"));
        QVERIFY(ring.notify);
        QCOMPARE(ring.notificationText, QStringLiteral("37 new in #user-behavior while disconnected"));
        QCOMPARE(ring.coalescedCount, 37);
        QCOMPARE(ring.eventId, 4711);
        QVERIFY(ring.markUnread);

        const AlertDecision bold = policy.decideMissed(QStringLiteral("application-stats"), 5, 12, at(14, 0));
        QVERIFY(bold.markUnread);
        QVERIFY(!bold.notify && !bold.playSound);

        policy.mute(QStringLiteral("user-behavior"), at(15, 0));
        const AlertDecision muted = policy.decideMissed(QStringLiteral("user-behavior"), 3, 13, at(14, 30));
        QVERIFY(!muted.markUnread && !muted.notify && !muted.playSound);
        QCOMPARE(muted.silenced, AlertDecision::Silenced::Muted);
    }
};

QTEST_GUILESS_MAIN(TestAlertPolicy)
#include "tst_alertpolicy.moc"
