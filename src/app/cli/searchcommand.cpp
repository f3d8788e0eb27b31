#include "commands.h"
#include "console.h"
#include "remotecli.h"
#include "app/config/paths.h"

#include "core/searchquery.h"
#include "store/eventreader.h"
#include "store/storebackend.h"
#include "app/config/config.h"
#include "app/storelocation.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

namespace {

constexpr int kDefaultLimit = 50;

// One line per event: time, channel, level, sender, title and the first line of the text.
QString summaryLine(const Event &event)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(event.receivedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QString text = event.title.isEmpty() ? event.text : event.title + QStringLiteral(" — ") + event.text;
    text = text.section(QLatin1Char('\n'), 0, 0);
    if (text.size() > 160)
        text = text.left(159) + QStringLiteral("…");
    return QStringLiteral("%1  #%2  %3  %4%5")
            .arg(time, event.channel, levelName(event.level).leftJustified(4),
                 event.senderName.isEmpty() ? QString() : event.senderName + QStringLiteral(": "), text);
}

// The same query on the server (GET /api/events), as the same page.
EventPage searchServer(const RemoteServer &server, const QString &query, qint64 before, int limit)
{
    RemoteSession session(server);
    EventPage page;
    QEventLoop loop;
    session.search(query, QString(), before, limit, &loop, [&](const RemoteReply &reply, const RemotePage &answer) {
        if (reply.ok()) {
            page.events = answer.events;
            page.hasMore = answer.hasMore;
        } else {
            page.error = reply.message();
        }
        loop.quit();
    });
    loop.exec();
    return page;
}

} // namespace

int runSearchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
            "Search the stored events, newest first. Reads the store directly; safe while Bellboard runs.\n"
            "With --server (or [remote] server in the config), the server searches its store.\n\n"
            "Query language: words, \"a phrase\", -excluded, user:alice@example.com, in:#channel,\n"
            "level:info|warn|crit, from:sender, after:2026-11-01, before:2026-11-24T12:00, today, yesterday."));
    parser.addHelpOption();
    addPathOptions(parser);
    addServerOption(parser);
    parser.addOption({ QStringLiteral("json"), Cli::tr("Print the events as a JSON array.") });
    parser.addOption({ { QStringLiteral("n"), QStringLiteral("limit") },
                       Cli::tr("Show at most <n> events (default %1).").arg(kDefaultLimit),
                       QStringLiteral("n") });
    parser.addOption({ QStringLiteral("before"), Cli::tr("Only events older than event <id> (paging)."), QStringLiteral("id") });
    parser.addPositionalArgument(QStringLiteral("query"), Cli::tr("What to look for."), QStringLiteral("QUERY…"));
    processArguments(parser, arguments);

    const QueryParseResult parsed = parseSearchQuery(parser.positionalArguments().join(QLatin1Char(' ')));
    if (!parsed.ok())
        return fail(parsed.error, 2);
    bool ok = true;
    const int limit = parser.isSet(QStringLiteral("limit")) ? parser.value(QStringLiteral("limit")).toInt(&ok) : kDefaultLimit;
    if (!ok || limit < 1)
        return fail(Cli::tr("--limit must be a positive number"), 2);
    const qint64 before = parser.isSet(QStringLiteral("before")) ? parser.value(QStringLiteral("before")).toLongLong(&ok) : 0;
    if (!ok || before < 0)
        return fail(Cli::tr("--before must be an event id"), 2);

    const AppPaths paths = AppPaths::fromOptions(parser);
    const ConfigLoadResult loaded = loadConfig(paths.configFile);
    for (const QString &problem : loaded.errors)
        err() << "bellboard: " << problem << Qt::endl;
    std::optional<RemoteServer> server;
    QString error;
    if (!remoteServerFor(parser, loaded.config, &server, &error))
        return fail(error);
    EventPage page;
    if (server) {
        page = searchServer(*server, parser.positionalArguments().join(QLatin1Char(' ')), before, limit);
    } else {
        QString location;
        if (!resolveStoreLocation(paths, loaded.config, &location, &error))
            return fail(error);
        if (storeEngineOf(location) == StoreEngine::Sqlite && !QFileInfo::exists(location))
            return fail(Cli::tr("no events stored yet (%1 does not exist)").arg(location));
        EventReader reader(location);
        if (!reader.open(&error))
            return fail(error);
        page = reader.search(parsed.query, before, limit);
    }
    if (!page.error.isEmpty())
        return fail(page.error);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray events;
        for (const Event &event : page.events)
            events.append(event.toJson());
        out() << QJsonDocument(events).toJson(QJsonDocument::Indented);
    } else {
        for (const Event &event : page.events)
            out() << summaryLine(event) << '\n';
        if (page.hasMore)
            err() << Cli::tr("(more: add --before %1)").arg(page.events.last().id) << Qt::endl;
    }
    out().flush();
    return 0;
}

} // namespace bb
