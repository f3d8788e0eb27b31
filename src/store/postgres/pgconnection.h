#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

struct pg_conn;
struct pg_result;

namespace bb {

// One answer from the server, freed with the object.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    qint64 toLongLong(int row, int column) const;
    bool toBool(int row, int column) const; // PostgreSQL's 't' / 'f'
    qint64 affectedRows() const;            // of an INSERT, UPDATE or DELETE
    bool succeeded() const;                 // a command or a query that went through
    bool isCopyIn() const;                  // the server waits for COPY data

private:
    pg_result *m_result = nullptr;
};

// One libpq connection, used on one thread. libpq directly rather than Qt's QPSQL: the store
// needs COPY for the insert path, LISTEN/NOTIFY payloads and the connection's own state,
// which QPSQL hides (README, "Several servers on PostgreSQL"). libpq is loaded with dlopen
// at the first connection: linked, it and its 14 dependencies (OpenSSL, Kerberos, LDAP…)
// were mapped at every start of every command, SQLite users' included.
class PgConnection
{
public:
    PgConnection();
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // `url`: a libpq connection URI, passed through (sslmode, service, passfile…). `password`,
    // when not empty, overrides whatever libpq would find (PGPASSWORD, ~/.pgpass).
    bool open(const QString &url, const QString &password, QString *error);
    void close();
    // True when the server went away (restart, network): the next use reconnects.
    bool isBroken() const;
    // Reconnects after the server went away; false while it is still unreachable.
    bool reconnect(QString *error);
    // Counts the sessions this object opened: session state (advisory locks) is lost with a change.
    int session() const { return m_session; }
    // Runs `sql` (a SET) now and again after every reconnect: a new session has defaults.
    bool setSessionOption(const QString &sql, QString *error);

    // Runs one statement with text parameters ($1, $2… in `sql`); a null QVariant is NULL.
    bool exec(const QString &sql, const QVariantList &values, PgResult *result, QString *error);
    bool exec(const QString &sql, QString *error);
    // COPY … FROM STDIN with `data` in COPY's text format (see copyField).
    bool copyIn(const QString &sql, const QByteArray &data, QString *error);

    // Waits up to `timeoutMs` for notifications of the channels this connection LISTENs to;
    // true when at least one arrived (all of them are consumed).
    bool waitForNotifications(int timeoutMs);

    // Appends one field in COPY text format (escaped; NULL as \N) and a tab or newline after it.
    static void copyField(QByteArray *row, const QVariant &value, bool last);

    pg_conn *handle() const { return m_conn; }

private:
    QString lastError() const;

    pg_conn *m_conn = nullptr;
    QString m_url;
    QString m_password;
    QStringList m_sessionOptions;
    int m_session = 0;
};

} // namespace bb
