#include "eventeditor.h"

#include "eventinserter.h"
#include "eventreader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace bb {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant jsonOrNull(const QByteArray &json)
{
    return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(json));
}

bool failed(const QSqlQuery &query, const QString &what, QString *error)
{
    *error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    return false;
}

} // namespace

EventEditor::EventEditor(const QSqlDatabase &db)
    : m_db(db)
{
}

bool EventEditor::find(qint64 id, Event *event, QString *error)
{
    QString why;
    const EventList found = EventReader::loadFrom(m_db, { id }, &why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    *event = found.isEmpty() ? Event() : found.first();
    return true;
}

// The WHERE clause makes an identical copy a no-op, so duplicates announce nothing.
bool EventEditor::update(const Event &event, EventList *changed, QString *error)
{
    const QVariantList values = {
        textOrNull(event.senderTs),
        textOrNull(event.source),
        textOrNull(event.senderName),
        textOrNull(event.senderIcon),
        int(event.level),
        textOrNull(event.title),
        textOrNull(event.text),
        jsonOrNull(event.attachmentsJson),
        jsonOrNull(event.blocksJson),
        textOrNull(event.threadKey),
        EventInserter::usersJsonOf(event),
        EventInserter::attachmentTextOf(event),
        event.mrkdwn ? 1 : 0,
        event.senderNameIsFallback ? 1 : 0,
    };
    static const QStringList columns = {
        QStringLiteral("sender_ts"),
        QStringLiteral("source"),
        QStringLiteral("sender_name"),
        QStringLiteral("sender_icon"),
        QStringLiteral("level"),
        QStringLiteral("title"),
        QStringLiteral("text"),
        QStringLiteral("attachments_json"),
        QStringLiteral("blocks_json"),
        QStringLiteral("thread_key"),
        QStringLiteral("users_json"),
        QStringLiteral("attachment_text"),
        QStringLiteral("mrkdwn"),
        QStringLiteral("sender_name_fallback"),
    };
    QStringList assignments;
    QStringList differences;
    for (const QString &column : columns) {
        assignments << column + QStringLiteral(" = ?");
        differences << column + QStringLiteral(" IS NOT ?");
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE events SET %1 WHERE id = ? AND (%2)")
                          .arg(assignments.join(QStringLiteral(", ")), differences.join(QStringLiteral(" OR "))));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(event.id);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failed(query, QStringLiteral("updating a stored message"), error);
    if (query.numRowsAffected() > 0)
        *changed << event;
    return true;
}

bool EventEditor::remove(const Event &gone, EventList *removed, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    query.addBindValue(gone.id);
    if (!query.exec())
        return failed(query, QStringLiteral("removing a stored message"), error);
    if (query.numRowsAffected() > 0)
        *removed << gone;
    return true;
}

Event EventEditor::withContent(Event stored, const Event &content)
{
    stored.title = content.title;
    stored.text = content.text;
    stored.users = content.users;
    stored.mrkdwn = content.mrkdwn;
    stored.blocksJson = content.blocksJson;
    stored.attachmentsJson = content.attachmentsJson;
    return stored;
}

} // namespace bb
