#pragma once

#include <QString>
#include <optional>

namespace bb {

// How urgent an event is. Ordered: a higher value is more urgent.
enum class Level {
    Info = 0,
    Warn = 1,
    Crit = 2
};

// "info" | "warn" | "crit" (also accepts "warning", "critical", "error" as senders write them).
std::optional<Level> parseLevel(const QString &text);
QString levelName(Level level);

} // namespace bb
