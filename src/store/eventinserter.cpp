#include "eventinserter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

#include <cstdio>

namespace bb {

namespace {

// Empty optional fields are stored as NULL (see schema.cpp).
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant jsonOrNull(const QByteArray &json)
{
    return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(json));
}

QVariant usersJson(const QStringList &users)
{
    if (users.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(users)).toJson(QJsonDocument::Compact));
}

// Collects the strings a person reads in Slack attachments and blocks (titles, texts,
// field values), skipping colours, URLs of images, ids and the like.
void collectReadableText(const QJsonValue &value, const QString &key, QStringList *out)
{
    static const QStringList readableKeys = { QStringLiteral("fallback"), QStringLiteral("pretext"),
                                              QStringLiteral("title"), QStringLiteral("text"),
                                              QStringLiteral("value"), QStringLiteral("footer"),
                                              QStringLiteral("author_name") };
    if (value.isString()) {
        if (readableKeys.contains(key))
            *out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectReadableText(item, key, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectReadableText(it.value(), it.key(), out);
    }
}

QVariant attachmentText(const Event &event)
{
    QStringList parts;
    for (const QByteArray *json : { &event.attachmentsJson, &event.blocksJson }) {
        if (!json->isEmpty())
            collectReadableText(QJsonDocument::fromJson(*json).array(), QString(), &parts);
    }
    return textOrNull(parts.join(QLatin1Char(' ')));
}

} // namespace

EventInserter::EventInserter(const QSqlDatabase &db)
    : m_insert(db)
    , m_count(db)
{
}

namespace {

// Enough rows per statement that FTS5 flushes rarely, few enough to bound the JSON text.
constexpr int rowsPerStatement = 5000;

// The rows are written as JSON text by hand: QJsonDocument's generic path was a tenth
// of the writer's time, for a format this simple.
void appendJsonString(QByteArray *out, const QByteArray &utf8)
{
    out->append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out->append(escaped);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

// Empty optional texts become JSON null, hence SQL NULL (see schema.cpp).
void appendText(QByteArray *out, const QVariant &text)
{
    if (text.isNull())
        out->append("null");
    else
        appendJsonString(out, text.toString().toUtf8());
    out->append(',');
}

// One event as a JSON array, in the INSERT statement's column order.
void appendRow(QByteArray *out, const Event &event)
{
    out->append('[');
    appendText(out, event.channel);
    out->append(QByteArray::number(event.receivedAtMs)).append(',');
    appendText(out, textOrNull(event.senderTs));
    appendText(out, textOrNull(event.source));
    appendText(out, textOrNull(event.senderName));
    appendText(out, textOrNull(event.senderIcon));
    out->append(QByteArray::number(int(event.level))).append(',');
    appendText(out, textOrNull(event.title));
    appendText(out, textOrNull(event.text));
    appendText(out, jsonOrNull(event.attachmentsJson));
    appendText(out, jsonOrNull(event.blocksJson));
    appendText(out, textOrNull(event.threadKey));
    appendText(out, usersJson(event.users));
    appendText(out, attachmentText(event));
    out->append(event.mrkdwn ? "1]" : "0]");
}

} // namespace

bool EventInserter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    m_prepared = m_insert.prepare(QStringLiteral(
                         "INSERT INTO events (channel, received_at_ms, sender_ts, source, sender_name, sender_icon,"
                         " level, title, text, attachments_json, blocks_json, thread_key, users_json, attachment_text, mrkdwn)"
                         " SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7,"
                         " value->>8, value->>9, value->>10, value->>11, value->>12, value->>13, value->>14"
                         // CAST: the UTF-8 bytes are bound as a blob and read as text, unconverted.
                         " FROM json_each(CAST(? AS TEXT)) ORDER BY key"))
            && m_count.prepare(QStringLiteral(
                    "INSERT INTO channels (name, created_at_ms, event_count) VALUES (?, ?, ?)"
                    " ON CONFLICT(name) DO UPDATE SET event_count = event_count + excluded.event_count"));
    if (!m_prepared)
        *error = m_insert.lastError().isValid() ? m_insert.lastError().text() : m_count.lastError().text();
    return m_prepared;
}

// Many rows per INSERT statement, not one: FTS5 writes its pending terms out as a new
// segment at every statement boundary inside a transaction (its xSavepoint syncs), so
// row-at-a-time inserts made one tiny segment per event and spent most of the writer's
// time merging them. The rows travel as one JSON array parameter: binding thousands of
// separate parameters through QtSql is quadratic.
bool EventInserter::insert(EventList *events, QString *error)
{
    if (!prepare(error) || !countIntoChannels(*events, error))
        return false;
    for (qsizetype offset = 0; offset < events->size(); offset += rowsPerStatement) {
        const int rows = int(qMin<qsizetype>(rowsPerStatement, events->size() - offset));
        QByteArray table = "[";
        table.reserve(rows * 400);
        for (int row = 0; row < rows; ++row) {
            if (row > 0)
                table.append(',');
            appendRow(&table, events->at(offset + row));
        }
        table.append(']');
        m_insert.bindValue(0, table);
        const bool ok = m_insert.exec() && m_insert.numRowsAffected() == rows;
        if (!ok) {
            *error = QStringLiteral("inserting events: %1").arg(m_insert.lastError().text());
            m_insert.finish();
            return false;
        }
        // One statement under the write lock (BEGIN IMMEDIATE) numbers its rows
        // consecutively, in the array's order (ORDER BY key).
        const qint64 last = m_insert.lastInsertId().toLongLong();
        for (int row = 0; row < rows; ++row)
            (*events)[offset + row].id = last - rows + 1 + row;
        m_insert.finish();
    }
    return true;
}

// Creates the channels the batch names (INSERT … ON CONFLICT, so channels made meanwhile by
// another process are kept) and adds the batch's events to their counts.
bool EventInserter::countIntoChannels(const EventList &events, QString *error)
{
    QHash<QString, qint64> counts;
    QHash<QString, qint64> firstSeen;
    for (const Event &event : events) {
        if (counts[event.channel]++ == 0)
            firstSeen.insert(event.channel, event.receivedAtMs);
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        m_count.bindValue(0, it.key());
        m_count.bindValue(1, firstSeen.value(it.key()));
        m_count.bindValue(2, it.value());
        if (!m_count.exec()) {
            *error = QStringLiteral("counting events of #%1: %2").arg(it.key(), m_count.lastError().text());
            m_count.finish();
            return false;
        }
    }
    m_count.finish();
    return true;
}

QVariant EventInserter::attachmentTextOf(const Event &event)
{
    return attachmentText(event);
}

QVariant EventInserter::usersJsonOf(const Event &event)
{
    return usersJson(event.users);
}

} // namespace bb
