#pragma once

#include "app/config/config.h"
#include "app/config/paths.h"

#include <QString>

namespace bb {

// An event the command line posts (bellboard send, bellboard run).
struct OutgoingEvent
{
    QString channel;
    QString text;
    QString title;
    QString user;     // the end user it concerns, e-mail or @handle
    QString level;    // info | warn | crit
    QString username; // the sender's name
};

struct DeliveryResult
{
    bool ok = false;
    bool storedDirectly = false; // no instance was running: written straight into the store
    QString error;
};

// Posts to the running instance (POST /c/<channel>, with the first configured ingest token);
// when nothing listens, appends to the store file itself so a cron job's event is never lost
// because the console was closed. Both paths use the same decoder, so the stored event is
// the same either way.
DeliveryResult deliverEvent(const OutgoingEvent &event, const Config &config, const QString &databaseFile);

// The store `bellboard send` and `run` write to when no server answers (resolveStoreLocation);
// a missing password secret surfaces later as the store's own connection error.
QString directStoreLocation(const AppPaths &paths, const Config &config);

} // namespace bb
