#pragma once

#include "event.h"

#include <QJsonObject>
#include <optional>

namespace bb {

// The inverse of Event::toJson: an event as /api/events and /api/stream send it, read back by
// a console attached to a server. Nullopt when the object is not an event (no positive id, no
// channel); fields it does not know are ignored, missing ones keep their defaults.
std::optional<Event> eventFromJson(const QJsonObject &json);

} // namespace bb
