#include "commands.h"
#include "console.h"
#include "app/config/config.h"
#include "app/config/paths.h"
#include "app/storelocation.h"

#include "store/storebackend.h"
#include "store/storecopy.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

#include <optional>

#include <unistd.h>

namespace bb {

namespace {

// A file path as an absolute one (so that "the same store" is noticed); a URL as written.
QString normalizedLocation(const QString &location)
{
    if (storeEngineOf(location) == StoreEngine::Postgres)
        return location;
    return QFileInfo(location).absoluteFilePath();
}

// The config's [store] password secret belongs to its [store] url: used when the copy names it.
bool findPassword(const QString &location, const AppPaths &paths, const Config &config, QString *error)
{
    if (location != config.storeUrl)
        return true;
    AppPaths forLocation = paths;
    forLocation.storeOption = location;
    QString resolved;
    return resolveStoreLocation(forLocation, config, &resolved, error);
}

// The progress on stderr: one line rewritten in place on a terminal, a line per step otherwise
// (a log keeps the steps, not a thousand page counts).
class ProgressLine
{
public:
    ProgressLine()
        : m_terminal(::isatty(STDERR_FILENO))
    {
    }

    void show(const CopyProgress &progress)
    {
        const QLocale locale;
        QString line;
        switch (progress.step) {
        case CopyProgress::Step::Checking:
            line = progress.total == 0 ? Cli::tr("Checking the target…")
                                       : Cli::tr("Checking the target: %1 of %2 events")
                                                 .arg(locale.toString(progress.done), locale.toString(progress.total));
            break;
        case CopyProgress::Step::Events:
            line = Cli::tr("Copying events: %1 of %2 (%3%)")
                           .arg(locale.toString(progress.done), locale.toString(progress.total))
                           .arg(progress.total > 0 ? progress.done * 100 / progress.total : 100);
            break;
        case CopyProgress::Step::Finishing: line = Cli::tr("Copying read positions and read markers…"); break;
        }
        if (m_terminal) {
            err() << '\r' << line.leftJustified(m_width) << Qt::flush;
            m_width = int(line.size());
        } else if (progress.step != m_lastStep) {
            err() << line << Qt::endl;
        }
        m_lastStep = progress.step;
    }

    // Ends the line rewritten in place, before anything else is printed.
    void finish()
    {
        if (m_terminal && m_width > 0)
            err() << Qt::endl;
        m_width = 0;
    }

private:
    const bool m_terminal;
    int m_width = 0;
    std::optional<CopyProgress::Step> m_lastStep;
};

int copy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
            "Copy every event (with its id), channel, acknowledgement, read marker and the Slack mirror's\n"
            "positions from one store into another: a SQLite file into PostgreSQL, or back.\n"
            "Run it again after an interruption: it continues where it stopped. It refuses a target that\n"
            "holds other events, and compares the rows of each table at the end."));
    parser.addHelpOption();
    addPathOptions(parser);
    parser.addOption({ QStringLiteral("from"), Cli::tr("The store to copy: a SQLite file or a postgresql:// URL."),
                       QStringLiteral("PATH_OR_URL") });
    parser.addOption({ QStringLiteral("to"), Cli::tr("The store to copy into (created when missing)."),
                       QStringLiteral("PATH_OR_URL") });
    processArguments(parser, arguments);
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return fail(Cli::tr("usage: bellboard store copy --from PATH_OR_URL --to PATH_OR_URL"), 2);
    const QString from = normalizedLocation(parser.value(QStringLiteral("from")));
    const QString to = normalizedLocation(parser.value(QStringLiteral("to")));

    const AppPaths paths = AppPaths::fromOptions(parser);
    const ConfigLoadResult loaded = loadConfig(paths.configFile);
    for (const QString &problem : loaded.errors)
        err() << "bellboard: " << problem << Qt::endl;
    QString error;
    if (!findPassword(from, paths, loaded.config, &error) || !findPassword(to, paths, loaded.config, &error))
        return fail(error);

    StoreCopy storeCopy(from, to);
    ProgressLine progress;
    const bool copied = storeCopy.run([&](const CopyProgress &step) { progress.show(step); }, &error);
    progress.finish();
    if (!copied)
        return fail(error);

    const StoreCounts source = storeCopy.sourceCounts();
    const StoreCounts target = storeCopy.targetCounts();
    out() << QStringLiteral("%1 %2 %3").arg(Cli::tr("table").leftJustified(18), Cli::tr("source").rightJustified(12), Cli::tr("target").rightJustified(12))
          << '\n';
    for (const StoreTable table : kStoreTables) {
        out() << QStringLiteral("%1 %2 %3")
                         .arg(storeTableName(table).leftJustified(18))
                         .arg(source[table], 12)
                         .arg(target[table], 12)
              << '\n';
    }
    out().flush();
    const QList<CountMismatch> differing = storeCopy.mismatches();
    if (differing.isEmpty())
        return 0;
    QStringList tables;
    for (const CountMismatch &mismatch : differing)
        tables << Cli::tr("%1 (source %2, target %3)").arg(storeTableName(mismatch.table)).arg(mismatch.source).arg(mismatch.target);
    return fail(Cli::tr("the copy's counts differ: %1").arg(tables.join(QStringLiteral(", "))));
}

} // namespace

int runStoreCommand(const QStringList &arguments)
{
    static const QStringList actions = { QStringLiteral("copy") };
    QStringList rest;
    const QString action = takeAction(arguments, actions, &rest);
    if (action == QLatin1String("copy"))
        return copy(rest);
    const QString usage = Cli::tr("usage: bellboard store ACTION [--help]\n"
                                  "  copy --from PATH_OR_URL --to PATH_OR_URL   copy a store into another (SQLite, PostgreSQL)");
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        out() << usage << Qt::endl;
        return 0;
    }
    return fail(usage, 2);
}

} // namespace bb
