#include "storebackend.h"

#include "postgres/postgresbackend.h"
#include "sqlitebackend.h"

#include <QHash>
#include <QMap>

#include <mutex>

namespace bb {

StoreEngine storeEngineOf(const QString &location)
{
    // libpq's two URI schemes, and the team server's; a file path never starts like this.
    if (location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://")))
        return StoreEngine::Postgres;
    if (location.startsWith(QLatin1String("https://")) || location.startsWith(QLatin1String("http://")))
        return StoreEngine::Remote;
    return StoreEngine::Sqlite;
}

namespace {

std::mutex enginesMutex;

QMap<StoreEngine, StoreEngineFactory> &registeredEngines()
{
    static QMap<StoreEngine, StoreEngineFactory> byEngine;
    return byEngine;
}

StoreEngineFactory registeredEngine(StoreEngine engine)
{
    std::lock_guard lock(enginesMutex);
    return registeredEngines().value(engine);
}

} // namespace

QString noEngineError(const QString &location)
{
    return QStringLiteral("%1: this program has no engine for such a store").arg(location);
}

void registerStoreEngine(StoreEngine engine, StoreEngineFactory factory)
{
    std::lock_guard lock(enginesMutex);
    registeredEngines().insert(engine, std::move(factory));
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

namespace {
bool notCopyable(QString *error)
{
    *error = QStringLiteral("this store cannot be copied: only a SQLite file or a PostgreSQL database can");
    return false;
}
} // namespace

bool StoreBackend::insertCopies(const EventList &, const QList<ExternalIdRow> &, QString *error)
{
    return notCopyable(error);
}

bool StoreBackend::mergeSideTables(const SideTables &, qint64, QString *error)
{
    return notCopyable(error);
}

bool ReadBackend::counts(StoreCounts *, QString *error)
{
    return notCopyable(error);
}

bool ReadBackend::sideTables(SideTables *, QString *error)
{
    return notCopyable(error);
}

bool ReadBackend::externalIds(qint64, qint64, QList<ExternalIdRow> *, QString *error)
{
    return notCopyable(error);
}

std::unique_ptr<StoreBackend> makeStoreBackend(const QString &location)
{
    const StoreEngine engine = storeEngineOf(location);
    if (engine == StoreEngine::Postgres)
        return std::make_unique<PostgresStoreBackend>();
    if (engine == StoreEngine::Sqlite)
        return std::make_unique<SqliteStoreBackend>();
    const StoreEngineFactory factory = registeredEngine(engine);
    return factory.writer ? factory.writer(location) : nullptr;
}

std::unique_ptr<ReadBackend> makeReadBackend(const QString &location)
{
    const StoreEngine engine = storeEngineOf(location);
    if (engine == StoreEngine::Postgres)
        return std::make_unique<PostgresReadBackend>(location);
    if (engine == StoreEngine::Sqlite)
        return std::make_unique<SqliteReadBackend>(location);
    const StoreEngineFactory factory = registeredEngine(engine);
    return factory.reader ? factory.reader(location) : nullptr;
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
