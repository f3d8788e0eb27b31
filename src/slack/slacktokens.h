#pragma once

#include "slackmirror.h"

#include <QString>

namespace bb {

// Where the two Slack tokens are kept: the system keychain, as the secrets "slack-bot-token"
// and "slack-app-token" (src/secrets), or on a headless server the environment variables
// BELLBOARD_SECRET_SLACK_BOT_TOKEN and BELLBOARD_SECRET_SLACK_APP_TOKEN. Never a file.
namespace slacktokens {

QString botSecretName();
QString appSecretName();

struct Lookup
{
    SlackTokens tokens;
    QString error;        // empty when both were found
    bool missing = false; // not logged in (the keychain works, the tokens are not there)
    bool fromEnvironment = false;
    bool ok() const { return error.isEmpty(); }
};

// These wait for the keychain: call them at start-up, in the CLI, or from a dialog's OK.
Lookup read();
bool write(const SlackTokens &tokens, QString *error);
bool remove(QString *error);

// "xoxb-…" and "xapp-…": refuses the obvious mix-ups (the tokens swapped, a user token)
// before anything is stored. Empty when fine.
QString checkShapes(const SlackTokens &tokens);

} // namespace slacktokens
} // namespace bb
