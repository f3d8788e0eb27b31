#pragma once

#include <QHash>
#include <QString>

namespace bb {

// One person's read position per channel: channel name → the id of the newest event read.
// Markers only move forward (a console that read less never takes them back).
using ReadMarkerMap = QHash<QString, qint64>;

} // namespace bb
