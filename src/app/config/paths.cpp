#include "paths.h"

#include "app/cli/console.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace bb {

QString AppPaths::databaseFile() const
{
    return QDir(dataDir).filePath(QStringLiteral("events.sqlite3"));
}

QString AppPaths::storeLocation(const QString &configuredUrl) const
{
    if (!storeOption.isEmpty())
        return storeOption;
    return configuredUrl.isEmpty() ? databaseFile() : configuredUrl;
}

AppPaths AppPaths::fromOptions(const QCommandLineParser &parser)
{
    AppPaths paths;
    paths.dataDir = parser.isSet(QStringLiteral("data-dir"))
                          ? QDir(parser.value(QStringLiteral("data-dir"))).absolutePath()
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    paths.configFile = parser.isSet(QStringLiteral("config"))
                             ? QDir().absoluteFilePath(parser.value(QStringLiteral("config")))
                             : defaultConfigFile();
    paths.storeOption = parser.value(QStringLiteral("store"));
    return paths;
}

QString defaultConfigFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .filePath(QStringLiteral("bellboard.toml"));
}

void addPathOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("data-dir"),
                       Cli::tr("Keep events in <dir> instead of the user's data folder."),
                       QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("config"),
                       Cli::tr("Read the configuration from <file> instead of the user's config folder."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("store"),
                       Cli::tr("Store events at <url> (postgresql://…) or in the SQLite file <url> for this run, "
                               "instead of [store] url or the data folder."),
                       QStringLiteral("url") });
}

} // namespace bb
