#include "store/storetesthelpers.h"
#include "core/csvparse.h"
#include "store/asynceventreader.h"
#include "ui/feed/eventexporter.h"
#include "ui/search/searchpanel.h"
#include "ui/search/searchresultdelegate.h"
#include "ui/search/searchresultsmodel.h"
#include "ui/search/usertimeline.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {
const QString kAlice = QStringLiteral("alice@example.com");
const QString kBob = QStringLiteral("bob@example.com");
}

class TestSearchPanel : public QObject
{
    Q_OBJECT
private:
    QString readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void init()
    {
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter))));
        EventList events;
        const QStringList channels{ QStringLiteral("user-behavior"), QStringLiteral("financials"),
                                    QStringLiteral("critical-server-errors") };
        for (int i = 0; i < 120; ++i) {
            events << makeEvent(QStringLiteral("financials"), QStringLiteral("Payment failed for order %1, card declined").arg(i));
            events << makeEvent(QStringLiteral("application-stats"), QStringLiteral("nightly cleanup: %1 rows removed").arg(i));
        }
        // alice acts in three channels, bob in between; alice's events carry "step N, \"quoted\"".
        for (int i = 0; i < 25; ++i) {
            events << makeEvent(channels.at(i % 3), QStringLiteral("%1 step %2, \"quoted\"\nsecond line").arg(kAlice).arg(i), { kAlice });
            events << makeEvent(channels.at(i % 3), QStringLiteral("%1 did something").arg(kBob), { kBob });
        }
        m_committed = commit(*m_store, events);
        QCOMPARE(m_committed.size(), events.size());
        m_reader = std::make_unique<AsyncEventReader>(m_store->databasePath());
    }
    void cleanup()
    {
        m_reader.reset();
        m_store.reset();
    }

    void aQueryShowsMatchesWithCountAndHighlights()
    {
        SearchPanel panel(m_reader.get());
        QAbstractItemModelTester tester(panel.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        panel.resultsModel()->setPageSize(200);
        QSignalSpy loaded(panel.resultsModel(), &SearchResultsModel::pageLoaded);
        panel.setQueryText(QStringLiteral("in:#financials \"card declined\" order"));
        QVERIFY(loaded.wait());
        const SearchResultsModel *results = panel.resultsModel();
        QCOMPARE(results->rowCount(), 120);
        QVERIFY(panel.summaryText().startsWith(QStringLiteral("120 results in ")));
        QVERIFY(panel.summaryText().endsWith(QStringLiteral(" ms")));
        QCOMPARE(panel.errorText(), QString());
        for (int row = 0; row < results->rowCount(); ++row) {
            QCOMPARE(results->eventAt(row).channel, QStringLiteral("financials"));
            QVERIFY(results->eventAt(row).text.contains(QStringLiteral("card declined")));
            if (row > 0)
                QVERIFY(results->eventAt(row).id < results->eventAt(row - 1).id); // newest first
        }
        auto *delegate = qobject_cast<SearchResultDelegate *>(panel.findChild<QListView *>(QStringLiteral("resultsView"))->itemDelegate());
        QVERIFY(delegate);
        const QString html = delegate->bodyHtml(results->eventAt(0));
        QVERIFY2(html.contains(QStringLiteral("class=\"match\">card declined<")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("class=\"match\">order<")), qPrintable(html));
    }

    void aBadQueryShowsTheErrorAndKeepsTheOldResults()
    {
        SearchPanel panel(m_reader.get());
        QAbstractItemModelTester tester(panel.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        QSignalSpy loaded(panel.resultsModel(), &SearchResultsModel::pageLoaded);
        panel.setQueryText(QStringLiteral("user:") + kAlice);
        QVERIFY(loaded.wait());
        QCOMPARE(panel.resultsModel()->rowCount(), 25);
        const QString summary = panel.summaryText();

        panel.setQueryText(QStringLiteral("level:loud payment"));
        QVERIFY(!panel.errorText().isEmpty());
        QVERIFY2(panel.errorText().contains(QStringLiteral("loud")), qPrintable(panel.errorText()));
        QCOMPARE(panel.resultsModel()->rowCount(), 25);
        QCOMPARE(panel.summaryText(), summary);
        QVERIFY(!panel.resultsModel()->isLoading());

        panel.setQueryText(QStringLiteral("user:") + kBob); // fixing the query clears the error
        QVERIFY(loaded.wait());
        QCOMPARE(panel.errorText(), QString());
        QCOMPARE(panel.resultsModel()->rowCount(), 25);
        QCOMPARE(panel.resultsModel()->eventAt(0).users, QStringList{ kBob });
    }

    void loadMorePagesThroughTheResults()
    {
        SearchPanel panel(m_reader.get());
        QAbstractItemModelTester tester(panel.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        QSignalSpy loaded(panel.resultsModel(), &SearchResultsModel::pageLoaded);
        panel.setQueryText(QStringLiteral("declined"));
        QVERIFY(loaded.wait());
        auto *more = panel.findChild<QPushButton *>(QStringLiteral("loadMoreButton"));
        QCOMPARE(panel.resultsModel()->rowCount(), 50);
        QVERIFY(more->isEnabled());
        QVERIFY(panel.summaryText().startsWith(QStringLiteral("First 50 results")));
        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(loaded.wait());
        QCOMPARE(panel.resultsModel()->rowCount(), 100);
        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(loaded.wait());
        QCOMPARE(panel.resultsModel()->rowCount(), 120);
        QVERIFY(!more->isEnabled());
        QVERIFY(panel.summaryText().startsWith(QStringLiteral("120 results")));
        QSet<qint64> ids;
        for (int row = 0; row < 120; ++row)
            ids.insert(panel.resultsModel()->eventAt(row).id);
        QCOMPARE(ids.size(), 120); // no page repeated or skipped
    }

    // An edited result shows its new text in its row; a deleted one goes; paging goes on
    // from the last result shown (the model checker watching).
    void resultsFollowEditsAndDeletions()
    {
        SearchPanel panel(m_reader.get());
        QAbstractItemModelTester tester(panel.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SearchResultsModel *results = panel.resultsModel();
        // As WindowSearch connects them.
        connect(m_store.get(), &EventStore::eventsChanged, results, &SearchResultsModel::replaceEvents, Qt::QueuedConnection);
        connect(m_store.get(), &EventStore::eventsRemoved, results, &SearchResultsModel::removeEvents, Qt::QueuedConnection);
        QSignalSpy loaded(results, &SearchResultsModel::pageLoaded);
        panel.setQueryText(QStringLiteral("declined"));
        QVERIFY(loaded.wait());
        QCOMPARE(results->rowCount(), 50);
        const Event second = results->eventAt(1);

        QSignalSpy replaced(results, &SearchResultsModel::eventsReplaced);
        Event content;
        content.text = QStringLiteral("Payment retried, card declined again");
        QVERIFY(m_store->replaceEventContent(second.id, content).result().ok);
        QTRY_COMPARE(replaced.count(), 1);
        QCOMPARE(results->eventAt(1).text, content.text);
        QCOMPARE(results->eventAt(1).id, second.id);
        QCOMPARE(results->rowCount(), 50);

        QVERIFY(m_store->removeEvent(results->eventAt(0).id).result().ok);
        QTRY_COMPARE(results->rowCount(), 49);
        QCOMPARE(results->eventAt(0).id, second.id);
        QVERIFY(results->canLoadMore());
        results->loadMore();
        QVERIFY(loaded.wait());
        QCOMPARE(results->rowCount(), 99);
        QSet<qint64> ids;
        for (int row = 0; row < results->rowCount(); ++row)
            ids.insert(results->eventAt(row).id);
        QCOMPARE(ids.size(), 99);
    }

    void newMatchingEventsJoinTheTopOfTheResults()
    {
        SearchPanel panel(m_reader.get());
        SearchResultsModel *results = panel.resultsModel();
        QAbstractItemModelTester tester(results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(m_store.get(), &EventStore::eventsCommitted, results, &SearchResultsModel::addCommittedEvents, Qt::QueuedConnection);
        QSignalSpy loaded(results, &SearchResultsModel::pageLoaded);
        // Committed while the first page is being read: shown once, whichever arrives first.
        panel.setQueryText(QStringLiteral("in:#financials declined"));
        const EventList during = commit(*m_store, { makeEvent(QStringLiteral("financials"), QStringLiteral("Card declined for order 900")) });
        QVERIFY(loaded.count() > 0 || loaded.wait());
        QTRY_COMPARE(results->eventAt(0).id, during.first().id);
        QVERIFY(results->eventAt(1).id != during.first().id);

        const int before = results->rowCount();
        const EventList after = commit(*m_store, { makeEvent(QStringLiteral("financials"), QStringLiteral("Card declined for order 901")),
                                                   makeEvent(QStringLiteral("user-behavior"), QStringLiteral("Card declined in the sign-up form")),
                                                   makeEvent(QStringLiteral("financials"), QStringLiteral("Payment received for order 902")),
                                                   makeEvent(QStringLiteral("financials"), QStringLiteral("Card declined for order 903")) });
        // The two that match, newest first, above what was there; the others stay out.
        QTRY_COMPARE(results->rowCount(), before + 2);
        QCOMPARE(results->eventAt(0).id, after.at(3).id);
        QCOMPARE(results->eventAt(1).id, after.at(0).id);
        QCOMPARE(results->eventAt(2).id, during.first().id);
        QSet<qint64> ids;
        for (int row = 0; row < results->rowCount(); ++row)
            ids.insert(results->eventAt(row).id);
        QCOMPARE(ids.size(), results->rowCount());
    }

    void enterOnAResultAsksToOpenIt()
    {
        SearchPanel panel(m_reader.get());
        QAbstractItemModelTester tester(panel.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSignalSpy loaded(panel.resultsModel(), &SearchResultsModel::pageLoaded);
        QSignalSpy activated(&panel, &SearchPanel::eventActivated);
        auto *line = panel.findChild<QLineEdit *>(QStringLiteral("queryEdit"));
        panel.focusQuery();
        QTest::keyClicks(line, QStringLiteral("user:") + kAlice);
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(loaded.wait());
        QTest::keyClick(line, Qt::Key_Down); // the second result
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<Event>().id, panel.resultsModel()->eventAt(1).id);

        auto *view = panel.findChild<QListView *>(QStringLiteral("resultsView"));
        view->setFocus();
        view->setCurrentIndex(panel.resultsModel()->index(3));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).value<Event>().id, panel.resultsModel()->eventAt(3).id);
    }

    void theTimelineListsOneUsersEventsAcrossChannelsNewestFirst()
    {
        UserTimeline timeline(m_reader.get(), QStringLiteral("Alice@Example.com"));
        QAbstractItemModelTester tester(timeline.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.show();
        QSignalSpy loaded(timeline.resultsModel(), &SearchResultsModel::pageLoaded);
        QVERIFY(loaded.wait());
        const SearchResultsModel *results = timeline.resultsModel();
        QCOMPARE(results->rowCount(), 25);
        QSet<QString> channels;
        for (int row = 0; row < results->rowCount(); ++row) {
            const Event &event = results->eventAt(row);
            QCOMPARE(event.users, QStringList{ kAlice });
            channels.insert(event.channel);
            if (row > 0)
                QVERIFY(event.id < results->eventAt(row - 1).id);
        }
        QCOMPARE(channels.size(), 3);
        QVERIFY(results->eventAt(0).text.contains(QStringLiteral("step 24")));
        QVERIFY(timeline.windowTitle().contains(kAlice));
        QCOMPARE(timeline.summaryText(), QStringLiteral("25 events"));
    }

    void csvExportPagesThroughEveryEventAndRoundTrips()
    {
        UserTimeline timeline(m_reader.get(), kAlice);
        QAbstractItemModelTester tester(timeline.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.exporter()->setPageSize(10); // 25 events: three pages
        QSignalSpy finished(&timeline, &UserTimeline::exportFinished);
        const QString path = m_dir.filePath(QStringLiteral("alice-%1.csv").arg(m_counter));
        QVERIFY(timeline.exportTo(path, EventExportWriter::Format::Csv));
        QVERIFY(finished.wait());
        QCOMPARE(finished.at(0).at(0).toInt(), 25);
        QCOMPARE(finished.at(0).at(1).toString(), QString());

        const QList<QStringList> rows = parseCsv(readFile(path));
        QCOMPARE(rows.size(), 26);
        QCOMPARE(rows.at(0).first(), QStringLiteral("time"));
        for (int i = 1; i <= 25; ++i) {
            QCOMPARE(rows.at(i).size(), 7);
            // Newest first: step 24 … step 0, each with its comma, quotes and line break intact.
            QCOMPARE(rows.at(i).at(5), QStringLiteral("%1 step %2, \"quoted\"\nsecond line").arg(kAlice).arg(25 - i));
            QCOMPARE(rows.at(i).at(6), kAlice);
        }
    }

    void jsonExportIsAnArrayOfEveryEvent()
    {
        UserTimeline timeline(m_reader.get(), kAlice);
        QAbstractItemModelTester tester(timeline.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.exporter()->setPageSize(7);
        QSignalSpy finished(&timeline, &UserTimeline::exportFinished);
        const QString path = m_dir.filePath(QStringLiteral("alice-%1.json").arg(m_counter));
        QVERIFY(timeline.exportTo(path, EventExportWriter::Format::Json));
        QVERIFY(finished.wait());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(readFile(path).toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 25);
        EventList expected;
        for (const Event &event : m_committed)
            if (event.users == QStringList{ kAlice })
                expected.prepend(event);
        for (int i = 0; i < 25; ++i)
            QCOMPARE(array.at(i).toObject(), expected.at(i).toJson());
    }

    void anExportToAnUnwritablePlaceSaysWhy()
    {
        EventExporter exporter(m_reader.get());
        QString error;
        SearchQuery query;
        query.users = { kAlice };
        QVERIFY(!exporter.start(query, m_dir.filePath(QStringLiteral("missing/folder/out.csv")),
                                EventExportWriter::Format::Csv, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!exporter.isRunning());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<AsyncEventReader> m_reader;
    EventList m_committed;
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
