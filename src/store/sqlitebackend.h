#pragma once

#include "storebackend.h"

#include <memory>
#include <optional>

class QSqlQuery;

namespace bb {

class EventInserter;
class SqliteConnection;
struct IdRange;
struct SqlStatement;

// The embedded default: one SQLite file in the data folder (schema.cpp, EventInserter,
// ExternalEventWriter, EventEditor and retention.cpp do the work).
class SqliteStoreBackend final : public StoreBackend
{
public:
    SqliteStoreBackend();
    ~SqliteStoreBackend() override;

    bool open(const QString &location, EventStore::Durability durability, const QStringList &configuredChannels,
              QStringList *channels, QString *error) override;
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error) override;
    bool insert(EventList *events, QString *error) override;
    bool applyExternal(const ExternalBatch &batch, ExternalResult *result, QString *error) override;
    bool findEvent(qint64 id, Event *event, QString *error) override;
    bool updateEvent(const Event &event, EventList *changed, QString *error) override;
    bool removeEvent(const Event &gone, EventList *removed, QString *error) override;
    int deleteRetentionChunk(const RetentionPolicy &policy, qint64 nowMs, QString *error) override;
    bool acknowledge(qint64 eventId, const Acknowledgement &by, Acknowledgement *winner, QString *error) override;
    bool markRead(const QString &user, const QString &channel, qint64 lastReadId, qint64 atMs, qint64 *current,
                  QString *error) override;
    bool insertCopies(const EventList &events, const QList<ExternalIdRow> &externalIds, QString *error) override;
    bool mergeSideTables(const SideTables &tables, qint64 lastIdGiven, QString *error) override;
    bool readCursor(const QString &name, QString *value, QString *error) override;
    bool readMarkers(const QString &user, QList<QPair<QString, qint64>> *markers, QString *error) override;

private:
    bool createChannels(const QStringList &names, QString *error);
    bool loadChannels(QStringList *channels, QString *error);

    std::unique_ptr<SqliteConnection> m_connection;
    std::unique_ptr<EventInserter> m_inserter;
};

class SqliteReadBackend final : public ReadBackend
{
public:
    explicit SqliteReadBackend(const QString &path);
    ~SqliteReadBackend() override;

    bool open(QString *error) override;
    EventPage search(const SearchQuery &query, qint64 beforeId, int limit) override;
    EventList load(const QList<qint64> &ids, QString *error) override;
    QList<QPair<QString, qint64>> countsByChannel() override;
    EventPage eventsAfter(qint64 afterId, int limit) override;
    bool readMarkers(const QString &user, ReadMarkerMap *markers, QString *error) override;
    bool counts(StoreCounts *counts, QString *error) override;
    bool sideTables(SideTables *tables, QString *error) override;
    bool externalIds(qint64 firstId, qint64 lastId, QList<ExternalIdRow> *rows, QString *error) override;
    EventTally tally(const SearchQuery &query, bool sumAmounts) override;
    UserSummary userSummary(const QString &user) override;

private:
    static bool run(QSqlQuery *query, const SqlStatement &statement, QString *error);
    // userSummary's counts, first and last seen, and newest event with an amount (its id in
    // *latestAmountId), from the per-channel user index (schema 5) or, for older files and
    // users the index cannot hold as one token, by reading the user's rows.
    bool countFromUserChannels(const QString &user, UserSummary *summary, qint64 *firstId, qint64 *latestAmountId);
    bool countByReadingEvents(const QString &userToken, UserSummary *summary, qint64 *firstId, qint64 *latestAmountId);
    // The id range of the query's time window (after:, before:); nullopt when it is empty.
    std::optional<IdRange> timeWindow(const SearchQuery &query, int cap, QString *error);

    QString m_path;
    std::unique_ptr<SqliteConnection> m_connection; // opened and used on the reader's thread
    int m_schemaVersion = 0;                        // the file's, read at open
};

} // namespace bb
