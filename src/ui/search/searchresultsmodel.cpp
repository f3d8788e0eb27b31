#include "searchresultsmodel.h"

#include "core/eventmatch.h"
#include "core/messagehtml.h"
#include "store/asynceventreader.h"

#include <algorithm>
#include <utility>

namespace bb {

SearchResultsModel::SearchResultsModel(AsyncEventReader *reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{
}

void SearchResultsModel::setQuery(const SearchQuery &query)
{
    beginResetModel();
    m_events.clear();
    m_committedDuringFirstPage.clear();
    m_query = query;
    m_hasMore = false;
    m_firstPageMs = -1;
    endResetModel();
    m_clock.start();
    requestPage(0);
}

void SearchResultsModel::requestPage(qint64 beforeId)
{
    m_request = std::make_unique<QObject>(); // an earlier request's answer is dropped
    m_reader->search(m_query, beforeId, m_pageSize, m_request.get(), [this](const EventPage &page) { onPage(page); });
}

QStringList SearchResultsModel::highlightTerms() const
{
    return m_query.words + m_query.phrases;
}

void SearchResultsModel::loadMore()
{
    if (!canLoadMore() || m_events.isEmpty())
        return;
    requestPage(m_events.last().id);
}

void SearchResultsModel::onPage(const EventPage &page)
{
    m_request.reset();
    if (m_firstPageMs < 0)
        m_firstPageMs = m_clock.elapsed();
    if (!page.error.isEmpty()) {
        emit loadFailed(page.error);
        return;
    }
    m_hasMore = page.hasMore;
    if (!page.events.isEmpty()) {
        beginInsertRows({}, m_events.size(), m_events.size() + page.events.size() - 1);
        m_events += page.events;
        endInsertRows();
    }
    insertNewerMatches(std::exchange(m_committedDuringFirstPage, {}));
    emit pageLoaded();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_events.size();
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    switch (role) {
    case EventRole:
        return QVariant::fromValue(event);
    case EventIdRole:
        return event.id;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return eventPlainText(event);
    default:
        return {};
    }
}

int SearchResultsModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == id)
            return row;
    }
    return -1;
}

void SearchResultsModel::addCommittedEvents(const EventList &events)
{
    if (isLoading() && m_events.isEmpty())
        m_committedDuringFirstPage += events;
    else
        insertNewerMatches(events);
}

void SearchResultsModel::insertNewerMatches(const EventList &events)
{
    const qint64 newestShown = m_events.isEmpty() ? 0 : m_events.first().id;
    EventList newer;
    for (const Event &event : events) {
        if (event.id > newestShown && eventMatches(m_query, event))
            newer << event;
    }
    if (newer.isEmpty())
        return;
    std::sort(newer.begin(), newer.end(), [](const Event &a, const Event &b) { return a.id > b.id; });
    beginInsertRows({}, 0, int(newer.size()) - 1);
    m_events = newer + m_events;
    endInsertRows();
}

void SearchResultsModel::replaceEvents(const EventList &events)
{
    QList<qint64> replaced;
    for (const Event &event : events) {
        const int row = rowOfId(event.id);
        if (row < 0)
            continue;
        m_events[row] = event;
        replaced << event.id;
        emit dataChanged(index(row), index(row));
    }
    if (!replaced.isEmpty())
        emit eventsReplaced(replaced);
}

void SearchResultsModel::removeEvents(const EventList &events)
{
    for (const Event &event : events) {
        const int row = rowOfId(event.id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_events.removeAt(row);
        endRemoveRows();
    }
}

} // namespace bb
