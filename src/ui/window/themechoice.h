#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// [window] theme in bellboard.toml: what the config reads and ThemeFollower applies. Kept
// apart from theme.h (QPalette, QtGui) so the config, which the subcommands load, can name it.
namespace bb {

enum class Theme {
    System,
    Light,
    Dark
};

inline QStringList themeNames() // in Theme's order: "system", "light", "dark"
{
    return { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") };
}

inline std::optional<Theme> parseTheme(const QString &name)
{
    const int index = int(themeNames().indexOf(name));
    return index < 0 ? std::nullopt : std::optional<Theme>(Theme(index));
}

inline QString themeName(Theme theme)
{
    return themeNames().value(int(theme));
}

} // namespace bb
