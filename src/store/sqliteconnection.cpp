#include "sqliteconnection.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace bb {

namespace {

QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("bellboard-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SqliteConnection::SqliteConnection(const QString &purpose)
    : m_name(uniqueConnectionName(purpose))
{
}

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString &path, Mode mode, Sync sync, QString *error)
{
    close();
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path)) {
        *error = QStringLiteral("database file does not exist: %1").arg(path);
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (mode == Mode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            return false;
        }
        // busy_timeout is set twice on purpose: the connect option covers opening, the pragma
        // documents the behaviour where someone reads the schema setup.
        QStringList pragmas = {
            QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
            QStringLiteral("PRAGMA temp_store = MEMORY"),
        };
        if (mode == Mode::ReadWrite) {
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                    << QStringLiteral("PRAGMA synchronous = %1")
                               .arg(sync == Sync::Full ? QStringLiteral("FULL") : QStringLiteral("NORMAL"))
                    // Indexes and FTS pages of a batch stay in memory until commit.
                    << QStringLiteral("PRAGMA cache_size = -32768")
                    // The WAL is truncated back to this after checkpoints instead of keeping its peak size.
                    << QStringLiteral("PRAGMA journal_size_limit = 67108864");
        } else {
            pragmas << QStringLiteral("PRAGMA cache_size = -16384")
                    // Readers map the file instead of copying pages into a private cache: a
                    // fresh connection (every `bellboard search`) then starts as warm as the
                    // operating system's cache instead of reading page by page.
                    << QStringLiteral("PRAGMA mmap_size = 1073741824");
        }
        for (const QString &pragma : pragmas) {
            if (!execSql(db, pragma, error)) {
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_name);
                return false;
            }
        }
    }
    return true;
}

void SqliteConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool execSql(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(sql.simplified().left(120), query.lastError().text());
    return false;
}

} // namespace bb
