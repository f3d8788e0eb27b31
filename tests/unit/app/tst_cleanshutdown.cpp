// A server told to stop (SIGTERM) at any moment after it starts to answer exits cleanly: the
// signal handler is in place before anything listens, so the signal is always a clean quit
// (exit code 0, the store closed), never the default action that kills the process.
#include "bellboardinstance.h"

#include <QTest>

class TestCleanShutdown : public QObject
{
    Q_OBJECT

private slots:
    void sigtermAsSoonAsItAnswersExitsCleanly()
    {
        BellboardInstance server;
        QVERIFY2(server.start(), server.serverErrors().constData());
        const HttpAnswer posted = httpRequest("POST", server.url(QStringLiteral("/c/ops")), "acknowledged before the signals");
        QCOMPARE(posted.status, 200);
        server.stop();

        for (int round = 0; round < 8; ++round) {
            // start() returns at the first 200 from /healthz; stop() sends SIGTERM at once and
            // fails the test unless the exit is normal with code 0.
            QVERIFY2(server.start(), server.serverErrors().constData());
            server.stop();
            QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
            QCOMPARE(server.process().exitCode(), 0);
        }

        const BellboardInstance::Result found = server.run({ QStringLiteral("search"), QStringLiteral("signals") });
        QCOMPARE(found.exitCode, 0);
        QVERIFY2(found.out.contains("acknowledged before the signals"), found.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCleanShutdown)
#include "tst_cleanshutdown.moc"
