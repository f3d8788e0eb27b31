#pragma once

#include "slackmirror.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace bb {

struct SlackLoginResult
{
    bool ok = false;
    QString team;  // the workspace's name (auth.test)
    QString user;  // the bot's user name
    QString error; // a sentence: which token, what Slack said, what to do
};

// Checks a pair of tokens with Slack before anything is stored: their shapes, then the bot
// token with auth.test and the app-level token with apps.connections.open (which also tells
// whether Socket Mode is on). Shared by `bellboard slack login` and the connect dialog.
// `done` runs on `context`'s thread unless `context` is destroyed first.
void checkSlackLogin(const QUrl &apiUrl, const SlackTokens &tokens, QObject *context,
                     std::function<void(const SlackLoginResult &)> done);

} // namespace bb
