#include "slacktokens.h"

#include "secrets/secrets.h"

#include <QCoreApplication>

namespace bb::slacktokens {

namespace {

// lupdate files a tr() call under the class or namespace it stands in (it cannot see this
// helper), so the context here must be that one: namespace bb::slacktokens.
QString tr(const char *text)
{
    return QCoreApplication::translate("bb::slacktokens", text);
}

} // namespace

QString botSecretName()
{
    return QStringLiteral("slack-bot-token");
}

QString appSecretName()
{
    return QStringLiteral("slack-app-token");
}

Lookup read()
{
    Lookup lookup;
    const SecretLookup bot = readSecret(botSecretName());
    const SecretLookup app = bot.ok() ? readSecret(appSecretName()) : SecretLookup{};
    for (const SecretLookup *secret : { &bot, &app }) {
        if (!secret->ok()) {
            lookup.missing = secret->missing;
            lookup.error = secret->missing ? tr("not logged in to Slack: run `bellboard slack login`") : secret->error;
            return lookup;
        }
    }
    lookup.tokens = { bot.value, app.value };
    lookup.fromEnvironment = bot.fromEnvironment || app.fromEnvironment;
    return lookup;
}

bool write(const SlackTokens &tokens, QString *error)
{
    return writeSecret(botSecretName(), tokens.bot, error) && writeSecret(appSecretName(), tokens.app, error);
}

bool remove(QString *error)
{
    int removed = 0;
    for (const QString &name : { botSecretName(), appSecretName() }) {
        QString why;
        bool missing = false;
        if (deleteSecret(name, &why, &missing)) {
            ++removed;
        } else if (!missing) {
            *error = why;
            return false;
        }
    }
    if (removed == 0) {
        *error = tr("not logged in to Slack: there were no tokens to remove");
        return false;
    }
    return true;
}

QString checkShapes(const SlackTokens &tokens)
{
    if (tokens.bot.startsWith(QLatin1String("xapp-")) && tokens.app.startsWith(QLatin1String("xoxb-")))
        return tr("the two tokens are swapped: give the bot token (xoxb-…) first, then the app-level token (xapp-…)");
    if (!tokens.bot.startsWith(QLatin1String("xoxb-")))
        return tr("the first line must be the bot token, which starts with xoxb- (OAuth & Permissions → Bot User OAuth Token)");
    if (!tokens.app.startsWith(QLatin1String("xapp-")))
        return tr("the second line must be the app-level token, which starts with xapp- (Basic Information → "
                  "App-Level Tokens, scope connections:write)");
    for (const QString &token : { tokens.bot, tokens.app }) {
        for (const QChar c : token) {
            if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7E)
                return tr("a token contains spaces or unusual characters: paste it again");
        }
    }
    return {};
}

} // namespace bb::slacktokens
