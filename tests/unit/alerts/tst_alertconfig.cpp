#include "alerts/alertcenter.h"
#include "app/config/config.h"

#include <QSignalSpy>
#include <QTest>

using namespace bb;

// bellboard.toml's alert keys, and the AlertCenter a config produces.
class TestAlertConfig : public QObject
{
    Q_OBJECT

    static ConfigLoadResult parse(const QByteArray &text) { return parseConfig(text, QStringLiteral("test")); }

private slots:
    void shippedFileGivesTheSeedChannelsTheirSounds()
    {
        const ConfigLoadResult loaded = parse(defaultConfigText());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const AlertSettings settings = alertSettings(loaded.config, QDateTime::currentDateTime());
        QCOMPARE(settings.coalesceMs, 2000);
        QCOMPARE(settings.maxSoundsPerMinute, 20);
        QVERIFY(settings.quietHours.isEmpty());
        QVERIFY(settings.escalateCrit);
        for (const QString &channel : { QStringLiteral("critical-server-errors"), QStringLiteral("non-critical-server-errors"),
                                        QStringLiteral("financials"), QStringLiteral("user-behavior"),
                                        QStringLiteral("application-stats") }) {
            const ChannelAlertSettings fromFile = settings.forChannel(channel);
            const ChannelAlertSettings builtIn = defaultChannelAlertSettings(channel);
            QCOMPARE(fromFile.mode, builtIn.mode);
            QCOMPARE(fromFile.sound, builtIn.sound);
        }
    }

    void anEntryWithOnlyANameKeepsTheChannelsDefaults()
    {
        const ConfigLoadResult loaded = parse("[[channels]]\nname = \"financials\"\nvolume = 0.5\n");
        QVERIFY(loaded.ok());
        const ChannelAlertSettings financials = alertSettings(loaded.config, QDateTime::currentDateTime())
                                                        .forChannel(QStringLiteral("financials"));
        QCOMPARE(financials.mode, NotifyMode::Celebrate);
        QCOMPARE(financials.sound, QStringLiteral("cash-register"));
        QCOMPARE(financials.volume, 0.5);
    }

    void alertKeysAreRead()
    {
        const ConfigLoadResult loaded = parse("[alerts]\nsound = false\ncoalesce = \"5s\"\nmax_sounds_per_minute = 6\n"
                                              "quiet_hours = \"22:00-07:00\"\nescalate_crit = false\n"
                                              "[[channels]]\nname = \"ops\"\nnotify = \"ring\"\nsound = \"chime\"\n"
                                              "escalate_crit = true\nmuted_until = \"2026-11-25T09:00\"\n");
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const AlertSettings settings = alertSettings(loaded.config, QDateTime::currentDateTime());
        QVERIFY(!settings.soundEnabled);
        QCOMPARE(settings.coalesceMs, 5000);
        QCOMPARE(settings.maxSoundsPerMinute, 6);
        QCOMPARE(settings.quietHours.toString(), QStringLiteral("22:00-07:00"));
        QVERIFY(!settings.escalateCrit);
        const ChannelAlertSettings ops = settings.forChannel(QStringLiteral("ops"));
        QCOMPARE(ops.mode, NotifyMode::Ring);
        QCOMPARE(ops.escalateCrit, std::optional<bool>(true));
        QCOMPARE(ops.mutedUntil, QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
    }

    void aMuteDurationCountsFromStart()
    {
        const ConfigLoadResult loaded = parse("[[channels]]\nname = \"financials\"\nmute = \"30m\"\n");
        QVERIFY(loaded.ok());
        const QDateTime start(QDate(2026, 11, 24), QTime(14, 0));
        QCOMPARE(alertSettings(loaded.config, start).forChannel(QStringLiteral("financials")).mutedUntil,
                 QDateTime(QDate(2026, 11, 24), QTime(14, 30)));
    }

    void badValuesAreReportedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("volume") << QByteArray("[[channels]]\nname = \"ops\"\nvolume = 1.5\n")
                                << QStringLiteral("config line 3: 'volume' must be a number from 0 to 1");
        QTest::newRow("sound") << QByteArray("[[channels]]\nname = \"ops\"\nsound = \"airhorn\"\n")
                               << QStringLiteral("config line 3: sound: 'airhorn' is neither a bundled sound");
        QTest::newRow("ogg") << QByteArray("[[channels]]\nname = \"ops\"\nsound = \"/nonexistent/bell.ogg\"\n")
                             << QStringLiteral("config line 3: sound: /nonexistent/bell.ogg does not exist");
        QTest::newRow("muted_until") << QByteArray("[[channels]]\nname = \"ops\"\nmuted_until = \"tomorrow\"\n")
                                     << QStringLiteral("config line 3: 'muted_until' must be a local date and time");
        QTest::newRow("escalate_crit") << QByteArray("[[channels]]\nname = \"ops\"\nescalate_crit = \"yes\"\n")
                                       << QStringLiteral("config line 3: 'escalate_crit' must be true or false");
        QTest::newRow("quiet_hours") << QByteArray("\n[alerts]\nquiet_hours = \"10pm-7am\"\n")
                                     << QStringLiteral("config line 3: 'quiet_hours' must look like \"22:00-07:00\"");
        QTest::newRow("coalesce") << QByteArray("[alerts]\ncoalesce = \"soon\"\n")
                                  << QStringLiteral("config line 2: 'coalesce' must be a duration");
        QTest::newRow("unknown key") << QByteArray("[alerts]\nvolume = 1\n")
                                     << QStringLiteral("config line 2: unknown key 'volume' in [alerts]");
    }

    void badValuesAreReportedWithTheirLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const ConfigLoadResult loaded = parse(text);
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY2(loaded.errors.first().startsWith(error), qPrintable(loaded.errors.first()));
    }

    void alertCenterReportsABurstAndUnreadCounts()
    {
        AlertSettings settings;
        settings.coalesceMs = 50;
        AlertCenter center(settings, nullptr);
        QSignalSpy notifications(&center, &AlertCenter::notificationRequested);
        QSignalSpy sounds(&center, &AlertCenter::soundRequested);
        QSignalSpy celebrations(&center, &AlertCenter::celebrationRequested);
        EventList burst;
        for (int i = 1; i <= 12; ++i) {
            Event event;
            event.id = i;
            event.channel = QStringLiteral("user-behavior");
            event.text = QStringLiteral("sign-up %1").arg(i);
            burst << event;
        }
        center.handleEvents(burst);
        QCOMPARE(sounds.size(), 1);
        QCOMPARE(center.unreadCount(QStringLiteral("user-behavior")), 12);
        QCOMPARE(notifications.size(), 1);
        QCOMPARE(notifications.first().at(1).toString(), QStringLiteral("sign-up 1"));
        // The window's timer sums the burst up.
        QVERIFY(notifications.wait(5000));
        QCOMPARE(notifications.last().at(1).toString(), QStringLiteral("12 new in #user-behavior"));
        QCOMPARE(notifications.last().at(2).toLongLong(), 12);

        Event payment;
        payment.id = 13;
        payment.channel = QStringLiteral("financials");
        center.handleEvents({ payment });
        QCOMPARE(celebrations.size(), 1);
        QCOMPARE(sounds.last().at(1).toString(), QStringLiteral("cash-register"));

        QSignalSpy unread(&center, &AlertCenter::unreadChanged);
        center.markRead(QStringLiteral("user-behavior"));
        QCOMPARE(unread.size(), 1);
        QCOMPARE(center.unreadCount(QStringLiteral("user-behavior")), 0);
    }

    void mutingFromTheSidebarSilencesAndAnnouncesItsEnd()
    {
        AlertCenter center(AlertSettings{}, nullptr);
        QSignalSpy mutes(&center, &AlertCenter::muteChanged);
        QSignalSpy sounds(&center, &AlertCenter::soundRequested);
        center.mute(QStringLiteral("user-behavior"), QDateTime::currentDateTime().addMSecs(100));
        QCOMPARE(mutes.size(), 1);
        QVERIFY(center.mutedUntil(QStringLiteral("user-behavior")).isValid());
        Event event;
        event.channel = QStringLiteral("user-behavior");
        center.handleEvents({ event });
        QCOMPARE(sounds.size(), 0);
        QVERIFY(mutes.wait(5000)); // the mute ran out
        QVERIFY(!mutes.last().at(1).toDateTime().isValid());
        center.handleEvents({ event });
        QCOMPARE(sounds.size(), 1);

        center.mute(QStringLiteral("financials"), AlertPolicy::MuteSpan::Hour);
        center.unmute(QStringLiteral("financials"));
        QVERIFY(!center.mutedUntil(QStringLiteral("financials")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAlertConfig)
#include "tst_alertconfig.moc"
