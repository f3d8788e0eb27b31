#include "storebackend.h"

#include "postgres/postgresbackend.h"
#include "sqlitebackend.h"

#include <QHash>

#include <mutex>

namespace bb {

StoreEngine storeEngineOf(const QString &location)
{
    // libpq's two URI schemes; a file path never starts like this.
    if (location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://")))
        return StoreEngine::Postgres;
    return StoreEngine::Sqlite;
}

QString storeTableName(StoreTable table)
{
    switch (table) {
    case StoreTable::Events: return QStringLiteral("events");
    case StoreTable::Channels: return QStringLiteral("channels");
    case StoreTable::Acknowledgements: return QStringLiteral("acknowledgements");
    case StoreTable::ExternalEvents: return QStringLiteral("external_events");
    case StoreTable::SyncCursors: return QStringLiteral("sync_cursors");
    case StoreTable::ReadMarkers: return QStringLiteral("read_markers");
    }
    return QString();
}

std::unique_ptr<StoreBackend> makeStoreBackend(const QString &location)
{
    if (storeEngineOf(location) == StoreEngine::Postgres)
        return std::make_unique<PostgresStoreBackend>();
    return std::make_unique<SqliteStoreBackend>();
}

std::unique_ptr<ReadBackend> makeReadBackend(const QString &location)
{
    if (storeEngineOf(location) == StoreEngine::Postgres)
        return std::make_unique<PostgresReadBackend>(location);
    return std::make_unique<SqliteReadBackend>(location);
}

namespace {

std::mutex passwordsMutex;

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byLocation;
    return byLocation;
}

} // namespace

void setStorePassword(const QString &location, const QString &password)
{
    std::lock_guard lock(passwordsMutex);
    passwords().insert(location, password);
}

QString storePassword(const QString &location)
{
    std::lock_guard lock(passwordsMutex);
    return passwords().value(location);
}

} // namespace bb
