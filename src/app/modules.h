#pragma once

#include <QString>

namespace bb {

class AlertSound;
class WindowModule;

// The window (QtWidgets, QtGui) and the sound player (QtMultimedia) are shared-library modules,
// loaded only by the process that shows a window or plays a sound: `bellboard send`, `search`
// and the other subcommands then map a handful of libraries instead of some seventy.
//
// A module is looked for in the folder the package installs it to, relative to the executable
// (BELLBOARD_MODULE_DIR, such as ../lib/bellboard from bin/), then beside the executable (the
// build tree). It takes the lower layers' code from the executable, which exports its symbols.
// Both work before any QCoreApplication exists (the window module makes the QApplication).

// The window module; null with the reason in *error when it cannot be loaded. Loaded once.
WindowModule *loadWindowModule(QString *error);

// A new sound player from the sound module; null with the reason in *error when the module
// cannot be loaded. `recoveryCommand`: how the player starts its sound child (AlertSound).
AlertSound *createAlertSound(const QStringList &recoveryCommand, QString *error);

// Runs the sound child's request loop from the sound module (`bellboard internal-sound-process`);
// -1 with the reason in *error when the module cannot be loaded.
int serveSoundRequestsFromModule(QString *error);

// Where the modules are looked for, in order (for messages and tests).
QStringList moduleFolders();

} // namespace bb
