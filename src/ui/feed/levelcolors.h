#pragma once

#include "core/level.h"

#include <QColor>
#include <QPalette>

namespace bb {

// The one place that decides what a level looks like, for the feed's stripe and the
// sidebar's badges, readable on light and dark palettes alike.
QColor levelColor(Level level, const QPalette &palette);

// True when the palette is a dark theme (light text on a dark window).
bool isDarkPalette(const QPalette &palette);

// Text that reports a problem (a red that reads on light and dark palettes alike).
QColor problemTextColor(const QPalette &palette);

// `color` blended toward the palette's base color, for quiet backgrounds.
QColor tint(const QColor &color, const QPalette &palette, qreal strength);

} // namespace bb
