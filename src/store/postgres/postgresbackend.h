#pragma once

#include "store/searchsql.h"
#include "store/storebackend.h"

#include <memory>
#include <optional>

namespace bb {

class PgConnection;
class PgLeadership;
class PgListener;
struct PgOwnWrites;

// Events in a PostgreSQL database shared by several Bellboard servers (pgschema.cpp). Every
// write transaction holds one advisory lock, so ids become visible in the order they were
// given: a stream that reads "ids after the last one seen" never skips an event that a
// slower transaction on another server was still committing.
class PostgresStoreBackend final : public StoreBackend
{
public:
    PostgresStoreBackend();
    ~PostgresStoreBackend() override;

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
    void followOtherWriters(OtherWriters handlers) override;
    void campaign(std::function<void(bool leads)> changed) override;
    bool isUnavailable() const override;
    bool hasRunningServer(bool *running, QString *error) override;

private:
    bool ensureConnected(QString *error);
    bool storeRows(const EventList &events, QString *error);
    bool recordChange(const Event &event, bool removed, QString *error);
    bool recordMarkerMove(const QString &user, const QString &channel, qint64 lastReadId, QString *error);
    bool insertChange(const QVariantList &row, QString *error);
    bool insertUsers(const EventList &events, QString *error);

    QString m_url;
    std::unique_ptr<PgConnection> m_connection;
    std::shared_ptr<PgOwnWrites> m_own;         // what this server wrote: the listener skips it
    std::unique_ptr<PgListener> m_listener;     // stopped before the connection goes
    std::unique_ptr<PgLeadership> m_leadership; // idem
};

class PostgresReadBackend final : public ReadBackend
{
public:
    explicit PostgresReadBackend(const QString &url);
    ~PostgresReadBackend() override;

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
    bool ensureConnected(QString *error);
    // The id range of the query's time window ({} when it has none), nullopt when the window
    // holds no event or on an error (then in *error).
    std::optional<IdRange> timeWindow(const SearchQuery &query, QString *error);

    QString m_url;
    std::unique_ptr<PgConnection> m_connection;
    int m_schemaVersion = 0;
};

} // namespace bb
