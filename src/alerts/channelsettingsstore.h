#pragma once

#include "alerts/alertsettings.h"

#include <QString>

namespace bb {

// Where a channel's alert settings are kept for the next start: bellboard.toml's [[channels]]
// entry, written by the app layer (ChannelSettingsFile over ConfigEditor). The settings dialog
// and the /sound command save through it before they change the running AlertCenter, so a
// setting the file refused never takes effect. An interface, not a callback, so the layers
// above alerts name the one dependency they share, and its owner (the app) is visible.
//
// Used on the GUI thread. Callers hold it as a pointer they do not own; the app keeps it alive
// for as long as the window and ChatOps that use it.
class ChannelSettingsStore
{
public:
    virtual ~ChannelSettingsStore() = default;
    // Saves `channel`'s settings; false with the reason in *error when it cannot, having
    // changed nothing.
    virtual bool save(const QString &channel, const ChannelAlertSettings &settings, QString *error) = 0;
};

} // namespace bb
