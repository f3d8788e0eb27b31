#include "slacklogin.h"

#include "slacktokens.h"
#include "slackwebapi.h"

#include <QCoreApplication>
#include <QPointer>

namespace bb {

namespace {

// lupdate files a tr() call under the class or namespace it stands in (it cannot see this
// helper), so the context here must be that one: the functions here are in namespace bb.
QString tr(const char *text)
{
    return QCoreApplication::translate("bb", text);
}

} // namespace

void checkSlackLogin(const QUrl &apiUrl, const SlackTokens &tokens, QObject *context,
                     std::function<void(const SlackLoginResult &)> done)
{
    const QString shape = slacktokens::checkShapes(tokens);
    if (!shape.isEmpty()) {
        done({ false, {}, {}, shape });
        return;
    }
    // The clients live as long as the check: parented to `context`, deleted when it ends.
    auto *bot = new SlackWebApi(context);
    auto *app = new SlackWebApi(context);
    for (SlackWebApi *api : { bot, app })
        api->setBaseUrl(apiUrl);
    bot->setToken(tokens.bot);
    app->setToken(tokens.app);
    auto finish = [bot, app, done](const SlackLoginResult &result) {
        bot->deleteLater();
        app->deleteLater();
        done(result);
    };
    bot->call(QStringLiteral("auth.test"), {}, context, [app, context, finish](const SlackResponse &who) {
        if (!who.ok) {
            finish({ false, {}, {}, tr("the bot token was not accepted: %1 (%2)").arg(who.explanation(), who.error) });
            return;
        }
        app->call(QStringLiteral("apps.connections.open"), {}, context, [who, finish](const SlackResponse &socket) {
            if (!socket.ok) {
                finish({ false, {}, {}, tr("the app-level token was not accepted (is Socket Mode on?): %1 (%2)").arg(socket.explanation(), socket.error) });
                return;
            }
            finish({ true, who.body.value(QStringLiteral("team")).toString(), who.body.value(QStringLiteral("user")).toString(), {} });
        });
    });
}

} // namespace bb
