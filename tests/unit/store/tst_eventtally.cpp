// Counting and summing in SQL for the wall's tiles, and the head of a user's story.
#include "storetesthelpers.h"

#include "store/asynceventreader.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace bb;
using namespace bb::test;

namespace {
constexpr qint64 hour = 3600 * 1000;
const QDateTime now(QDate(2026, 12, 2), QTime(14, 0), Qt::LocalTime);

Event at(Event event, qint64 ms)
{
    event.receivedAtMs = ms;
    return event;
}

Event payment(const QString &text, const Money &amount = {}, const QStringList &users = {})
{
    Event event = makeEvent(QStringLiteral("financials"), text, users);
    event.amount = amount;
    return event;
}
} // namespace

class TestEventTally : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter));
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_path));
    }
    void cleanup() { m_store.reset(); }

    void countsWhatTheQueryMatches()
    {
        const qint64 today = now.toMSecsSinceEpoch();
        const qint64 yesterday = today - 24 * hour;
        commit(*m_store, { at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! a@x.io")), yesterday),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! b@x.io")), today - hour),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! c@x.io")), today - 2 * hour),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("c@x.io logged in")), today - hour),
                           at(makeEvent(QStringLiteral("financials"), QStringLiteral("New user registration! d@x.io")), today - hour) });
        EventReader reader(m_path);
        const auto tally = [&](const QString &query) {
            const QueryParseResult parsed = parseSearchQuery(query, now);
            [&] { QVERIFY2(parsed.ok(), qPrintable(parsed.error)); }();
            return reader.tally(parsed.query, false);
        };
        const EventTally signups = tally(QStringLiteral(R"(in:#user-behavior "new user registration" today)"));
        QVERIFY2(signups.error.isEmpty(), qPrintable(signups.error));
        QCOMPARE(signups.count, 2);
        QCOMPARE(signups.upToId, 5);
        QCOMPARE(tally(QStringLiteral(R"(in:#user-behavior "new user registration")")).count, 3);
        QCOMPARE(tally(QStringLiteral("in:#user-behavior today")).count, 3);
        QCOMPARE(tally(QStringLiteral("today")).count, 4);
        QCOMPARE(tally(QStringLiteral("registration")).count, 4);
        QCOMPARE(tally(QStringLiteral("in:#user-behavior in:#financials after:yesterday before:today")).count, 1);
        QCOMPARE(tally(QStringLiteral("after:2030-01-01")).count, 0);
    }

    void sumsPerCurrencyNeverMixed()
    {
        commit(*m_store, { payment(QStringLiteral("Charge succeeded"), Money{ 4900, QStringLiteral("USD") }),
                           payment(QStringLiteral("Charge succeeded"), Money{ 1000, QStringLiteral("USD") }),
                           payment(QStringLiteral("Charge succeeded"), Money{ 500, QStringLiteral("JPY") }),
                           // No stored amount: the text's counts, and the stored one wins over the text.
                           payment(QStringLiteral("Payment received: 49,00 €")),
                           payment(QStringLiteral("Payment received: $1.50")),
                           payment(QStringLiteral("$99 but stored"), Money{ 100, QStringLiteral("EUR") }),
                           payment(QStringLiteral("Refund requested, no amount")),
                           makeEvent(QStringLiteral("user-behavior"), QStringLiteral("$1000 elsewhere")) });
        EventReader reader(m_path);
        const EventTally tally = reader.tally(parseSearchQuery(QStringLiteral("in:#financials")).query, true);
        QVERIFY2(tally.error.isEmpty(), qPrintable(tally.error));
        QCOMPARE(tally.count, 7);
        QMap<QString, qint64> expected{ { QStringLiteral("USD"), 4900 + 1000 + 150 },
                                        { QStringLiteral("JPY"), 500 },
                                        { QStringLiteral("EUR"), 4900 + 100 } };
        QCOMPARE(tally.sums, expected);
        // Without sums, nothing is added up.
        QVERIFY(reader.tally(parseSearchQuery(QStringLiteral("in:#financials")).query, false).sums.isEmpty());
    }

    void theAsyncReaderAnswersTallies()
    {
        commit(*m_store, { payment(QStringLiteral("a")), payment(QStringLiteral("b")) });
        AsyncEventReader reader(m_path);
        QSignalSpy spy(&reader, &AsyncEventReader::tallyRead);
        std::optional<EventTally> answer;
        QObject context;
        reader.tally(parseSearchQuery(QStringLiteral("in:#financials")).query, false, &context,
                     [&](const EventTally &tally) { answer = tally; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->count, 2);
        QCOMPARE(spy.count(), 1);
    }

    void userSummaryOfAKnownFixture()
    {
        const QString dana = QStringLiteral("dana@acme.io");
        const qint64 t0 = now.toMSecsSinceEpoch() - 48 * hour;
        commit(*m_store, { at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! dana@acme.io"), { dana }), t0),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("dana@acme.io added a domain"), { dana }), t0 + hour),
                           at(payment(QStringLiteral("Charge succeeded"), Money{ 4900, QStringLiteral("USD") }, { dana }), t0 + 2 * hour),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("someone else"), { QStringLiteral("eve@x.io") }), t0 + 3 * hour),
                           at(makeEvent(QStringLiteral("critical-server-errors"), QStringLiteral("Could not mail dana@acme.io"), { dana }, Level::Crit), t0 + 4 * hour),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("dana@acme.io logged in"), { dana }), t0 + 5 * hour) });
        EventReader reader(m_path);
        UserSummary summary = reader.userSummary(dana);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(summary.events, 5);
        QCOMPARE(summary.firstSeenMs, t0);
        QCOMPARE(summary.lastSeenMs, t0 + 5 * hour);
        const QList<QPair<QString, qint64>> perChannel{ { QStringLiteral("user-behavior"), 3 },
                                                        { QStringLiteral("critical-server-errors"), 1 },
                                                        { QStringLiteral("financials"), 1 } };
        QCOMPARE(summary.perChannel, perChannel);
        QVERIFY(summary.latestPayment);
        QCOMPARE(summary.latestPayment->amount, (Money{ 4900, QStringLiteral("USD") }));

        // A newer plan change in the text is the latest.
        commit(*m_store, { at(makeEvent(QStringLiteral("financials"), QStringLiteral("dana@acme.io upgraded from Starter to Pro"), { dana }), t0 + 6 * hour) });
        summary = reader.userSummary(dana);
        QCOMPARE(summary.events, 6);
        QCOMPARE(summary.latestPayment->text, QStringLiteral("dana@acme.io upgraded from Starter to Pro"));
        // Someone else's plan change is not theirs.
        QVERIFY(!reader.userSummary(QStringLiteral("eve@x.io")).latestPayment);
        QCOMPARE(reader.userSummary(QStringLiteral("nobody@x.io")).events, 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
};

QTEST_GUILESS_MAIN(TestEventTally)
#include "tst_eventtally.moc"
