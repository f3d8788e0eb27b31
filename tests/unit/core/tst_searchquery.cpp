#include "core/searchquery.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace bb;

namespace {

// A fixed "now": Wednesday 2025-03-12 15:30 local time.
QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 3, 12), QTime(15, 30), Qt::LocalTime);
}

QDateTime localMidnight(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::LocalTime);
}

SearchQuery parsed(const QString &text)
{
    const QueryParseResult result = parseSearchQuery(text, fixedNow());
    if (!result.ok())
        qWarning() << "unexpected error:" << result.error;
    return result.query;
}

QString errorOf(const QString &text)
{
    return parseSearchQuery(text, fixedNow()).error;
}

} // namespace

class TestSearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void freeWordsAreLowerCased();
    void quotedPhraseIsOneTerm();
    void unterminatedQuoteIsAnError();
    void userTermsAreNormalizedAlternatives();
    void channelTermAcceptsHashOrBareName();
    void badChannelNameIsAnError();
    void levelTermIsExact();
    void unknownLevelIsAnError();
    void conflictingLevelsAreAnError();
    void fromTermKeepsSenderName();
    void dayDatesAreLocalMidnights();
    void dateTimesAreLocal();
    void dateTimesWithAZoneAreThatMoment();
    void aWrittenDateMeansTheSameMomentInAnotherTimeZone();
    void todayAndYesterdayFollowNow();
    void bareTodayAndYesterdayAreThatDay();
    void narrowestDateWins();
    void badDateNamesAcceptedForms_data();
    void badDateNamesAcceptedForms();
    void emptyKeyValueIsAnError_data();
    void emptyKeyValueIsAnError();
    void minusExcludesWordOrPhrase();
    void loneMinusIsAnError();
    void unknownKeysStayFreeWords();
    void keysAreCaseInsensitive();
    void combinedQuery();
    void emptyQueryIsEmpty();
    void controlCharactersSeparateWords();
    void writtenBackTheQueryReadsTheSame_data();
    void writtenBackTheQueryReadsTheSame();
};

void TestSearchQuery::freeWordsAreLowerCased()
{
    const SearchQuery q = parsed(QStringLiteral("  Alice   SignUp "));
    QCOMPARE(q.words, (QStringList{ "alice", "signup" }));
    QVERIFY(q.hasTextTerms());
}

void TestSearchQuery::quotedPhraseIsOneTerm()
{
    const SearchQuery q = parsed(QStringLiteral("\"Payment failed\" card \"single\""));
    QCOMPARE(q.phrases, QStringList{ "payment failed" });
    QCOMPARE(q.words, (QStringList{ "card", "single" }));
}

void TestSearchQuery::unterminatedQuoteIsAnError()
{
    const QueryParseResult result = parseSearchQuery(QStringLiteral("alice \"payment failed"), fixedNow());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("\"payment failed")), qPrintable(result.error));
    QVERIFY(result.error.contains(QStringLiteral("not closed")));
}

void TestSearchQuery::userTermsAreNormalizedAlternatives()
{
    const SearchQuery q = parsed(QStringLiteral("user:Alice@Example.com user:@Carol user:dave user:carol"));
    QCOMPARE(q.users, (QStringList{ "alice@example.com", "@carol", "@dave" }));
    QVERIFY(q.words.isEmpty());
}

void TestSearchQuery::channelTermAcceptsHashOrBareName()
{
    const SearchQuery q = parsed(QStringLiteral("in:#Financials in:user-behavior"));
    QCOMPARE(q.channels, (QStringList{ "financials", "user-behavior" }));
}

void TestSearchQuery::badChannelNameIsAnError()
{
    QVERIFY(errorOf(QStringLiteral("in:#no/way")).contains(QStringLiteral("'#no/way' is not a channel name")));
}

void TestSearchQuery::levelTermIsExact()
{
    QCOMPARE(parsed(QStringLiteral("level:crit")).level, std::optional<Level>(Level::Crit));
    QCOMPARE(parsed(QStringLiteral("level:warning")).level, std::optional<Level>(Level::Warn));
    QVERIFY(!parsed(QStringLiteral("disk")).level.has_value());
}

void TestSearchQuery::unknownLevelIsAnError()
{
    QCOMPARE(errorOf(QStringLiteral("level:loud")), QStringLiteral("unknown level 'loud' (info, warn, crit)"));
}

void TestSearchQuery::conflictingLevelsAreAnError()
{
    QVERIFY(!errorOf(QStringLiteral("level:info level:crit")).isEmpty());
    QVERIFY(errorOf(QStringLiteral("level:crit level:critical")).isEmpty());
}

void TestSearchQuery::fromTermKeepsSenderName()
{
    QCOMPARE(parsed(QStringLiteral("from:s3-uploader from:\"Deploy Bot\"")).senders,
             (QStringList{ "s3-uploader", "Deploy Bot" }));
}

void TestSearchQuery::dayDatesAreLocalMidnights()
{
    const SearchQuery q = parsed(QStringLiteral("after:2025-01-31 before:2025-02-01"));
    QCOMPARE(q.after, localMidnight(2025, 1, 31));
    QCOMPARE(q.before, localMidnight(2025, 2, 1));
}

void TestSearchQuery::dateTimesAreLocal()
{
    const SearchQuery q = parsed(QStringLiteral("after:2025-01-31T09:15 before:2025-01-31T17:45:30"));
    QCOMPARE(q.after, QDateTime(QDate(2025, 1, 31), QTime(9, 15), Qt::LocalTime));
    QCOMPARE(q.before, QDateTime(QDate(2025, 1, 31), QTime(17, 45, 30), Qt::LocalTime));
}

void TestSearchQuery::dateTimesWithAZoneAreThatMoment()
{
    const QDateTime nineFifteenUtc(QDate(2025, 1, 31), QTime(9, 15), QTimeZone::utc());
    QCOMPARE(parsed(QStringLiteral("after:2025-01-31T09:15Z")).after, nineFifteenUtc);
    QCOMPARE(parsed(QStringLiteral("after:2025-01-31t09:15:00z")).after, nineFifteenUtc);
    QCOMPARE(parsed(QStringLiteral("after:2025-01-31T10:15+01:00")).after, nineFifteenUtc);
    QCOMPARE(parsed(QStringLiteral("after:2025-01-31T03:45:00-0530")).after, nineFifteenUtc);
    QCOMPARE(parsed(QStringLiteral("before:2025-01-31T09:15:00.25Z")).before, nineFifteenUtc.addMSecs(250));
}

// A console in one time zone writes the query a server in another reads: the same moment.
void TestSearchQuery::aWrittenDateMeansTheSameMomentInAnotherTimeZone()
{
    const QByteArray zoneBefore = qgetenv("TZ");
    auto inZone = [](const char *zone) {
        qputenv("TZ", zone);
        ::tzset();
    };
    inZone("Asia/Tokyo");
    const SearchQuery query = parsed(QStringLiteral("after:2025-03-01T08:15:30 before:2025-03-02"));
    const QString written = searchQueryText(query);
    inZone("America/New_York");
    const SearchQuery read = parseSearchQuery(written, fixedNow()).query;
    if (zoneBefore.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zoneBefore);
    ::tzset();
    QCOMPARE(written, QStringLiteral("after:2025-02-28T23:15:30Z before:2025-03-01T15:00:00Z"));
    QCOMPARE(read.after, QDateTime(QDate(2025, 2, 28), QTime(23, 15, 30), QTimeZone::utc()));
    QCOMPARE(read.before, QDateTime(QDate(2025, 3, 1), QTime(15, 0), QTimeZone::utc()));
}

void TestSearchQuery::todayAndYesterdayFollowNow()
{
    const SearchQuery q = parsed(QStringLiteral("after:yesterday before:today"));
    QCOMPARE(q.after, localMidnight(2025, 3, 11));
    QCOMPARE(q.before, localMidnight(2025, 3, 12));
    QCOMPARE(parsed(QStringLiteral("after:Today")).after, localMidnight(2025, 3, 12));
}

void TestSearchQuery::bareTodayAndYesterdayAreThatDay()
{
    SearchQuery q = parsed(QStringLiteral("in:#user-behavior signup today"));
    QCOMPARE(q.after, localMidnight(2025, 3, 12));
    QVERIFY(!q.before.isValid());
    QCOMPARE(q.words, QStringList{ QStringLiteral("signup") });
    q = parsed(QStringLiteral("Yesterday"));
    QCOMPARE(q.after, localMidnight(2025, 3, 11));
    QCOMPARE(q.before, localMidnight(2025, 3, 12));
    QVERIFY(q.words.isEmpty());
    // Quoted or excluded, it is a word.
    QCOMPARE(parsed(QStringLiteral("\"today\"")).words, QStringList{ QStringLiteral("today") });
    QVERIFY(!parsed(QStringLiteral("\"today\"")).after.isValid());
    QCOMPARE(parsed(QStringLiteral("-today")).excludedWords, QStringList{ QStringLiteral("today") });
}

void TestSearchQuery::narrowestDateWins()
{
    const SearchQuery q = parsed(QStringLiteral(
            "after:2025-01-01 after:2025-02-01 before:2025-03-01 before:2025-02-15"));
    QCOMPARE(q.after, localMidnight(2025, 2, 1));
    QCOMPARE(q.before, localMidnight(2025, 2, 15));
}

void TestSearchQuery::badDateNamesAcceptedForms_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("month 13") << "before:2025-13-01";
    QTest::newRow("february 30") << "after:2025-02-30";
    QTest::newRow("words") << "after:last-week";
    QTest::newRow("hour 25") << "before:2025-01-01T25:00";
    QTest::newRow("slashes") << "before:01/02/2025";
    QTest::newRow("offset beyond 14 hours") << "after:2025-01-01T10:00+15:00";
    QTest::newRow("zone name") << "after:2025-01-01T10:00CET";
}

void TestSearchQuery::badDateNamesAcceptedForms()
{
    QFETCH(QString, query);
    const QString error = errorOf(query);
    QVERIFY2(error.contains(QStringLiteral("YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] (local time, or UTC with Z")),
             qPrintable(error));
    QVERIFY(error.contains(query.section(QLatin1Char(':'), 1)));
}

void TestSearchQuery::emptyKeyValueIsAnError_data()
{
    QTest::addColumn<QString>("query");
    for (const char *key : { "user:", "in:", "level:", "from:", "before:", "after:", "user:\"\"" })
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestSearchQuery::emptyKeyValueIsAnError()
{
    QFETCH(QString, query);
    const QString error = errorOf(QStringLiteral("alice ") + query);
    QVERIFY2(error.contains(QStringLiteral("needs a value")), qPrintable(error));
}

void TestSearchQuery::minusExcludesWordOrPhrase()
{
    const SearchQuery q = parsed(QStringLiteral("error -Debug -\"health check\" pre-release"));
    QCOMPARE(q.words, (QStringList{ "error", "pre-release" }));
    QCOMPARE(q.excludedWords, (QStringList{ "debug", "health check" }));
}

void TestSearchQuery::loneMinusIsAnError()
{
    QVERIFY(!errorOf(QStringLiteral("error - debug")).isEmpty());
}

void TestSearchQuery::unknownKeysStayFreeWords()
{
    const SearchQuery q = parsed(QStringLiteral("http://x.io/path 12:30 note:this"));
    QCOMPARE(q.words, (QStringList{ "http://x.io/path", "12:30", "note:this" }));
    QVERIFY(q.users.isEmpty());
}

void TestSearchQuery::keysAreCaseInsensitive()
{
    const SearchQuery q = parsed(QStringLiteral("USER:bob@corp.io In:#ops"));
    QCOMPARE(q.users, QStringList{ "bob@corp.io" });
    QCOMPARE(q.channels, QStringList{ "ops" });
}

void TestSearchQuery::combinedQuery()
{
    const SearchQuery q = parsed(QStringLiteral(
            "user:alice@example.com in:#user-behavior level:info after:yesterday signup -test"));
    QCOMPARE(q.users, QStringList{ "alice@example.com" });
    QCOMPARE(q.channels, QStringList{ "user-behavior" });
    QCOMPARE(q.level, std::optional<Level>(Level::Info));
    QCOMPARE(q.after, localMidnight(2025, 3, 11));
    QVERIFY(!q.before.isValid());
    QCOMPARE(q.words, QStringList{ "signup" });
    QCOMPARE(q.excludedWords, QStringList{ "test" });
    QVERIFY(!q.isEmpty());
}

void TestSearchQuery::emptyQueryIsEmpty()
{
    const QueryParseResult result = parseSearchQuery(QStringLiteral("   "), fixedNow());
    QVERIFY(result.ok());
    QVERIFY(result.query.isEmpty());
    QVERIFY(!result.query.hasTextTerms());
    QVERIFY(parsed(QStringLiteral("\"\"")).isEmpty());
}

void TestSearchQuery::controlCharactersSeparateWords()
{
    // Found by fuzz_searchquery: a NUL inside a term reached FTS5 and failed the search there.
    const QueryParseResult result = parseSearchQuery(QStringLiteral("user:a%1b \"x%1y\" pay%2ment").arg(QChar(0)).arg(QChar(9)));
    QVERIFY(result.ok());
    QCOMPARE(result.query.users, QStringList{ QStringLiteral("@a") });
    QCOMPARE(result.query.words, (QStringList{ QStringLiteral("b"), QStringLiteral("pay"), QStringLiteral("ment") }));
    QCOMPARE(result.query.phrases, QStringList{ QStringLiteral("x y") });
}

void TestSearchQuery::writtenBackTheQueryReadsTheSame_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words and phrases") << QStringLiteral("Alice \"payment failed\" -debug -\"dry run\"");
    QTest::newRow("keys") << QStringLiteral("user:alice@example.com user:@carol in:#financials from:\"s3 uploader\" level:crit");
    QTest::newRow("dates") << QStringLiteral("after:2025-03-01T08:15:30 before:today");
    QTest::newRow("dates with zones") << QStringLiteral("after:2025-03-01T08:15:30.5+02:00 before:2025-03-02T00:00Z");
    QTest::newRow("yesterday") << QStringLiteral("yesterday signup");
    QTest::newRow("words that look like keys") << QStringLiteral("\"in:nothing\" \"today\" http://x 12:30");
    QTest::newRow("empty") << QString();
}

// An attached console sends its searches to the server as text (searchQueryText).
void TestSearchQuery::writtenBackTheQueryReadsTheSame()
{
    QFETCH(QString, text);
    const SearchQuery query = parsed(text);
    const QString written = searchQueryText(query);
    const QueryParseResult again = parseSearchQuery(written, fixedNow());
    QVERIFY2(again.ok(), qPrintable(again.error));
    const SearchQuery &back = again.query;
    QCOMPARE(back.words, query.words);
    QCOMPARE(back.phrases, query.phrases);
    QCOMPARE(back.excludedWords, query.excludedWords);
    QCOMPARE(back.users, query.users);
    QCOMPARE(back.channels, query.channels);
    QCOMPARE(back.senders, query.senders);
    QCOMPARE(back.level, query.level);
    QCOMPARE(back.after, query.after);
    QCOMPARE(back.before, query.before);
}

QTEST_APPLESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
