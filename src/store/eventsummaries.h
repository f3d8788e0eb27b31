#pragma once

#include "core/event.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace bb {

// How many stored events match a query, and what their amounts add up to (EventReader::tally).
struct EventTally
{
    qint64 count = 0;
    // Currency → the sum of its amounts in minor units (stored amounts, or an amount in the
    // text of events without one: moneytext.h); only when asked for. Never mixed.
    QMap<QString, qint64> sums;
    qint64 upToId = 0; // what was counted: the events with ids up to this one
    QString error;     // empty on success
};

// The head of a person's story (EventReader::userSummary).
struct UserSummary
{
    qint64 events = 0;
    qint64 firstSeenMs = 0; // the oldest of their events' receive times (0: none)
    qint64 lastSeenMs = 0;
    QList<QPair<QString, qint64>> perChannel; // channel → events, the busiest first
    // Their newest event with an amount (stored, as Stripe sends it) or about money or a plan
    // ("plan", "upgraded", "payment", "subscription"…: see EventReader::userSummary).
    std::optional<Event> latestPayment;
    QString error; // empty on success
};

// The words that make an event of a person's "about money or a plan" (UserSummary's
// latestPayment), one list for both engines' word searches.
inline const QStringList &planWords()
{
    static const QStringList words = { QStringLiteral("plan"), QStringLiteral("upgraded"), QStringLiteral("upgrade"),
                                       QStringLiteral("downgraded"), QStringLiteral("downgrade"), QStringLiteral("subscription"),
                                       QStringLiteral("subscribed"), QStringLiteral("payment"), QStringLiteral("paid"),
                                       QStringLiteral("invoice"), QStringLiteral("refund"), QStringLiteral("refunded"),
                                       QStringLiteral("charged") };
    return words;
}

} // namespace bb
