#include "../app/bellboardinstance.h"
#include "nullsink.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// Bellboard as a user runs it (the real binary, headless), playing into a real PulseAudio
// null sink whose monitor is recorded: what the tests hear is what a speaker would get.
class TestSoundPlayback : public QObject
{
    Q_OBJECT

    NullSink m_sink;

    void startBellboard(BellboardInstance &bellboard, const QProcessEnvironment &environment)
    {
        for (const QString &name : { QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("HOME"), QStringLiteral("PULSE_SERVER") })
            bellboard.setEnvironmentVariable(name, environment.value(name));
        if (!bellboard.start()) // (not QVERIFY2: its message would consume stderr even on success)
            QFAIL(bellboard.serverErrors().constData());
    }

    static int post(const BellboardInstance &bellboard, const QString &channel, const QByteArray &text)
    {
        return httpRequest("POST", bellboard.url(QStringLiteral("/c/") + channel), text).status;
    }

    // "Maximum amplitude: 0.53" from `sox FILE -n stat`.
    static double soxPeak(const QString &wavPath)
    {
        QProcess sox;
        sox.start(QStringLiteral("sox"), { wavPath, QStringLiteral("-n"), QStringLiteral("stat") });
        sox.waitForFinished(10'000);
        const QString report = QString::fromLocal8Bit(sox.readAllStandardError());
        const QRegularExpressionMatch match =
                QRegularExpression(QStringLiteral("Maximum amplitude:\\s*([0-9.]+)")).match(report);
        return match.hasMatch() ? match.captured(1).toDouble() : -1;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_sink.start(&why), qPrintable(why));
    }

    void aSignUpRingsTheServiceBellOnTheSpeaker()
    {
        BellboardInstance bellboard;
        startBellboard(bellboard, m_sink.environment());
        MonitorRecorder recorder(m_sink.environment());
        QString why;
        QVERIFY2(recorder.start(&why), qPrintable(why));
        QCOMPARE(recorder.onsetCount(), 0);

        QCOMPARE(post(bellboard, QStringLiteral("user-behavior"), "New user registration! alice@example.com"), 200);
        QVERIFY2(recorder.waitFor([&] { return recorder.onsetCount() == 1; }, 10'000), "no sound reached the sink");
        // Record the bell to its end, then let sox measure what arrived.
        QVERIFY(recorder.waitFor([&] { return recorder.isSilentNow(); }, 10'000));
        const QString wav = m_sink.dir() + QStringLiteral("/bell.wav");
        QVERIFY(recorder.writeWav(wav));
        const double peak = soxPeak(wav);
        // The bell is normalised to -3 dBFS and played at the default volume 0.8: ~0.54.
        QVERIFY2(peak > 0.3, qPrintable(QStringLiteral("sox peak %1").arg(peak)));
        QCOMPARE(recorder.onsetCount(), 1);
        bellboard.stop();
        const QByteArray errors = bellboard.serverErrors();
        QVERIFY2(!errors.contains("Sound is unavailable"), errors.constData());
    }

    void boldAndMutedChannelsStaySilent()
    {
        BellboardInstance bellboard("[[channels]]\nname = \"user-behavior\"\nmute = \"1h\"\n");
        startBellboard(bellboard, m_sink.environment());
        MonitorRecorder recorder(m_sink.environment());
        QString why;
        QVERIFY2(recorder.start(&why), qPrintable(why));
        QCOMPARE(post(bellboard, QStringLiteral("application-stats"), "nightly cleanup: 1,204 rows removed"), 200);
        QCOMPARE(post(bellboard, QStringLiteral("user-behavior"), "muted sign-up"), 200);
        // Then a ringing channel, as a marker: once its alarm is heard, anything the quiet
        // events had played would have been heard before it.
        QCOMPARE(post(bellboard, QStringLiteral("critical-server-errors"), "disk full"), 200);
        QVERIFY(recorder.waitFor([&] { return recorder.onsetCount() >= 1; }, 10'000));
        QVERIFY(recorder.waitFor([&] { return recorder.isSilentNow(); }, 10'000));
        QCOMPARE(recorder.onsetCount(), 1);
    }

    // Qt 6.4 drops about half of the plays of a reused QSoundEffect; every alert the policy
    // lets through must be heard.
    void twelveAlertsInARowGiveTwelveSounds()
    {
        BellboardInstance bellboard("[alerts]\ncoalesce = \"0s\"\nmax_sounds_per_minute = 0\n"
                                    "[[channels]]\nname = \"user-behavior\"\nsound = \"soft-pop\"\n");
        startBellboard(bellboard, m_sink.environment());
        MonitorRecorder recorder(m_sink.environment());
        QString why;
        QVERIFY2(recorder.start(&why), qPrintable(why));
        for (int i = 1; i <= 12; ++i) {
            QCOMPARE(post(bellboard, QStringLiteral("user-behavior"), "sign-up " + QByteArray::number(i)), 200);
            QVERIFY2(recorder.waitFor([&] { return recorder.onsetCount() == i; }, 5'000),
                     qPrintable(QStringLiteral("alert %1 was not heard (%2 sounds so far)").arg(i).arg(recorder.onsetCount())));
            QVERIFY(recorder.waitFor([&] { return recorder.isSilentNow(); }, 5'000));
        }
        QCOMPARE(recorder.onsetCount(), 12);
    }

    void withoutAnAudioServerBellboardSaysSoOnceAndKeepsWorking()
    {
        BellboardInstance bellboard;
        QProcessEnvironment nowhere = m_sink.environment();
        nowhere.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + m_sink.dir() + QStringLiteral("/no-such-socket"));
        startBellboard(bellboard, nowhere);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(bellboard, QStringLiteral("user-behavior"), "New user registration!"), 200);
        QCOMPARE(httpRequest("GET", bellboard.url(QStringLiteral("/healthz"))).status, 200);
        bellboard.stop();
        const QString errors = QString::fromLocal8Bit(bellboard.serverErrors());
        QCOMPARE(errors.count(QStringLiteral("Sound is unavailable")), 1);
        QVERIFY2(errors.contains(QStringLiteral("no audio output device was found")), qPrintable(errors));
    }

    // An office PC starts Bellboard at login, often before the audio server is up. Qt 6.4's
    // PulseAudio backend never retries a connection that failed at start, so Bellboard plays
    // from a child it restarts until the child finds an output; the alert after that is heard.
    void soundComesBackWhenTheAudioServerStartsAfterBellboard()
    {
        NullSink late;
        BellboardInstance bellboard("[alerts]\ncoalesce = \"0s\"\nmax_sounds_per_minute = 0\n");
        startBellboard(bellboard, late.environment());
        QByteArray errors;
        const auto waitForErrors = [&](const QByteArray &text, int timeoutMs) {
            QElapsedTimer timer;
            timer.start();
            while (!errors.contains(text) && timer.elapsed() < timeoutMs) {
                bellboard.process().waitForReadyRead(100);
                errors += bellboard.serverErrors();
            }
            return errors.contains(text);
        };
        QVERIFY2(waitForErrors("Sound is unavailable", 10'000), errors.constData());

        QString why;
        QVERIFY2(late.start(&why), qPrintable(why));
        MonitorRecorder recorder(late.environment());
        QVERIFY2(recorder.start(&why), qPrintable(why));
        // Said once on stderr when an output is found (within seconds; generous for sanitizers).
        waitForErrors("Sound is available again", 30'000);

        const qint64 postedNs = monotonicNs();
        QCOMPARE(post(bellboard, QStringLiteral("user-behavior"), "New user registration! bob@example.com"), 200);
        QVERIFY2(recorder.waitFor([&] { return recorder.onsetCount() == 1; }, 10'000),
                 qPrintable(QStringLiteral("no sound reached the sink; Bellboard said:\n") + QString::fromLocal8Bit(errors)));
        // For the record, not asserted: the child adds a pipe write to the path of an alert.
        qInfo("request to sound at the sink through the child: %lld ms", (recorder.onsetsNs().first() - postedNs) / 1'000'000);
        QVERIFY(recorder.waitFor([&] { return recorder.isSilentNow(); }, 10'000));
        const QString wav = late.dir() + QStringLiteral("/late-bell.wav");
        QVERIFY(recorder.writeWav(wav));
        const double peak = soxPeak(wav);
        QVERIFY2(peak > 0.3, qPrintable(QStringLiteral("sox peak %1").arg(peak)));
        bellboard.stop();
        errors += bellboard.serverErrors();
        QCOMPARE(errors.count("Sound is unavailable"), 1);
        QCOMPARE(errors.count("Sound is available again"), 1);
    }
};

QTEST_GUILESS_MAIN(TestSoundPlayback)
#include "tst_soundplayback.moc"
