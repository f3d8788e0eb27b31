#include "eventinserter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

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

bool EventInserter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    m_prepared = m_insert.prepare(QStringLiteral(
                         "INSERT INTO events (channel, received_at_ms, sender_ts, source, sender_name, sender_icon,"
                         " level, title, text, attachments_json, blocks_json, thread_key, users_json, attachment_text, mrkdwn)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && m_count.prepare(QStringLiteral(
                    "INSERT INTO channels (name, created_at_ms, event_count) VALUES (?, ?, ?)"
                    " ON CONFLICT(name) DO UPDATE SET event_count = event_count + excluded.event_count"));
    if (!m_prepared)
        *error = m_insert.lastError().isValid() ? m_insert.lastError().text() : m_count.lastError().text();
    return m_prepared;
}

bool EventInserter::insert(EventList *events, QString *error)
{
    if (!prepare(error) || !countIntoChannels(*events, error))
        return false;
    for (Event &event : *events) {
        m_insert.bindValue(0, event.channel);
        m_insert.bindValue(1, event.receivedAtMs);
        m_insert.bindValue(2, textOrNull(event.senderTs));
        m_insert.bindValue(3, textOrNull(event.source));
        m_insert.bindValue(4, textOrNull(event.senderName));
        m_insert.bindValue(5, textOrNull(event.senderIcon));
        m_insert.bindValue(6, int(event.level));
        m_insert.bindValue(7, textOrNull(event.title));
        m_insert.bindValue(8, textOrNull(event.text));
        m_insert.bindValue(9, jsonOrNull(event.attachmentsJson));
        m_insert.bindValue(10, jsonOrNull(event.blocksJson));
        m_insert.bindValue(11, textOrNull(event.threadKey));
        m_insert.bindValue(12, usersJson(event.users));
        m_insert.bindValue(13, attachmentText(event));
        m_insert.bindValue(14, event.mrkdwn ? 1 : 0);
        if (!m_insert.exec()) {
            *error = QStringLiteral("inserting an event into #%1: %2").arg(event.channel, m_insert.lastError().text());
            m_insert.finish();
            return false;
        }
        event.id = m_insert.lastInsertId().toLongLong();
    }
    m_insert.finish();
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

} // namespace bb
