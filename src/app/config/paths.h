#pragma once

#include <QString>

class QCommandLineParser;

namespace bb {

// Where this run keeps its data and reads its configuration, from --data-dir and --config
// or the platform's standard folders (~/.local/share/bellboard, ~/.config/bellboard on Linux).
struct AppPaths
{
    QString dataDir;
    QString configFile;
    QString storeOption; // --store URL_OR_FILE for this run, empty when not given
    QString databaseFile() const;
    // Where events are stored: --store, else the config's [store] url, else databaseFile().
    QString storeLocation(const QString &configuredUrl) const;

    static AppPaths fromOptions(const QCommandLineParser &parser);
};

// ~/.config/bellboard/bellboard.toml on Linux.
QString defaultConfigFile();

// Adds --data-dir, --config and --store, which every subcommand takes.
void addPathOptions(QCommandLineParser &parser);

} // namespace bb
