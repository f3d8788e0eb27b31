#include "theme.h"

#include "ui/feed/levelcolors.h"

#include <QApplication>
#include <QStyle>
#include <QStyleHints>

namespace bb {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x14, 0x17, 0x1c);
    const QColor base(0x1a, 0x1e, 0x24);
    const QColor raised(0x24, 0x29, 0x31);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor quiet(0x8b, 0x93, 0x9e);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::PlaceholderText, quiet);
    p.setColor(QPalette::Button, raised);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Light, QColor(0x3a, 0x41, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x36, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x32, 0x3a));
    p.setColor(QPalette::Dark, QColor(0x0c, 0x0e, 0x11));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf5));
    p.setColor(QPalette::LinkVisited, QColor(0xa9, 0x8e, 0xf0));
    p.setColor(QPalette::ToolTipBase, raised);
    p.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, quiet);
    return p;
}

ThemeFollower::ThemeFollower(Theme theme, QObject *parent)
    : QObject(parent)
    , m_theme(theme)
    , m_systemPalette(QApplication::palette())
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &ThemeFollower::apply);
#endif
    apply();
}

void ThemeFollower::setTheme(Theme theme)
{
    m_theme = theme;
    apply();
}

bool ThemeFollower::systemPrefersDark() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return isDarkPalette(m_systemPalette);
}

void ThemeFollower::apply()
{
    const bool dark = m_theme == Theme::Dark || (m_theme == Theme::System && systemPrefersDark());
    // The platform's own palette is kept whenever it already is what is wanted.
    const QPalette wanted = dark == isDarkPalette(m_systemPalette) ? m_systemPalette : dark ? darkPalette()
                                                                                            : QApplication::style()->standardPalette();
    if (QApplication::palette() != wanted)
        QApplication::setPalette(wanted);
    if (dark != m_dark) {
        m_dark = dark;
        emit darkChanged(dark);
    }
}

} // namespace bb
