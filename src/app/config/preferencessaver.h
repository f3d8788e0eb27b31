#pragma once

#include "app/autostart.h"
#include "config.h"
#include "configeditor.h"
#include "ui/dialogs/preferencesdialog.h"

#include <functional>

namespace bb {

// The window's Preferences as they stand in bellboard.toml and the autostart entry.
Preferences preferencesFrom(const Config &config, const Autostart &autostart);

// The config values that differ between two sets of preferences, so an untouched value keeps
// its spelling in the file ("1048576" stays, even though the dialog shows "1MiB").
QList<ConfigValue> changedConfigValues(const Preferences &before, const Preferences &after);

// "1MiB", "512KiB" or plain bytes, the way a person writes max_body.
QString byteSizeText(qint64 bytes);

// Writes the dialog's preferences: the autostart entry, then the config file through the one
// ConfigEditor; when the config cannot be saved the autostart entry goes back as it was.
// `applied` runs after a save, for what can change at once (retention).
PreferencesSaver preferencesSaver(const ConfigEditor &editor, const Autostart &autostart, const Preferences &current,
                                  std::function<void(const Preferences &)> applied = {});

} // namespace bb
