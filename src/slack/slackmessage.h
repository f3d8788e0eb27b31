#pragma once

#include "core/event.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bb {

// A Slack user as the feed shows them (users.info: profile.real_name or name, profile.image_48).
struct SlackUser
{
    QString name;
    QString avatarUrl;
};

// How mirrored Slack channels are named in Bellboard: "slack.general" (the prefix keeps them
// apart from local channels of the same name and groups them in the sidebar). Empty when the
// Slack name cannot become a channel name.
QString mirroredChannelName(const QString &slackName);
bool isMirroredChannel(const QString &channel);
// The store's key for a Slack channel's messages and read position: "slack:C0123ABC".
QString slackSource(const QString &channelId);

// The users a message names as its author (user, edited-by excluded), to look up before storing.
QStringList slackAuthorIds(const QJsonObject &message);

// A Slack message object (conversations.history, .replies, a message event, chat.postMessage's
// answer) as an Event of `channel`: author's real name and avatar from `users` (the id when
// unknown), bot messages under the bot's name and icon, shared files as attachments with their
// names and links, the time from its ts, its thread in threadKey.
Event slackMessageToEvent(const QJsonObject &message, const QString &channel, const QHash<QString, SlackUser> &users);

// A top-level message (not a reply inside a thread): only these move the history cursor.
bool isTopLevelMessage(const QJsonObject &message);

} // namespace bb
