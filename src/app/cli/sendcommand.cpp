#include "commands.h"
#include "app/config/config.h"
#include "console.h"
#include "remotecli.h"
#include "app/eventdelivery.h"
#include "app/config/paths.h"

#include "core/level.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

namespace bb {

namespace {

void addEventOptions(QCommandLineParser &parser, const QString &defaultChannelHint)
{
    parser.addOption({ { QStringLiteral("c"), QStringLiteral("channel") },
                       Cli::tr("Post to <channel> (default: %1).").arg(defaultChannelHint),
                       QStringLiteral("channel") });
    parser.addOption({ { QStringLiteral("u"), QStringLiteral("user") },
                       Cli::tr("The end user the event concerns (e-mail or @handle)."),
                       QStringLiteral("user") });
    parser.addOption({ { QStringLiteral("t"), QStringLiteral("title") }, Cli::tr("A title for the event."), QStringLiteral("title") });
    parser.addOption({ QStringLiteral("as"), Cli::tr("Sender name shown with the event."), QStringLiteral("name") });
}

// Loads the config quietly: a broken file still lets the command line work with defaults.
Config configFor(const AppPaths &paths)
{
    const ConfigLoadResult loaded = loadConfig(paths.configFile);
    for (const QString &problem : loaded.errors)
        err() << "bellboard: " << problem << Qt::endl;
    return loaded.config;
}

OutgoingEvent eventFromOptions(const QCommandLineParser &parser, const Config &config, const QString &fallbackChannel)
{
    OutgoingEvent event;
    event.channel = parser.isSet(QStringLiteral("channel")) ? parser.value(QStringLiteral("channel")) : fallbackChannel;
    if (event.channel.isEmpty())
        event.channel = config.defaultChannel;
    if (event.channel.startsWith(QLatin1Char('#')))
        event.channel.remove(0, 1);
    event.user = parser.value(QStringLiteral("user"));
    event.title = parser.value(QStringLiteral("title"));
    event.username = parser.value(QStringLiteral("as"));
    return event;
}

int report(const DeliveryResult &result)
{
    if (!result.ok)
        return fail(result.error);
    if (result.storedDirectly)
        err() << Cli::tr("bellboard: no instance is running; the event was written to the store directly") << Qt::endl;
    return 0;
}

// chat.postMessage with the person's token: the server names the person as the sender.
int postToServer(const RemoteServer &server, const OutgoingEvent &event)
{
    RemoteSession session(server);
    RemotePost post;
    post.channel = event.channel;
    post.text = event.text;
    post.title = event.title;
    post.user = event.user;
    post.level = event.level;
    RemoteReply result;
    QEventLoop loop;
    session.post(post, &loop, [&](const RemoteReply &reply) {
        result = reply;
        loop.quit();
    });
    loop.exec();
    return result.ok() ? 0 : fail(result.message());
}

} // namespace

int runSendCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Post an event. The text comes from the arguments, or from standard input when there are none."));
    parser.addHelpOption();
    addPathOptions(parser);
    addServerOption(parser);
    addEventOptions(parser, Cli::tr("the configured default channel"));
    parser.addOption({ { QStringLiteral("l"), QStringLiteral("level") }, Cli::tr("info, warn or crit (default info)."), QStringLiteral("level") });
    parser.addPositionalArgument(QStringLiteral("text"), Cli::tr("The event's text."), QStringLiteral("[TEXT…]"));
    processArguments(parser, arguments);

    const AppPaths paths = AppPaths::fromOptions(parser);
    const Config config = configFor(paths);
    OutgoingEvent event = eventFromOptions(parser, config, QString());
    if (parser.isSet(QStringLiteral("level"))) {
        if (!parseLevel(parser.value(QStringLiteral("level"))))
            return fail(Cli::tr("unknown level '%1' (info, warn, crit)").arg(parser.value(QStringLiteral("level"))), 2);
        event.level = parser.value(QStringLiteral("level"));
    }
    if (!parser.positionalArguments().isEmpty()) {
        event.text = parser.positionalArguments().join(QLatin1Char(' '));
    } else {
        QFile input;
        input.open(stdin, QIODevice::ReadOnly);
        event.text = QString::fromUtf8(input.readAll());
    }
    if (event.text.trimmed().isEmpty())
        return fail(Cli::tr("no text to send (give it as arguments or on standard input)"), 2);
    std::optional<RemoteServer> server;
    QString error;
    if (!remoteServerFor(parser, config, &server, &error))
        return fail(error);
    if (server) {
        if (parser.isSet(QStringLiteral("as")))
            return fail(Cli::tr("--as: on a server, events are posted in your name"), 2);
        return postToServer(*server, event);
    }
    return report(deliverEvent(event, config, directStoreLocation(paths, config)));
}

} // namespace bb
