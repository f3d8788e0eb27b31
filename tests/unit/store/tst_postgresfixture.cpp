#include "store/postgresfixture.h"

#include <QTest>

using namespace bb::test;

// The fixture itself: the PostgreSQL tests build on it starting, restarting and crashing a
// private server reliably, as root (CI) or not.
class TestPostgresFixture : public QObject
{
    Q_OBJECT

private slots:
    void startsAPrivateServer()
    {
        PostgresFixture server;
        QVERIFY2(server.setUp(), qPrintable(server.error()));
        QVERIFY(server.isRunning());
        QCOMPARE(server.psql(QStringLiteral("SELECT 1 + 1")), QStringLiteral("2"));
        // Its socket is in its own folder, not the system's.
        QCOMPARE(server.psql(QStringLiteral("SHOW unix_socket_directories")), server.socketDirectory());
    }

    void survivesARestartAndAKill()
    {
        PostgresFixture server;
        QVERIFY2(server.setUp(), qPrintable(server.error()));
        server.psql(QStringLiteral("CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)"));
        QVERIFY(server.stop());
        QVERIFY(!server.isRunning());
        QVERIFY2(server.start(), qPrintable(server.error()));
        QCOMPARE(server.psql(QStringLiteral("SELECT n FROM kept")), QStringLiteral("7"));
        QVERIFY(server.kill());
        QVERIFY(server.psql(QStringLiteral("SELECT 1")) != QStringLiteral("1")); // nobody answers
        QVERIFY2(server.start(), qPrintable(server.error()));
        QCOMPARE(server.psql(QStringLiteral("SELECT n FROM kept")), QStringLiteral("7"));
    }

    void stopsTheServerWhenDestroyed()
    {
        QString dataPid;
        {
            PostgresFixture server;
            QVERIFY2(server.setUp(), qPrintable(server.error()));
            dataPid = server.socketDirectory() + QStringLiteral("/data/postmaster.pid");
            QVERIFY(QFile::exists(dataPid));
        }
        QVERIFY(!QFile::exists(dataPid));
    }
};

QTEST_GUILESS_MAIN(TestPostgresFixture)
#include "tst_postgresfixture.moc"
