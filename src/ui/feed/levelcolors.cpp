#include "levelcolors.h"

namespace bb {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor levelColor(Level level, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (level) {
    case Level::Crit:
        return dark ? QColor(0xf2, 0x5f, 0x5c) : QColor(0xd0, 0x21, 0x2f);
    case Level::Warn:
        return dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0xd9, 0x82, 0x0b);
    case Level::Info:
        break;
    }
    return dark ? QColor(0x4a, 0x9e, 0xe8) : QColor(0x2b, 0x7b, 0xd6);
}

QColor tint(const QColor &color, const QPalette &palette, qreal strength)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [strength](int a, int b) { return int(a + (b - a) * strength); };
    return QColor(mix(base.red(), color.red()), mix(base.green(), color.green()),
                  mix(base.blue(), color.blue()));
}

QColor problemTextColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

} // namespace bb
