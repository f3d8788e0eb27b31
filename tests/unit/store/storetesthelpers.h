#pragma once

#include "core/searchquery.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace bb::test {

inline Event makeEvent(const QString &channel, const QString &text, const QStringList &users = {},
                       Level level = Level::Info, const QString &sender = QStringLiteral("tester"))
{
    Event event;
    event.channel = channel;
    event.text = text;
    event.users = users;
    event.level = level;
    event.senderName = sender;
    event.source = QStringLiteral("test");
    event.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    return event;
}

// `event` as received at `ms` (epoch milliseconds): for tests about days, spans and order.
inline Event at(Event event, qint64 ms)
{
    event.receivedAtMs = ms;
    return event;
}

// A #financials event, with a stored amount when given one (as a Stripe payment has).
inline Event payment(const QString &text, const Money &amount = {}, const QStringList &users = {})
{
    Event event = makeEvent(QStringLiteral("financials"), text, users);
    event.amount = amount;
    return event;
}

// Appends and waits for the commit; fails the test when the store reports an error.
inline EventList commit(EventStore &store, const EventList &events)
{
    auto future = store.append(events);
    future.waitForFinished();
    const AppendResult result = future.result();
    if (!result.ok)
        qWarning("append failed: %s", qPrintable(result.error));
    return result.events;
}

// The texts of the events `query` (the search language) finds in the store file, newest first.
inline QStringList texts(const QString &path, const QString &query)
{
    EventReader reader(path);
    QStringList out;
    for (const Event &event : reader.search(parseSearchQuery(query).query).events)
        out << event.text;
    return out;
}

// A plain connection of the test's own, standing for "another process" on the same file.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

} // namespace bb::test
