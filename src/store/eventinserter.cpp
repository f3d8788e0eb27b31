#include "eventinserter.h"

#include "core/eventmatch.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <vector>

namespace bb {

EventInserter::EventInserter(const QSqlDatabase &db)
    : m_count(db)
{
    // QSQLITE hands out its sqlite3 handle; QtSql stays the owner and closes it.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
}

EventInserter::~EventInserter()
{
    sqlite3_finalize(m_insert);
}

namespace {

// Rows per INSERT statement. FTS5 writes its pending terms out as a new segment at every
// statement boundary inside a transaction (its xSavepoint syncs), so row-at-a-time inserts
// made one tiny segment per event and spent most of the writer's time merging them. One
// statement holds this many rows; a smaller batch binds only the first rows and leaves the
// rest NULL, which the statement's WHERE skips.
constexpr int kRowsPerStatement = 128;
constexpr int kColumnsPerRow = 20; // the 18 stored columns, the row's position and its id

QString insertSql()
{
    // The id is NULL (SQLite gives the next one) unless the events keep the ids they have.
    QString sql = QStringLiteral(
            "INSERT INTO events (id, channel, received_at_ms, sender_ts, source, sender_name, sender_icon,"
            " level, title, text, attachments_json, blocks_json, thread_key, users_json, attachment_text, mrkdwn,"
            " sender_name_fallback, amount_minor, amount_currency)"
            " SELECT column20, column1, column2, column3, column4, column5, column6, column7, column8, column9,"
            " column10, column11, column12, column13, column14, column15, column16, column17, column18 FROM (VALUES ");
    const QString row = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (int i = 0; i < kRowsPerStatement; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += row;
    }
    // ORDER BY the position: one statement under the write lock (BEGIN IMMEDIATE) numbers
    // its rows consecutively, and this makes that numbering follow the batch's order.
    sql += QStringLiteral(") WHERE column1 IS NOT NULL ORDER BY column19");
    return sql;
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Binds text without copying it: the events outlive the statement's step. Empty optional
// texts stay NULL (see schema.cpp).
void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    if (!text.isEmpty())
        sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

void bindUtf8(sqlite3_stmt *statement, int index, const QByteArray &utf8)
{
    if (!utf8.isEmpty())
        sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

QByteArray usersJson(const QStringList &users)
{
    if (users.isEmpty())
        return {};
    return QJsonDocument(QJsonArray::fromStringList(users)).toJson(QJsonDocument::Compact);
}

} // namespace

bool EventInserter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    if (!m_db) {
        *error = QStringLiteral("the database connection is not a QSQLITE one");
        return false;
    }
    const QByteArray sql = insertSql().toUtf8();
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_insert, nullptr)
        != SQLITE_OK) {
        *error = QStringLiteral("preparing the insert: %1").arg(sqliteError(m_db));
        return false;
    }
    if (!m_count.prepare(QStringLiteral(
                "INSERT INTO channels (name, created_at_ms, event_count) VALUES (?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET event_count = event_count + excluded.event_count"))) {
        *error = m_count.lastError().text();
        return false;
    }
    m_prepared = true;
    return true;
}

// The rows are bound one value at a time through SQLite's own API: QtSql copies every
// bound value into a QVariant list and re-binds the lot at each exec, which made binding
// thousands of parameters quadratic, and the earlier detour through one JSON text
// parameter cost the writer a third of its time in formatting and re-parsing.
bool EventInserter::insert(EventList *events, QString *error)
{
    return insertAll(events, Ids::Assign, error);
}

bool EventInserter::insertKeepingIds(const EventList &events, QString *error)
{
    EventList copies = events;
    return insertAll(&copies, Ids::Keep, error);
}

bool EventInserter::insertAll(EventList *events, Ids ids, QString *error)
{
    if (!prepare(error) || !countIntoChannels(*events, error))
        return false;
    for (qsizetype offset = 0; offset < events->size(); offset += kRowsPerStatement) {
        const int rows = int(qMin<qsizetype>(kRowsPerStatement, events->size() - offset));
        if (!insertChunk(events, offset, rows, ids, error))
            return false;
    }
    return true;
}

bool EventInserter::insertChunk(EventList *events, qsizetype offset, int rows, Ids ids, QString *error)
{
    // Texts made for this statement, kept alive until it has run (SQLITE_STATIC).
    std::vector<QByteArray> made;
    made.reserve(size_t(rows) * 2);
    for (int row = 0; row < rows; ++row) {
        const Event &event = events->at(offset + row);
        const int first = row * kColumnsPerRow + 1;
        bindText(m_insert, first, event.channel);
        sqlite3_bind_int64(m_insert, first + 1, event.receivedAtMs);
        bindText(m_insert, first + 2, event.senderTs);
        bindText(m_insert, first + 3, event.source);
        bindText(m_insert, first + 4, event.senderName);
        bindText(m_insert, first + 5, event.senderIcon);
        sqlite3_bind_int(m_insert, first + 6, int(event.level));
        bindText(m_insert, first + 7, event.title);
        bindText(m_insert, first + 8, event.text);
        bindUtf8(m_insert, first + 9, event.attachmentsJson);
        bindUtf8(m_insert, first + 10, event.blocksJson);
        bindText(m_insert, first + 11, event.threadKey);
        made.push_back(usersJson(event.users));
        bindUtf8(m_insert, first + 12, made.back());
        made.push_back(eventAttachmentText(event).toUtf8());
        bindUtf8(m_insert, first + 13, made.back());
        sqlite3_bind_int(m_insert, first + 14, event.mrkdwn ? 1 : 0);
        sqlite3_bind_int(m_insert, first + 15, event.senderNameIsFallback ? 1 : 0);
        if (event.amount.isValid()) {
            sqlite3_bind_int64(m_insert, first + 16, event.amount.minorUnits);
            bindText(m_insert, first + 17, event.amount.currency);
        }
        sqlite3_bind_int(m_insert, first + 18, row);
        if (ids == Ids::Keep)
            sqlite3_bind_int64(m_insert, first + 19, event.id);
    }
    const int status = sqlite3_step(m_insert);
    const int changed = sqlite3_changes(m_db);
    const qint64 last = sqlite3_last_insert_rowid(m_db);
    sqlite3_reset(m_insert);
    sqlite3_clear_bindings(m_insert);
    if (status != SQLITE_DONE || changed != rows) {
        *error = QStringLiteral("inserting events: %1").arg(sqliteError(m_db));
        return false;
    }
    if (ids == Ids::Keep)
        return true;
    for (int row = 0; row < rows; ++row)
        (*events)[offset + row].id = last - rows + 1 + row;
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

// Empty texts as NULL, like the rows insert() writes (see schema.cpp).
QVariant EventInserter::attachmentTextOf(const Event &event)
{
    const QString text = eventAttachmentText(event);
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant EventInserter::usersJsonOf(const Event &event)
{
    const QByteArray json = usersJson(event.users);
    return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(json));
}

} // namespace bb
