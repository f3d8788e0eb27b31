#include "commands.h"
#include "app/config/config.h"
#include "app/config/configeditor.h"
#include "console.h"
#include "app/config/paths.h"

#include "slack/slackchannels.h"
#include "slack/slacklogin.h"
#include "slack/slackstatusfile.h"
#include "slack/slacktokens.h"
#include "slack/slackwebapi.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>

namespace bb {

namespace {

const QString kApiUrlOption = QStringLiteral("slack-api-url");

struct SlackContext
{
    AppPaths paths;
    Config config;
    QString apiUrl;
};

// The parser every `bellboard slack ACTION` shares: --help, the paths, --slack-api-url.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
           SlackContext *context, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    addPathOptions(parser);
    parser.addOption({ kApiUrlOption, Cli::tr("Slack's Web API at <url> instead of [slack] api_url."), QStringLiteral("url") });
    parser.process(arguments);
    context->paths = AppPaths::fromOptions(parser);
    const ConfigLoadResult loaded = loadConfig(context->paths.configFile);
    for (const QString &problem : loaded.errors)
        err() << "bellboard: " << problem << Cli::tr(" (using the default)") << Qt::endl;
    context->config = loaded.config;
    context->apiUrl = parser.isSet(kApiUrlOption) ? parser.value(kApiUrlOption) : context->config.slack.apiUrl;
    if (!isWebUrl(context->apiUrl)) {
        *exitCode = fail(Cli::tr("--slack-api-url: '%1' is not an http:// or https:// URL").arg(context->apiUrl), 2);
        return false;
    }
    return true;
}

SlackResponse callAndWait(SlackWebApi &api, const QString &method, const SlackArgs &args = {})
{
    SlackResponse response;
    QEventLoop loop;
    api.call(method, args, &loop, [&](const SlackResponse &answer) {
        response = answer;
        loop.quit();
    });
    loop.exec();
    return response;
}

QList<SlackChannelInfo> listAndWait(SlackWebApi &api, SlackResponse *failure)
{
    QList<SlackChannelInfo> result;
    QEventLoop loop;
    listSlackChannels(&api, 200, &loop, [&](const QList<SlackChannelInfo> &channels, const SlackResponse &response) {
        result = channels;
        *failure = response;
        loop.quit();
    });
    loop.exec();
    return result;
}

void configure(SlackWebApi &api, const SlackContext &context, const QString &token)
{
    api.setBaseUrl(QUrl(context.apiUrl));
    api.setToken(token);
}

int failWith(const QString &what, const SlackResponse &response)
{
    return fail(Cli::tr("%1: %2 (%3)").arg(what, response.explanation(), response.error));
}

int login(const QStringList &arguments)
{
    QCommandLineParser parser;
    SlackContext context;
    int exitCode = 0;
    if (!parse(parser, arguments, Cli::tr("Connect a Slack workspace. Reads two lines from standard input: the bot token (xoxb-…), then\n"
                                          "the app-level token (xapp-…, scope connections:write); hidden on a terminal. Both are checked\n"
                                          "with Slack, then kept in the system keychain (never in a file)."),
               &context, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(Cli::tr("slack login takes no arguments: the tokens are read from standard input, never the command line"), 2);
    SlackTokens tokens;
    tokens.bot = readHiddenLine(Cli::tr("Bot token (xoxb-…, input hidden): "));
    tokens.app = readHiddenLine(Cli::tr("App-level token (xapp-…, input hidden): "));
    if (tokens.bot.isEmpty() || tokens.app.isEmpty())
        return fail(Cli::tr("two lines needed: the bot token, then the app-level token; nothing stored"), 2);
    if (!slacktokens::checkShapes(tokens).isEmpty())
        return fail(slacktokens::checkShapes(tokens) + Cli::tr("; nothing stored"), 2);
    SlackLoginResult checked;
    QEventLoop loop;
    checkSlackLogin(QUrl(context.apiUrl), tokens, &loop, [&](const SlackLoginResult &result) {
        checked = result;
        loop.quit();
    });
    loop.exec();
    if (!checked.ok)
        return fail(checked.error + Cli::tr("; nothing stored"));

    QString error;
    if (!slacktokens::write(tokens, &error))
        return fail(error);
    out() << Cli::tr("Logged in to %1 as %2. Choose channels with `bellboard slack mirror NAME…`.").arg(checked.team, checked.user)
          << Qt::endl;
    return 0;
}

int logout(const QStringList &arguments)
{
    QCommandLineParser parser;
    SlackContext context;
    int exitCode = 0;
    if (!parse(parser, arguments, Cli::tr("Revoke the bot token with Slack (auth.revoke) and remove both tokens from the keychain."),
               &context, &exitCode))
        return exitCode;
    const slacktokens::Lookup found = slacktokens::read();
    if (!found.ok())
        return fail(found.error);
    SlackWebApi bot;
    configure(bot, context, found.tokens.bot);
    const SlackResponse revoked = callAndWait(bot, QStringLiteral("auth.revoke"));
    if (!revoked.ok && !revoked.isAuthFailure())
        err() << Cli::tr("bellboard: Slack did not revoke the token (%1); removing it here anyway").arg(revoked.explanation())
              << Qt::endl;
    if (found.fromEnvironment) {
        out() << Cli::tr("The token was revoked. The tokens come from BELLBOARD_SECRET_SLACK_* environment variables: "
                         "remove them from the service's environment.")
              << Qt::endl;
        return 0;
    }
    QString error;
    if (!slacktokens::remove(&error))
        return fail(error);
    out() << Cli::tr("Logged out: the token is revoked and both tokens are removed from the keychain.") << Qt::endl;
    return 0;
}

int status(const QStringList &arguments)
{
    QCommandLineParser parser;
    SlackContext context;
    int exitCode = 0;
    if (!parse(parser, arguments, Cli::tr("Show the running Bellboard's Slack connection and the mirrored channels."),
               &context, &exitCode))
        return exitCode;
    const SlackStatusFile::Reading reading = SlackStatusFile(context.paths.dataDir).read();
    const QString mirrored = context.config.slack.mirror.isEmpty()
                                   ? Cli::tr("none (bellboard slack mirror NAME…)")
                                   : QLatin1Char('#') + context.config.slack.mirror.join(QStringLiteral(", #"));
    if (!reading.running) {
        const slacktokens::Lookup found = slacktokens::read();
        out() << Cli::tr("Slack: Bellboard is not running") << Qt::endl
              << Cli::tr("Tokens: %1").arg(found.ok() ? (found.fromEnvironment ? Cli::tr("from the environment") : Cli::tr("in the keychain")) : found.error)
              << Qt::endl
              << Cli::tr("Mirrored channels: %1").arg(mirrored) << Qt::endl;
        return 1;
    }
    const SlackStatus &status = reading.status;
    out() << Cli::tr("Slack: %1").arg(status.text(QDateTime::currentMSecsSinceEpoch())) << Qt::endl;
    if (!status.team.isEmpty())
        out() << Cli::tr("Workspace: %1").arg(status.team) << Qt::endl;
    out() << Cli::tr("Mirrored channels: %1").arg(mirrored) << Qt::endl;
    for (const QString &problem : status.problems)
        out() << "  " << problem << Qt::endl;
    return status.phase == SlackStatus::Phase::Connected ? 0 : 1;
}

// The tokens and a client with the bot token, or an exit code.
bool connectBot(const SlackContext &context, SlackWebApi *bot, int *exitCode)
{
    const slacktokens::Lookup found = slacktokens::read();
    if (!found.ok()) {
        *exitCode = fail(found.error);
        return false;
    }
    configure(*bot, context, found.tokens.bot);
    return true;
}

int channels(const QStringList &arguments)
{
    QCommandLineParser parser;
    SlackContext context;
    int exitCode = 0;
    if (!parse(parser, arguments, Cli::tr("List the workspace's channels the app can see (conversations.list)."),
               &context, &exitCode))
        return exitCode;
    SlackWebApi bot;
    if (!connectBot(context, &bot, &exitCode))
        return exitCode;
    SlackResponse failure;
    const QList<SlackChannelInfo> list = listAndWait(bot, &failure);
    if (!failure.ok)
        return failWith(Cli::tr("listing channels"), failure);
    for (const SlackChannelInfo &channel : list) {
        QStringList notes;
        if (channel.isPrivate)
            notes << Cli::tr("private");
        notes << (channel.isMember ? Cli::tr("member") : Cli::tr("not a member: /invite the app to mirror it"));
        if (context.config.slack.mirror.contains(channel.name) || context.config.slack.mirror.contains(channel.id))
            notes << Cli::tr("mirrored");
        out() << QStringLiteral("#%1\t%2\t%3").arg(channel.name, channel.id, notes.join(QStringLiteral(", "))) << Qt::endl;
    }
    return 0;
}

int mirror(const QStringList &arguments, bool add)
{
    QCommandLineParser parser;
    SlackContext context;
    int exitCode = 0;
    parser.addPositionalArgument(QStringLiteral("channels"), Cli::tr("Slack channel names (or ids)."), QStringLiteral("CHANNEL…"));
    if (!parse(parser, arguments,
               add ? Cli::tr("Mirror Slack channels: adds them to [slack] mirror in bellboard.toml (comments kept).")
                   : Cli::tr("Stop mirroring Slack channels: removes them from [slack] mirror (stored messages stay)."),
               &context, &exitCode))
        return exitCode;
    QStringList words;
    for (const QString &argument : parser.positionalArguments()) {
        const QString word = slackChannelWord(argument);
        if (word.isEmpty())
            return fail(Cli::tr("'%1' is not a Slack channel name").arg(argument), 2);
        words << word;
    }
    if (words.isEmpty())
        return fail(add ? Cli::tr("usage: bellboard slack mirror CHANNEL…") : Cli::tr("usage: bellboard slack unmirror CHANNEL…"), 2);

    QStringList wanted = context.config.slack.mirror;
    if (add) {
        // Only channels that exist: a typo would otherwise mirror nothing, silently.
        SlackWebApi bot;
        if (!connectBot(context, &bot, &exitCode))
            return exitCode;
        SlackResponse failure;
        const QList<SlackChannelInfo> list = listAndWait(bot, &failure);
        if (!failure.ok)
            return failWith(Cli::tr("checking the channels"), failure);
        for (const QString &word : std::as_const(words)) {
            const SlackChannelInfo *channel = findSlackChannel(list, word);
            if (!channel)
                return fail(Cli::tr("no channel #%1 that the app can see (bellboard slack channels lists them); "
                                    "nothing changed")
                                    .arg(word),
                            1);
            if (!channel->isMember)
                err() << Cli::tr("bellboard: the app is not in #%1 yet: in Slack, type /invite @<your app> in #%1")
                                 .arg(channel->name)
                      << Qt::endl;
            if (!wanted.contains(channel->name))
                wanted << channel->name;
        }
    } else {
        for (const QString &word : std::as_const(words)) {
            if (!wanted.removeAll(word))
                return fail(Cli::tr("#%1 is not mirrored (mirrored: %2); nothing changed")
                                    .arg(word, wanted.isEmpty() ? Cli::tr("none") : wanted.join(QStringLiteral(", "))),
                            1);
        }
    }
    QString error;
    if (!ConfigEditor(context.paths.configFile).saveSlackMirror(wanted, &error))
        return fail(error);
    out() << Cli::tr("Mirrored channels: %1").arg(wanted.isEmpty() ? Cli::tr("none") : QLatin1Char('#') + wanted.join(QStringLiteral(", #")))
          << Qt::endl;
    return 0;
}

} // namespace

int runSlackCommand(const QStringList &arguments)
{
    // The action is the first word that names one; options may come before it
    // (`bellboard slack --config FILE status`).
    static const QStringList actions = { QStringLiteral("login"), QStringLiteral("logout"), QStringLiteral("status"),
                                         QStringLiteral("channels"), QStringLiteral("mirror"), QStringLiteral("unmirror") };
    QStringList rest = arguments.mid(1);
    QString action;
    for (qsizetype i = 0; i < rest.size() && action.isEmpty(); ++i) {
        if (actions.contains(rest.at(i)))
            action = rest.takeAt(i);
    }
    if (action.isEmpty() && (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))))
        action = QStringLiteral("--help");
    static const QStringList optionsWithValues = { QStringLiteral("--data-dir"), QStringLiteral("--config"),
                                                   QStringLiteral("--") + kApiUrlOption };
    for (qsizetype i = 0; i < rest.size() && action.isEmpty(); ++i) {
        if (optionsWithValues.contains(rest.at(i)))
            ++i; // its value
        else if (!rest.at(i).startsWith(QLatin1Char('-')))
            action = rest.at(i);
    }
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + action);
    if (action == QLatin1String("login"))
        return login(rest);
    if (action == QLatin1String("logout"))
        return logout(rest);
    if (action == QLatin1String("status"))
        return status(rest);
    if (action == QLatin1String("channels"))
        return channels(rest);
    if (action == QLatin1String("mirror"))
        return mirror(rest, true);
    if (action == QLatin1String("unmirror"))
        return mirror(rest, false);
    const QString usage = Cli::tr(
            "usage: bellboard slack ACTION [--help]\n"
            "  login              read the bot token and the app-level token from stdin into the keychain\n"
            "  logout             revoke the token with Slack and remove both from the keychain\n"
            "  status             the running Bellboard's connection (connected, reconnecting in N s, …)\n"
            "  channels           list the workspace's channels\n"
            "  mirror CHANNEL…    mirror channels (saved in bellboard.toml [slack] mirror)\n"
            "  unmirror CHANNEL…  stop mirroring them\n"
            "Every action takes --slack-api-url URL, --config FILE and --data-dir DIR.");
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out() << usage << Qt::endl;
        return 0;
    }
    return fail(action.isEmpty() ? usage : Cli::tr("unknown slack action '%1'\n%2").arg(action, usage), 2);
}

} // namespace bb
