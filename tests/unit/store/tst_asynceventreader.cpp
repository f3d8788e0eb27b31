#include "storetesthelpers.h"
#include "store/asynceventreader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

class TestAsyncEventReader : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter));
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_path));
        EventList events;
        for (int i = 0; i < 120; ++i)
            events << makeEvent(i % 2 ? QStringLiteral("financials") : QStringLiteral("user-behavior"),
                                QStringLiteral("event %1").arg(i));
        commit(*m_store, events);
    }
    void cleanup() { m_store.reset(); }

    void channelPagesArriveNewestFirstAndPageBackwards()
    {
        AsyncEventReader reader(m_path);
        QSignalSpy spy(&reader, &AsyncEventReader::pageReady);
        const quint64 first = reader.requestChannelPage(QStringLiteral("financials"), 0, 25);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toULongLong(), first);
        const EventPage page = spy.at(0).at(1).value<EventPage>();
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.events.size(), 25);
        QVERIFY(page.hasMore);
        QCOMPARE(page.events.first().text, QStringLiteral("event 119"));
        for (int i = 1; i < page.events.size(); ++i)
            QVERIFY(page.events.at(i).id < page.events.at(i - 1).id);
        for (const Event &event : page.events)
            QCOMPARE(event.channel, QStringLiteral("financials"));

        // The next page starts just below the oldest event of this one.
        const quint64 second = reader.requestChannelPage(QStringLiteral("financials"), page.events.last().id, 100);
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toULongLong(), second);
        const EventPage rest = spy.at(1).at(1).value<EventPage>();
        QCOMPARE(rest.events.size(), 60 - 25);
        QVERIFY(!rest.hasMore);
        QCOMPARE(rest.events.first().id < page.events.last().id, true);
        QCOMPARE(rest.events.last().text, QStringLiteral("event 1"));
    }

    void answersCarryTheirRequestIdsInOrder()
    {
        AsyncEventReader reader(m_path);
        QSignalSpy spy(&reader, &AsyncEventReader::pageReady);
        const auto query = parseSearchQuery(QStringLiteral("\"event 7\""));
        QVERIFY(query.ok());
        const quint64 a = reader.requestSearch(query.query);
        const quint64 b = reader.requestChannelPage(QStringLiteral("user-behavior"), 0, 5);
        QVERIFY(a != b);
        QCOMPARE(spy.count(), 0); // requests never answer synchronously
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toULongLong(), a);
        QCOMPARE(spy.at(0).at(1).value<EventPage>().events.size(), 1);
        QCOMPARE(spy.at(1).at(0).toULongLong(), b);
        QCOMPARE(spy.at(1).at(1).value<EventPage>().events.size(), 5);
    }

    void channelCountsComeFromTheStore()
    {
        AsyncEventReader reader(m_path);
        QSignalSpy spy(&reader, &AsyncEventReader::channelCountsReady);
        reader.requestChannelCounts();
        QTRY_COMPARE(spy.count(), 1);
        const auto counts = spy.at(0).at(1).value<ChannelCounts>();
        QVERIFY(counts.contains(qMakePair(QStringLiteral("financials"), qint64(60))));
        QVERIFY(counts.contains(qMakePair(QStringLiteral("user-behavior"), qint64(60))));
    }

    void aMissingDatabaseIsAnErrorNotAHang()
    {
        AsyncEventReader reader(m_dir.filePath(QStringLiteral("nothing-here.sqlite3")));
        QSignalSpy spy(&reader, &AsyncEventReader::pageReady);
        reader.requestChannelPage(QStringLiteral("financials"));
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(!spy.at(0).at(1).value<EventPage>().error.isEmpty());
    }

    void destroyingWithRequestsInFlightIsSafe()
    {
        auto reader = std::make_unique<AsyncEventReader>(m_path);
        for (int i = 0; i < 20; ++i)
            reader->requestChannelPage(QStringLiteral("financials"), 0, 100);
        reader.reset();
        QCoreApplication::processEvents(); // the posted answers must have been dropped with it
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
};

QTEST_GUILESS_MAIN(TestAsyncEventReader)
#include "tst_asynceventreader.moc"
