#pragma once

#include "slackwebapi.h"

#include <QList>
#include <QString>
#include <functional>

namespace bb {

struct SlackChannelInfo
{
    QString id;   // "C0123ABC"
    QString name; // "general", without '#'
    bool isPrivate = false;
    bool isMember = false; // the app can read it (otherwise: /invite it)
};

// Every channel the bot token can see, through conversations.list paged by next_cursor
// (archived ones left out). `done` gets them sorted by name, or the failed response.
void listSlackChannels(SlackWebApi *api, int pageSize, QObject *context,
                       std::function<void(const QList<SlackChannelInfo> &, const SlackResponse &)> done);

// The configured entry ("general", "#general", or an id "C0123ABC") among `channels`.
const SlackChannelInfo *findSlackChannel(const QList<SlackChannelInfo> &channels, const QString &wanted);

} // namespace bb
