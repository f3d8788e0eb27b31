// "A 200 means it is on disk": under continuous HTTP load, SIGKILL the server at random
// moments, restart it, and check that every acknowledged event is stored exactly once and
// the database is intact, after every round.
//
// The kill moments come from a seed that the test prints; BB_CRASH_SEED=<seed> replays a run.
#include "bellboardinstance.h"
#include "keepalivesender.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

constexpr int kClients = 6;
constexpr int kRounds = 6;

// What the load generator knows: which markers it sent, and which of them got a 200.
struct Ledger
{
    QSet<QByteArray> sent;
    QSet<QByteArray> acknowledged;
    int nextSequence = 0;
};

// One keep-alive client posting numbered events one after another, recording each in the ledger.
std::unique_ptr<KeepAliveSender> loadClient(int id, quint16 port, Ledger *ledger)
{
    const QByteArray prefix = "crash-" + QByteArray::number(id) + '-';
    return std::make_unique<KeepAliveSender>(
            port, "/c/crash",
            [=] {
                const QByteArray marker = prefix + QByteArray::number(ledger->nextSequence++);
                ledger->sent.insert(marker);
                return marker;
            },
            [=](const QByteArray &marker, int status) {
                if (status == 200)
                    ledger->acknowledged.insert(marker);
            });
}

quint32 crashSeed()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("BB_CRASH_SEED").toUInt(&ok);
    return ok ? fromEnvironment : QRandomGenerator::system()->generate();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void everyAcknowledgedEventSurvivesSigkill();

private:
    // The store as a fresh reader finds it after a crash: intact, each acknowledged event
    // once, nothing that was never sent.
    void checkStore(const QString &databaseFile, const Ledger &ledger, const QByteArray &when);
};

void TestCrashSafety::everyAcknowledgedEventSurvivesSigkill()
{
    const quint32 seed = crashSeed();
    qInfo("crash seed %u (rerun with BB_CRASH_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);

    BellboardInstance bellboard;
    Ledger ledger;
    for (int round = 0; round < kRounds; ++round) {
        QVERIFY2(bellboard.start(), bellboard.serverErrors().constData());
        // From almost at once (the store has barely opened) to well into steady load.
        const int killAfterMs = int(random.bounded(20, 700));
        {
            std::vector<std::unique_ptr<KeepAliveSender>> clients;
            for (int id = 0; id < kClients; ++id)
                clients.push_back(loadClient(round * kClients + id, bellboard.port(), &ledger));
            QTest::qWait(killAfterMs);
            bellboard.kill(); // mid-load: requests in flight, a group commit perhaps half written
            QTest::qWait(20);
        }
        qInfo("round %d: SIGKILL after %d ms; %d acknowledged so far", round, killAfterMs, int(ledger.acknowledged.size()));
        checkStore(bellboard.databaseFile(), ledger, "after round " + QByteArray::number(round) + ", seed " + QByteArray::number(seed));
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(ledger.acknowledged.size() > 100, "the load generator should have had many events acknowledged");

    // A restart after the last kill must come up on the same store (recovery works) and keep serving.
    QVERIFY(bellboard.start());
    QCOMPARE(httpRequest("POST", bellboard.url(QStringLiteral("/c/crash")), "after-the-crashes").status, 200);
    bellboard.stop();
    ledger.sent.insert("after-the-crashes");
    ledger.acknowledged.insert("after-the-crashes");
    checkStore(bellboard.databaseFile(), ledger, "after the final restart, seed " + QByteArray::number(seed));
}

void TestCrashSafety::checkStore(const QString &databaseFile, const Ledger &ledger, const QByteArray &when)
{
    const QString connection = QStringLiteral("check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databaseFile);
        QVERIFY2(db.open(), when.constData());
        QSqlQuery integrity(db);
        QVERIFY2(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next(), when.constData());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));

        QHash<QByteArray, int> stored;
        QSqlQuery rows(db);
        QVERIFY2(rows.exec(QStringLiteral("SELECT text FROM events WHERE channel = 'crash'")), when.constData());
        while (rows.next())
            ++stored[rows.value(0).toString().toUtf8()];
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            QVERIFY2(it.value() == 1, (when + ": stored twice: " + it.key()).constData());
            QVERIFY2(ledger.sent.contains(it.key()), (when + ": never sent: " + it.key()).constData());
        }
        for (const QByteArray &marker : ledger.acknowledged)
            QVERIFY2(stored.contains(marker), (when + ": acknowledged but lost: " + marker).constData());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
