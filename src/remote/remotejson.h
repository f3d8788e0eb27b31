#pragma once

#include "core/event.h"
#include "store/readmarkermap.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

namespace bb::remotejson {

// The parts of the server's JSON answers (README, "HTTP API") a console reads back.
EventList events(const QJsonObject &answer);                            // {"events":[…]}
QList<QPair<QString, qint64>> channelCounts(const QJsonObject &answer); // {"channels":[{"name","events"}]}
ReadMarkerMap readMarkers(const QJsonObject &answer);                   // {"markers":{"<channel>":id}}

} // namespace bb::remotejson
