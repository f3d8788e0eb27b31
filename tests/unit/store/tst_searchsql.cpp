#include "storetesthelpers.h"

#include "store/eventstore.h"
#include "store/searchsql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace bb;
using namespace bb::test;

// The statements a search runs must walk an index newest-first and stop at the page size,
// never sort or scan every match: that is what keeps the first page fast at a million
// events. These tests read SQLite's own query plan for each kind of search.
class TestSearchSql : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QString plan(const SearchQuery &query)
    {
        const SqlStatement statement = searchIdsSql(query, 1000, 51);
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("plan"));
        QSqlQuery explain(db);
        if (!explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql)) {
            qWarning("%s", qPrintable(explain.lastError().text()));
            return {};
        }
        for (const QVariant &value : statement.values)
            explain.addBindValue(value);
        if (!explain.exec()) {
            qWarning("%s", qPrintable(explain.lastError().text()));
            return {};
        }
        QStringList lines;
        while (explain.next())
            lines << explain.value(3).toString();
        return lines.join(QLatin1Char('\n'));
    }

    // "SCAN e": every event visited (not "SCAN events_fts", the full-text index's own walk).
    static QRegularExpression fullScan() { return QRegularExpression(QStringLiteral("^SCAN e\\b"), QRegularExpression::MultilineOption); }

    static SearchQuery query(const QStringList &words = {}, const QStringList &users = {},
                             const QStringList &channels = {})
    {
        SearchQuery q;
        q.words = words;
        q.users = users;
        q.channels = channels;
        return q;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("plans.db"));
        {
            EventStore store;
            QVERIFY(store.open(m_path));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(QStringLiteral("plan")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    }

    void searchesWalkAnIndexNewestFirstWithoutSorting_data()
    {
        QTest::addColumn<SearchQuery>("search");
        QTest::addColumn<QString>("expectedAccess");
        SearchQuery level;
        level.level = Level::Crit;
        SearchQuery sender;
        sender.senders = { QStringLiteral("Stripe") };
        SearchQuery userInChannelAtLevel = query({}, { "alice@example.com" }, { "financials" });
        userInChannelAtLevel.level = Level::Warn;
        userInChannelAtLevel.after = QDateTime::currentDateTimeUtc().addDays(-1);
        QTest::newRow("user:") << query({}, { "alice@example.com" }) << "SCAN event_users VIRTUAL TABLE INDEX 192:";
        QTest::newRow("in:") << query({}, {}, { "financials" }) << "USING COVERING INDEX events_channel_id (channel=? AND id<?)";
        QTest::newRow("level:") << level << "USING COVERING INDEX events_level_id (level=? AND id<?)";
        QTest::newRow("from:") << sender << "USING COVERING INDEX events_sender_id";
        // FTS5's plan number 192: ordered by rowid, descending (fts5BestIndexMethod).
        QTest::newRow("word") << query({ "payment" }) << "SCAN events_fts VIRTUAL TABLE INDEX 192:";
        QTest::newRow("word + in:") << query({ "payment" }, {}, { "financials" }) << "SCAN events_fts VIRTUAL TABLE INDEX 192:";
        QTest::newRow("user: + word") << query({ "payment" }, { "alice@example.com" }) << "SCAN event_users VIRTUAL TABLE INDEX 192:";
        QTest::newRow("user: + in: + level: + after:") << userInChannelAtLevel << "SCAN event_users VIRTUAL TABLE INDEX 192:";
        QTest::newRow("everything") << SearchQuery() << "SEARCH e USING INTEGER PRIMARY KEY (rowid<?)";
    }
    void searchesWalkAnIndexNewestFirstWithoutSorting()
    {
        QFETCH(SearchQuery, search);
        QFETCH(QString, expectedAccess);
        const QString text = plan(search);
        QVERIFY2(text.contains(expectedAccess), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
        QVERIFY2(!text.contains(fullScan()), qPrintable(text));
    }

    // Several channels: each walks its own range; only the pages are merged.
    void alternativesMergeOnlyTheirFirstPages()
    {
        const QString text = plan(query({}, {}, { "financials", "user-behavior" }));
        QCOMPARE(text.count(QLatin1String("USING COVERING INDEX events_channel_id (channel=? AND id<?)")), 2);
        QVERIFY2(!text.contains(fullScan()), qPrintable(text));
    }

    void timeWindowIsFoundOnTheTimeIndex()
    {
        SearchQuery q;
        q.after = QDateTime::currentDateTimeUtc().addDays(-1);
        const SqlStatement statement = timeWindowSql(q, 50000);
        QSqlQuery explain(QSqlDatabase::database(QStringLiteral("plan")));
        QVERIFY(explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql));
        for (const QVariant &value : statement.values)
            explain.addBindValue(value);
        QVERIFY(explain.exec());
        QStringList lines;
        while (explain.next())
            lines << explain.value(3).toString();
        QVERIFY2(lines.join('\n').contains(QLatin1String("USING COVERING INDEX events_received_at (received_at_ms>?)")),
                 qPrintable(lines.join('\n')));
    }

    void everyTermIsAQuotedFtsString()
    {
        SearchQuery q;
        q.words = { QStringLiteral("NEAR(a"), QStringLiteral("pay*"), QStringLiteral("say\"hi"), QStringLiteral("***") };
        q.phrases = { QStringLiteral("payment failed") };
        q.excludedWords = { QStringLiteral("OR"), QStringLiteral("-") };
        QCOMPARE(ftsMatchExpression(q),
                 QStringLiteral("(\"NEAR(a\" AND \"pay\" * AND \"say\"\"hi\" AND \"payment failed\") NOT (\"OR\")"));
    }
};

QTEST_GUILESS_MAIN(TestSearchSql)
#include "tst_searchsql.moc"
