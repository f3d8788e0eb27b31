// The wall's tiles and a person's story through the asynchronous reader. What the counts and
// the story hold, on both engines: tst_storebackends.
#include "storetesthelpers.h"

#include "store/asynceventreader.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace bb;
using namespace bb::test;

namespace {
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

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
};

QTEST_GUILESS_MAIN(TestEventTally)
#include "tst_eventtally.moc"
