#include "pgconnection.h"

#include <QVariant>

#include <libpq-fe.h>

#include <vector>

namespace bb {

PgResult::PgResult(pg_result *result)
    : m_result(result)
{
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::toLongLong(int row, int column) const
{
    return QByteArray::fromRawData(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column)).toLongLong();
}

bool PgResult::toBool(int row, int column) const
{
    return PQgetvalue(m_result, row, column)[0] == 't';
}

bool PgResult::succeeded() const
{
    const ExecStatusType status = PQresultStatus(m_result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

bool PgResult::isCopyIn() const
{
    return PQresultStatus(m_result) == PGRES_COPY_IN;
}

qint64 PgResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

PgConnection::PgConnection() = default;

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::open(const QString &url, const QString &password, QString *error)
{
    close();
    m_url = url;
    m_password = password;
    m_sessionOptions.clear();
    const QByteArray urlUtf8 = url.toUtf8();
    const QByteArray passwordUtf8 = password.toUtf8();
    // Earlier entries are defaults the URL may override; the password comes last and wins.
    std::vector<const char *> keys = { "connect_timeout", "fallback_application_name", "client_encoding", "dbname" };
    std::vector<const char *> values = { "10", "bellboard", "UTF8", urlUtf8.constData() };
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(passwordUtf8.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    ++m_session;
    if (PQstatus(m_conn) != CONNECTION_OK) {
        *error = QStringLiteral("cannot connect to PostgreSQL: %1").arg(lastError());
        close();
        return false;
    }
    return true;
}

void PgConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgConnection::isBroken() const
{
    return !m_conn || PQstatus(m_conn) == CONNECTION_BAD;
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
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QStringLiteral("not connected");
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
    PgResult answer(PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr, pointers.data(),
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
    PgResult start(PQexec(m_conn, sql.toUtf8().constData()));
    if (!start.isCopyIn()) {
        *error = lastError();
        return false;
    }
    bool ok = PQputCopyData(m_conn, data.constData(), int(data.size())) == 1 && PQputCopyEnd(m_conn, nullptr) == 1;
    while (PGresult *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            ok = false;
        PQclear(result);
    }
    if (!ok)
        *error = lastError();
    return ok;
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
