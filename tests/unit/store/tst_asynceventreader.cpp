#include "storetesthelpers.h"
#include "store/asynceventreader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

// Pages as they arrive, each with the number its request was given; the callbacks' context.
class Pages : public QObject
{
public:
    AsyncEventReader::PageCallback callback(int request)
    {
        return [this, request](const EventPage &page) { m_pages.append({ request, page }); };
    }
    qsizetype size() const { return m_pages.size(); }
    const QPair<int, EventPage> &at(qsizetype i) const { return m_pages.at(i); }

private:
    QList<QPair<int, EventPage>> m_pages;
};

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
        Pages pages;
        reader.readChannelPage(QStringLiteral("financials"), 0, 25, &pages, pages.callback(1));
        QTRY_COMPARE(pages.size(), 1);
        const EventPage page = pages.at(0).second;
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.events.size(), 25);
        QVERIFY(page.hasMore);
        QCOMPARE(page.events.first().text, QStringLiteral("event 119"));
        for (int i = 1; i < page.events.size(); ++i)
            QVERIFY(page.events.at(i).id < page.events.at(i - 1).id);
        for (const Event &event : page.events)
            QCOMPARE(event.channel, QStringLiteral("financials"));

        // The next page starts just below the oldest event of this one.
        reader.readChannelPage(QStringLiteral("financials"), page.events.last().id, 100, &pages, pages.callback(2));
        QTRY_COMPARE(pages.size(), 2);
        const EventPage rest = pages.at(1).second;
        QCOMPARE(rest.events.size(), 60 - 25);
        QVERIFY(!rest.hasMore);
        QCOMPARE(rest.events.first().id < page.events.last().id, true);
        QCOMPARE(rest.events.last().text, QStringLiteral("event 1"));
    }

    void eachAnswerGoesToItsOwnCallbackInOrder()
    {
        AsyncEventReader reader(m_path);
        Pages pages;
        const auto query = parseSearchQuery(QStringLiteral("\"event 7\""));
        QVERIFY(query.ok());
        reader.search(query.query, 0, 50, &pages, pages.callback(1));
        reader.readChannelPage(QStringLiteral("user-behavior"), 0, 5, &pages, pages.callback(2));
        QCOMPARE(pages.size(), 0); // requests never answer synchronously
        QTRY_COMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).first, 1);
        QCOMPARE(pages.at(0).second.events.size(), 1);
        QCOMPARE(pages.at(1).first, 2);
        QCOMPARE(pages.at(1).second.events.size(), 5);
    }

    // A caller cancels a request by deleting the context it gave: nothing else hears of it.
    void anAnswerWhoseContextIsGoneIsDropped()
    {
        AsyncEventReader reader(m_path);
        Pages pages;
        auto cancelled = std::make_unique<QObject>();
        reader.readChannelPage(QStringLiteral("financials"), 0, 5, cancelled.get(), pages.callback(1));
        reader.readChannelPage(QStringLiteral("financials"), 0, 5, &pages, pages.callback(2));
        cancelled.reset();
        QTRY_COMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).first, 2); // answers come in request order: the first was dropped
    }

    void channelCountsComeFromTheStore()
    {
        AsyncEventReader reader(m_path);
        ChannelCounts counts;
        bool answered = false;
        reader.readChannelCounts(&reader, [&](const ChannelCounts &read) {
            counts = read;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(counts.contains(qMakePair(QStringLiteral("financials"), qint64(60))));
        QVERIFY(counts.contains(qMakePair(QStringLiteral("user-behavior"), qint64(60))));
    }

    void aMissingDatabaseIsAnErrorNotAHang()
    {
        AsyncEventReader reader(m_dir.filePath(QStringLiteral("nothing-here.sqlite3")));
        Pages pages;
        reader.readChannelPage(QStringLiteral("financials"), 0, 200, &pages, pages.callback(1));
        QTRY_COMPARE(pages.size(), 1);
        QVERIFY(!pages.at(0).second.error.isEmpty());
    }

    void destroyingWithRequestsInFlightIsSafe()
    {
        Pages pages;
        auto reader = std::make_unique<AsyncEventReader>(m_path);
        for (int i = 0; i < 20; ++i)
            reader->readChannelPage(QStringLiteral("financials"), 0, 100, &pages, pages.callback(i));
        reader.reset();
        QCoreApplication::processEvents(); // the posted answers must have been dropped with it
        QCOMPARE(pages.size(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
};

QTEST_GUILESS_MAIN(TestAsyncEventReader)
#include "tst_asynceventreader.moc"
