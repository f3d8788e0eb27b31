#include "pgconnection.h"

#include <QVariant>

#include <libpq-fe.h>

#include <dlfcn.h>
#include <sys/select.h>

#include <vector>

namespace bb {

namespace {

// libpq's functions, looked up once in the library loaded at the first use.
struct LibPq
{
    decltype(&::PQconnectdbParams) connectdbParams = nullptr;
    decltype(&::PQstatus) status = nullptr;
    decltype(&::PQfinish) finish = nullptr;
    decltype(&::PQerrorMessage) errorMessage = nullptr;
    decltype(&::PQexecParams) execParams = nullptr;
    decltype(&::PQexec) exec = nullptr;
    decltype(&::PQresultStatus) resultStatus = nullptr;
    decltype(&::PQclear) clear = nullptr;
    decltype(&::PQntuples) ntuples = nullptr;
    decltype(&::PQgetisnull) getisnull = nullptr;
    decltype(&::PQgetvalue) getvalue = nullptr;
    decltype(&::PQgetlength) getlength = nullptr;
    decltype(&::PQcmdTuples) cmdTuples = nullptr;
    decltype(&::PQputCopyData) putCopyData = nullptr;
    decltype(&::PQputCopyEnd) putCopyEnd = nullptr;
    decltype(&::PQgetResult) getResult = nullptr;
    decltype(&::PQsocket) socket = nullptr;
    decltype(&::PQconsumeInput) consumeInput = nullptr;
    decltype(&::PQnotifies) notifies = nullptr;
    decltype(&::PQfreemem) freemem = nullptr;
    QString error; // empty when every function was found
};

template<typename Function>
bool resolve(void *library, const char *name, Function *function)
{
    *function = reinterpret_cast<Function>(dlsym(library, name));
    return *function != nullptr;
}

LibPq load()
{
    LibPq lib;
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        lib.error = QStringLiteral("PostgreSQL's client library is not installed (libpq.so.5: %1)")
                            .arg(QString::fromLocal8Bit(dlerror()));
        return lib;
    }
    const bool found = resolve(library, "PQconnectdbParams", &lib.connectdbParams)
                    && resolve(library, "PQstatus", &lib.status)
                    && resolve(library, "PQfinish", &lib.finish)
                    && resolve(library, "PQerrorMessage", &lib.errorMessage)
                    && resolve(library, "PQexecParams", &lib.execParams)
                    && resolve(library, "PQexec", &lib.exec)
                    && resolve(library, "PQresultStatus", &lib.resultStatus)
                    && resolve(library, "PQclear", &lib.clear)
                    && resolve(library, "PQntuples", &lib.ntuples)
                    && resolve(library, "PQgetisnull", &lib.getisnull)
                    && resolve(library, "PQgetvalue", &lib.getvalue)
                    && resolve(library, "PQgetlength", &lib.getlength)
                    && resolve(library, "PQcmdTuples", &lib.cmdTuples)
                    && resolve(library, "PQputCopyData", &lib.putCopyData)
                    && resolve(library, "PQputCopyEnd", &lib.putCopyEnd)
                    && resolve(library, "PQgetResult", &lib.getResult)
                    && resolve(library, "PQsocket", &lib.socket)
                    && resolve(library, "PQconsumeInput", &lib.consumeInput)
                    && resolve(library, "PQnotifies", &lib.notifies)
                    && resolve(library, "PQfreemem", &lib.freemem);
    if (!found)
        lib.error = QStringLiteral("libpq.so.5 lacks a function Bellboard needs (too old a libpq)");
    return lib;
}

const LibPq &lib()
{
    static const LibPq loaded = load();
    return loaded;
}

} // namespace

PgResult::PgResult(pg_result *result)
    : m_result(result)
{
}

PgResult::~PgResult()
{
    if (m_result)
        lib().clear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            lib().clear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? lib().ntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return lib().getisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(lib().getvalue(m_result, row, column), lib().getlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(lib().getvalue(m_result, row, column), lib().getlength(m_result, row, column));
}

qint64 PgResult::toLongLong(int row, int column) const
{
    return QByteArray::fromRawData(lib().getvalue(m_result, row, column), lib().getlength(m_result, row, column)).toLongLong();
}

bool PgResult::toBool(int row, int column) const
{
    return lib().getvalue(m_result, row, column)[0] == 't';
}

bool PgResult::succeeded() const
{
    const ExecStatusType status = lib().resultStatus(m_result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

bool PgResult::isCopyIn() const
{
    return lib().resultStatus(m_result) == PGRES_COPY_IN;
}

qint64 PgResult::affectedRows() const
{
    return m_result ? QByteArray(lib().cmdTuples(m_result)).toLongLong() : 0;
}

PgConnection::PgConnection() = default;

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::open(const QString &url, const QString &password, QString *error)
{
    close();
    if (!lib().error.isEmpty()) {
        *error = lib().error;
        return false;
    }
    m_url = url;
    m_password = password;
    m_sessionOptions.clear();
    const QByteArray urlUtf8 = url.toUtf8();
    const QByteArray passwordUtf8 = password.toUtf8();
    // Earlier entries are defaults the URL may override; the password comes last and wins.
    // Notices stay in the server's log: libpq printed them on stderr, where the schema's
    // "already exists, skipping" stood in every command's output.
    // TCP keepalives both ways: a machine that dies (no FIN) is noticed in about 20 s instead
    // of the system's two hours, by this server (its query fails, a leader steps down) and by
    // PostgreSQL (the session ends and its advisory locks go, so another server takes over
    // the leadership well within the 30 s the team promises).
    std::vector<const char *> keys = { "connect_timeout", "fallback_application_name", "client_encoding",
                                       "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count",
                                       "tcp_user_timeout", "options", "dbname" };
    std::vector<const char *> values = { "10", "bellboard", "UTF8", "1", "10", "3", "3", "20000",
                                         "-c client_min_messages=warning -c tcp_keepalives_idle=10 "
                                         "-c tcp_keepalives_interval=3 -c tcp_keepalives_count=3",
                                         urlUtf8.constData() };
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(passwordUtf8.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = lib().connectdbParams(keys.data(), values.data(), 1);
    ++m_session;
    if (lib().status(m_conn) != CONNECTION_OK) {
        *error = QStringLiteral("cannot connect to PostgreSQL: %1").arg(lastError());
        close();
        return false;
    }
    return true;
}

void PgConnection::close()
{
    if (m_conn)
        lib().finish(m_conn);
    m_conn = nullptr;
}

bool PgConnection::isBroken() const
{
    return !m_conn || lib().status(m_conn) == CONNECTION_BAD;
}

bool PgConnection::reconnect(QString *error)
{
    const QStringList options = m_sessionOptions;
    if (!open(m_url, m_password, error))
        return false;
    m_sessionOptions = options;
    for (const QString &sql : options) {
        if (!exec(sql, error))
            return false;
    }
    return true;
}

bool PgConnection::setSessionOption(const QString &sql, QString *error)
{
    if (!exec(sql, error))
        return false;
    m_sessionOptions << sql;
    return true;
}

QString PgConnection::lastError() const
{
    return m_conn ? QString::fromUtf8(lib().errorMessage(m_conn)).trimmed() : QStringLiteral("not connected");
}

namespace {

QByteArray textOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QByteArray::number(value.toLongLong());
    case QMetaType::QByteArray: return value.toByteArray();
    default: break;
    }
    QByteArray text = value.toString().toUtf8();
    text.replace('\0', QByteArray()); // PostgreSQL's text cannot hold NUL
    return text;
}

} // namespace

bool PgConnection::exec(const QString &sql, const QVariantList &values, PgResult *result, QString *error)
{
    if (isBroken()) {
        *error = QStringLiteral("the connection to PostgreSQL is lost");
        return false;
    }
    std::vector<QByteArray> texts;
    std::vector<const char *> pointers;
    texts.reserve(size_t(values.size()));
    for (const QVariant &value : values) {
        if (value.isNull()) {
            texts.emplace_back();
            pointers.push_back(nullptr);
        } else {
            texts.push_back(textOf(value));
            pointers.push_back(texts.back().constData());
        }
    }
    PgResult answer(lib().execParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr, pointers.data(),
                                     nullptr, nullptr, 0));
    if (!answer.succeeded()) {
        *error = lastError();
        return false;
    }
    if (result)
        *result = std::move(answer);
    return true;
}

bool PgConnection::exec(const QString &sql, QString *error)
{
    QString why;
    const bool ok = exec(sql, {}, nullptr, &why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool PgConnection::copyIn(const QString &sql, const QByteArray &data, QString *error)
{
    if (isBroken()) {
        *error = QStringLiteral("the connection to PostgreSQL is lost");
        return false;
    }
    PgResult start(lib().exec(m_conn, sql.toUtf8().constData()));
    if (!start.isCopyIn()) {
        *error = lastError();
        return false;
    }
    bool ok = lib().putCopyData(m_conn, data.constData(), int(data.size())) == 1 && lib().putCopyEnd(m_conn, nullptr) == 1;
    while (PGresult *result = lib().getResult(m_conn)) {
        if (lib().resultStatus(result) != PGRES_COMMAND_OK)
            ok = false;
        lib().clear(result);
    }
    if (!ok)
        *error = lastError();
    return ok;
}

bool PgConnection::waitForNotifications(int timeoutMs)
{
    if (isBroken())
        return false;
    // Notifications that came in while the last statement's answer was read wait in libpq's
    // queue, not on the socket: without this check they woke nobody until the next one came.
    bool queued = false;
    while (PGnotify *notify = lib().notifies(m_conn)) {
        queued = true;
        lib().freemem(notify);
    }
    if (queued)
        return true;
    const int socket = lib().socket(m_conn);
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(socket, &readable);
    timeval timeout{ timeoutMs / 1000, (timeoutMs % 1000) * 1000 };
    if (select(socket + 1, &readable, nullptr, nullptr, &timeout) <= 0 || lib().consumeInput(m_conn) == 0)
        return false;
    bool notified = false;
    while (PGnotify *notify = lib().notifies(m_conn)) {
        notified = true;
        lib().freemem(notify);
    }
    return notified;
}

void PgConnection::copyField(QByteArray *row, const QVariant &value, bool last)
{
    if (value.isNull()) {
        row->append("\\N");
    } else {
        const QByteArray text = textOf(value);
        row->reserve(row->size() + text.size() + 1);
        for (const char c : text) {
            switch (c) {
            case '\\': row->append("\\\\"); break;
            case '\n': row->append("\\n"); break;
            case '\r': row->append("\\r"); break;
            case '\t': row->append("\\t"); break;
            default: row->append(c);
            }
        }
    }
    row->append(last ? '\n' : '\t');
}

} // namespace bb
