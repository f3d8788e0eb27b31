// The parts of wall tiles that need no store: matching a query in memory, and the comparison.
#include "core/eventmatch.h"
#include "core/walltile.h"

#include <QTest>

using namespace bb;

namespace {
Event eventIn(const QString &channel, const QString &text, qint64 atMs = 0)
{
    Event e;
    e.channel = channel;
    e.text = text;
    e.senderName = QStringLiteral("signup-service");
    e.receivedAtMs = atMs;
    return e;
}

bool matches(const QString &query, const Event &e, const QDateTime &now = QDateTime::currentDateTime())
{
    const QueryParseResult parsed = parseSearchQuery(query, now);
    if (!parsed.ok())
        qWarning("%s", qPrintable(parsed.error));
    return eventMatches(parsed.query, e);
}
} // namespace

class TestWallTiles : public QObject
{
    Q_OBJECT
private slots:
    void matchingFollowsTheQueryLanguage()
    {
        const Event signup = eventIn(QStringLiteral("user-behavior"), QStringLiteral("New user registration! alice@example.com"));
        QVERIFY(matches(QStringLiteral("in:#user-behavior"), signup));
        QVERIFY(!matches(QStringLiteral("in:#financials"), signup));
        QVERIFY(matches(QStringLiteral("in:#financials in:#user-behavior"), signup)); // alternatives
        QVERIFY(matches(QStringLiteral(R"("new user registration")"), signup));
        QVERIFY(matches(QStringLiteral("REGISTRATION new"), signup)); // words in any order, any case
        QVERIFY(!matches(QStringLiteral(R"("user new")"), signup));   // a phrase keeps its order
        QVERIFY(matches(QStringLiteral("regist*"), signup));
        QVERIFY(!matches(QStringLiteral("regist"), signup)); // whole words only
        QVERIFY(!matches(QStringLiteral("new -registration"), signup));
        QVERIFY(matches(QStringLiteral("new -payment"), signup));
        QVERIFY(matches(QStringLiteral("from:Signup-Service"), signup));
        QVERIFY(matches(QStringLiteral("level:info"), signup));
        QVERIFY(!matches(QStringLiteral("level:crit"), signup));
        QVERIFY(matches(QStringLiteral("example"), signup)); // "alice@example.com" is three tokens to FTS5
        QVERIFY(matches(QStringLiteral("!!!"), signup));     // nothing to search: ignored, as in SQL
        Event withUser = signup;
        withUser.users << QStringLiteral("alice@example.com");
        QVERIFY(matches(QStringLiteral("user:alice@example.com"), withUser));
        QVERIFY(!matches(QStringLiteral("user:bob@example.com"), withUser));
        Event accented = eventIn(QStringLiteral("x"), QStringLiteral("Café crème"));
        QVERIFY(matches(QStringLiteral("cafe creme"), accented)); // diacritics removed, as unicode61 does
        Event attached = eventIn(QStringLiteral("x"), QString());
        attached.attachmentsJson = R"([{"color":"good","fields":[{"title":"Plan","value":"Business"}]}])";
        QVERIFY(matches(QStringLiteral("business"), attached));
        QVERIFY(!matches(QStringLiteral("good"), attached)); // colours are not text
    }

    void matchingChecksTheTimeWindow()
    {
        const QDateTime now(QDate(2026, 12, 2), QTime(14, 5), Qt::LocalTime);
        const qint64 todayStart = QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
        QVERIFY(matches(QStringLiteral("today"), eventIn(QStringLiteral("x"), QStringLiteral("a"), todayStart), now));
        QVERIFY(!matches(QStringLiteral("today"), eventIn(QStringLiteral("x"), QStringLiteral("a"), todayStart - 1), now));
        QVERIFY(matches(QStringLiteral("after:yesterday before:today"), eventIn(QStringLiteral("x"), QStringLiteral("a"), todayStart - 1), now));
    }

    void comparisonIsTheSameSpanEarlierUpToTheSameTime()
    {
        const QDateTime now(QDate(2026, 12, 2), QTime(14, 5), Qt::LocalTime);
        const SearchQuery today = parseSearchQuery(QStringLiteral("in:#user-behavior today"), now).query;
        const auto yesterday = comparisonQuery(today, TileComparison::Yesterday, now);
        QVERIFY(yesterday);
        QCOMPARE(yesterday->after, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::LocalTime));
        QCOMPARE(yesterday->before, QDateTime(QDate(2026, 12, 1), QTime(14, 5), Qt::LocalTime));
        QCOMPARE(yesterday->channels, today.channels);
        const auto lastWeek = comparisonQuery(today, TileComparison::LastWeek, now);
        QCOMPARE(lastWeek->after, QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::LocalTime));
        QCOMPARE(lastWeek->before, QDateTime(QDate(2026, 11, 25), QTime(14, 5), Qt::LocalTime));
        // A window that ended before now keeps its own end, moved back.
        const SearchQuery morning = parseSearchQuery(QStringLiteral("after:2026-12-02T06:00 before:2026-12-02T09:00"), now).query;
        const auto morningBefore = comparisonQuery(morning, TileComparison::Yesterday, now);
        QCOMPARE(morningBefore->before, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::LocalTime));
        // Nothing to move: no comparison.
        QVERIFY(!comparisonQuery(parseSearchQuery(QStringLiteral("in:#x"), now).query, TileComparison::Yesterday, now));
        QVERIFY(!comparisonQuery(today, TileComparison::None, now));
    }

    void percentChangeRoundsToWholePercent()
    {
        QCOMPARE(percentChange(15, 12), std::optional<qint64>(25));
        QCOMPARE(percentChange(112, 100), std::optional<qint64>(12));
        QCOMPARE(percentChange(9, 12), std::optional<qint64>(-25));
        QCOMPARE(percentChange(10, 10), std::optional<qint64>(0));
        QCOMPARE(percentChange(2, 3), std::optional<qint64>(-33));
        QCOMPARE(percentChange(1, 8), std::optional<qint64>(-88)); // -87.5 rounds away from zero
        QCOMPARE(percentChange(5, 0), std::optional<qint64>());
    }

    void comparisonNamesAndDefaults()
    {
        QCOMPARE(tileComparisonFromName(QStringLiteral("yesterday")), std::optional<TileComparison>(TileComparison::Yesterday));
        QCOMPARE(tileComparisonFromName(QStringLiteral("last_week")), std::optional<TileComparison>(TileComparison::LastWeek));
        QVERIFY(!tileComparisonFromName(QStringLiteral("tomorrow")));
        // The defaults parse, and name only the seed channels.
        const QList<WallTileSpec> tiles = defaultWallTiles();
        QCOMPARE(tiles.size(), 3);
        for (const WallTileSpec &tile : tiles) {
            const QueryParseResult parsed = parseSearchQuery(tile.query);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            QVERIFY(parsed.query.after.isValid());
        }
        QVERIFY(tiles.at(1).sumAmounts);
    }
};

QTEST_GUILESS_MAIN(TestWallTiles)
#include "tst_walltiles.moc"
