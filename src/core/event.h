#pragma once

#include "level.h"
#include "money.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace bb {

// Who took an event (`/ack`, a row's Acknowledge action): shared by the whole team, the first
// acknowledgement wins and later ones change nothing. Stored beside the event, not in it.
struct Acknowledgement
{
    QString by;      // the person's name ([[users]] name, or the desk's user name)
    qint64 atMs = 0; // when, ms since the epoch (UTC)

    bool isValid() const { return !by.isEmpty(); }
};

// One notification as Bellboard keeps it, whatever format it arrived in.
struct Event
{
    qint64 id = 0;                     // assigned by the store on commit; 0 before
    QString channel;                   // normalized channel name, without '#'
    qint64 receivedAtMs = 0;           // server receive time, ms since the epoch (UTC)
    QString senderTs;                  // the sender's own timestamp as given (Slack "ts" or ISO text), may be empty
    QString source;                    // where it came from: "webhook", "chat.postMessage", "notify", "plain", "cli", plus ":<token name>"
    QString senderName;                // username / bot name as the sender called itself, or the fallback below
    bool senderNameIsFallback = false; // the sender gave no name: Bellboard named it after the client, tag or source (senderfallback.h)
    QString senderIcon;                // ":emoji:" shortcode or an icon URL
    Level level = Level::Info;
    QString title;
    QString text;               // mrkdwn as sent (rendering happens in the UI layer)
    QByteArray attachmentsJson; // compact JSON array, or empty
    QByteArray blocksJson;      // compact JSON array, or empty
    QString threadKey;          // Slack thread_ts or another grouping key, may be empty
    QStringList users;          // the end users this event concerns (e-mails, @handles), lower case
    bool mrkdwn = true;
    Money amount;                    // a payment's amount when the sender gave one (Stripe), else invalid
    Acknowledgement acknowledgement; // read from the store's acknowledgements; ignored on append

    // The Slack-style message timestamp ("1503435956.000247") Bellboard answers for this
    // event: unique per store because the fraction carries the event id.
    QString slackTs() const;

    // Slack's message object shape ({"type":"message","text":…,"ts":…}) for API answers.
    QJsonObject toSlackMessage() const;
    // Bellboard's own JSON form, used by /api/events and `bellboard search --json`.
    QJsonObject toJson() const;
};

using EventList = QList<Event>;

} // namespace bb

Q_DECLARE_METATYPE(bb::Event)
Q_DECLARE_METATYPE(bb::EventList)
