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
    QString databaseFile() const;

    static AppPaths fromOptions(const QCommandLineParser &parser);
};

// ~/.config/bellboard/bellboard.toml on Linux.
QString defaultConfigFile();

// Adds --data-dir and --config, which every subcommand takes.
void addPathOptions(QCommandLineParser &parser);

} // namespace bb
