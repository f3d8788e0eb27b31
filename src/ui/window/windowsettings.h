#pragma once

#include <QSettings>
#include <memory>

namespace bb {

// ~/.config/bellboard/window.ini on Linux, next to bellboard.toml: the window's own state
// (geometry, panes, read markers), kept apart from the file a person edits.
inline std::unique_ptr<QSettings> windowSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("bellboard"),
                                       QStringLiteral("window"));
}

} // namespace bb
