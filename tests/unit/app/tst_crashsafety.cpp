// "A 200 means it is on disk": under continuous HTTP load, SIGKILL the server at random
// moments, restart it, and check that every acknowledged event is stored exactly once and
// the database is intact.
#include "bellboardinstance.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

namespace {

constexpr int kClients = 4;
constexpr int kRounds = 5;

// One keep-alive client posting numbered events one after another; it remembers which
// of them the server acknowledged with 200.
class LoadClient : public QObject
{
public:
    LoadClient(int id, quint16 port, QSet<QByteArray> *acknowledged)
        : m_id(id), m_acknowledged(acknowledged)
    {
        connect(&m_socket, &QTcpSocket::connected, this, &LoadClient::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &LoadClient::readAnswer);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    static int nextSequence;

private:
    void sendNext()
    {
        m_pending = QByteArray("crash-") + QByteArray::number(m_id) + '-' + QByteArray::number(nextSequence++);
        m_socket.write("POST /c/crash HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(m_pending.size())
                       + "\r\n\r\n" + m_pending);
    }

    void readAnswer()
    {
        m_buffer += m_socket.readAll();
        const int end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || m_buffer.size() < end + 4 + 2) // every answer here is "ok" or an error word
            return;
        if (m_buffer.startsWith("HTTP/1.1 200"))
            m_acknowledged->insert(m_pending);
        m_buffer.clear();
        sendNext();
    }

    int m_id;
    QSet<QByteArray> *m_acknowledged;
    QTcpSocket m_socket;
    QByteArray m_pending;
    QByteArray m_buffer;
};

int LoadClient::nextSequence = 0;

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void everyAcknowledgedEventSurvivesSigkill()
    {
        BellboardInstance bellboard;
        QSet<QByteArray> acknowledged;
        for (int round = 0; round < kRounds; ++round) {
            QVERIFY2(bellboard.start(), bellboard.serverErrors().constData());
            {
                std::vector<std::unique_ptr<LoadClient>> clients;
                for (int id = 0; id < kClients; ++id)
                    clients.push_back(std::make_unique<LoadClient>(id, bellboard.port(), &acknowledged));
                QTest::qWait(150 + QRandomGenerator::global()->bounded(600));
                bellboard.kill(); // mid-load: some requests are in flight, some commits half done
                QTest::qWait(50);
            }
        }
        QVERIFY2(acknowledged.size() > 100, "the load generator should have had many events acknowledged");

        // A restart after the last kill must come up on the same store (recovery works).
        QVERIFY(bellboard.start());
        bellboard.stop();

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(bellboard.databaseFile());
        QVERIFY(db.open());
        {
            QSqlQuery integrity(db);
            QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));

            QHash<QByteArray, int> stored;
            QSqlQuery rows(db);
            QVERIFY(rows.exec(QStringLiteral("SELECT text FROM events WHERE channel = 'crash'")));
            while (rows.next())
                ++stored[rows.value(0).toString().toUtf8()];
            for (auto it = stored.cbegin(); it != stored.cend(); ++it)
                QVERIFY2(it.value() == 1, it.key().constData()); // never twice
            for (const QByteArray &marker : std::as_const(acknowledged))
                QVERIFY2(stored.contains(marker), marker.constData()); // never lost
            qInfo("%d events acknowledged across %d SIGKILLs, %d stored", int(acknowledged.size()), kRounds, int(stored.size()));
        }
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
