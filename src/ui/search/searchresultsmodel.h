#pragma once

#include "core/event.h"
#include "core/searchquery.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QStringList>
#include <memory>

namespace bb {

class AsyncEventReader;
struct EventPage;

// The results of one search, newest first, read a page at a time through the
// AsyncEventReader: setQuery() replaces the results with the first page, loadMore() appends
// the next. Answers to an earlier query that arrive late are ignored. Results follow the store:
// newly committed events that match join the top (addCommittedEvents), edits and deletions of
// the events shown replace or remove their rows (replaceEvents, removeEvents).
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EventRole = Qt::UserRole + 1, // bb::Event
        EventIdRole,                  // qint64
    };

    explicit SearchResultsModel(AsyncEventReader *reader, QObject *parent = nullptr);

    void setPageSize(int events) { m_pageSize = events; } // default 50
    void setQuery(const SearchQuery &query);
    const SearchQuery &query() const { return m_query; }
    // The words and phrases to mark in the results.
    QStringList highlightTerms() const;

    bool isLoading() const { return m_request != nullptr; }
    bool canLoadMore() const { return m_hasMore && !isLoading(); }
    void loadMore();
    // Time from setQuery() to its first page, in milliseconds (-1 while loading).
    qint64 firstPageMs() const { return m_firstPageMs; }

    const Event &eventAt(int row) const { return m_events.at(row); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    // Newly committed events: those newer than every result that match the query join the top,
    // newest first. While the first page is being read they wait for it, as the page may or may
    // not hold them already.
    void addCommittedEvents(const bb::EventList &events);
    // Stored events that changed (an edited Slack message) or are gone (a deleted one). An
    // edited result keeps its row even when it no longer matches: the list does not move
    // under the reader; a deleted one goes, as it could no longer be opened.
    void replaceEvents(const bb::EventList &events);
    void removeEvents(const bb::EventList &events);

signals:
    // Rows whose event was replaced: views drop what they laid out for these ids.
    void eventsReplaced(const QList<qint64> &ids);
    void pageLoaded(); // a page arrived (the first, or one more)
    void loadFailed(const QString &error);

private:
    void requestPage(qint64 beforeId);
    void onPage(const EventPage &page);
    int rowOfId(qint64 id) const; // -1 when not shown
    void insertNewerMatches(const EventList &events);

    AsyncEventReader *m_reader;
    SearchQuery m_query;
    EventList m_events; // newest first
    EventList m_committedDuringFirstPage;
    QElapsedTimer m_clock;
    // The page being read: the context of its answer, deleted to drop the answer (new query).
    std::unique_ptr<QObject> m_request;
    qint64 m_firstPageMs = -1;
    bool m_hasMore = false;
    int m_pageSize = 50;
};

} // namespace bb
