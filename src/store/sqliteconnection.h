#pragma once

#include <QSqlDatabase>
#include <QString>

namespace bb {

// One named QSQLITE connection, owned by the object that opened it and used on one thread
// only (SQLite through QtSql: one connection per thread). Closing removes the connection
// from QtSql's registry, so names never leak even when many readers come and go.
class SqliteConnection
{
public:
    enum class Mode {
        ReadWrite,
        ReadOnly
    };
    // PRAGMA synchronous for the writer: Full fsyncs the WAL at every commit (survives
    // power loss); Normal fsyncs only at checkpoints (survives a killed process).
    enum class Sync {
        Full,
        Normal
    };

    explicit SqliteConnection(const QString &purpose);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens `path` and sets WAL, busy timeout and cache pragmas. ReadOnly never creates a file.
    bool open(const QString &path, Mode mode, Sync sync, QString *error);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;
    QString name() const { return m_name; }

    // How long a statement waits for another connection's (or process's) lock before failing.
    static constexpr int kBusyTimeoutMs = 15000;

private:
    QString m_name;
};

// Runs one statement without results; on failure fills `error` with the statement and
// SQLite's message. Used for pragmas, DDL and transaction control.
bool execSql(const QSqlDatabase &db, const QString &sql, QString *error);

} // namespace bb
