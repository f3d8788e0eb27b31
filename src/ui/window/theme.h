#pragma once

#include "themechoice.h"

#include <QObject>
#include <QPalette>
#include <QString>
#include <optional>

namespace bb {

// The dark palette of the window and the wall: light text on near-black, readable links.
QPalette darkPalette();

// Keeps the application's palette light or dark as chosen, "system" following the
// desktop: on Qt 6.5 and later its colour scheme (QStyleHints::colorScheme, live), on 6.4
// the palette the platform gave at start. Widgets restyle on the palette change that
// follows (feeds rebuild their bodies with the matching stylesheet).
class ThemeFollower : public QObject
{
    Q_OBJECT
public:
    explicit ThemeFollower(Theme theme = Theme::System, QObject *parent = nullptr);

    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }
    bool isDark() const { return m_dark; }

signals:
    void darkChanged(bool dark);

private:
    bool systemPrefersDark() const;
    void apply();

    Theme m_theme;
    QPalette m_systemPalette; // what the platform gave, restored for "light"/"system"
    bool m_dark = false;
};

} // namespace bb
