#pragma once

#include <QStringList>

namespace bb {

class WindowModule;

// Each subcommand takes its own arguments (argv without the program name and the
// subcommand word), prints to stdout/stderr and returns the process exit code.
// The serve command shows a window when main() loaded the window module. It is null for
// --headless, and when a window was wanted but cannot show; `whyNoWindow` then says why
// ("no display found (…)"), and the command runs headless, or refuses --connect.
int runServeCommand(const QStringList &arguments, WindowModule *window,
                    const QString &whyNoWindow);    // bellboard [--headless] …
int runSendCommand(const QStringList &arguments);   // bellboard send …
int runRunCommand(const QStringList &arguments);    // bellboard run … -- COMMAND…
int runSearchCommand(const QStringList &arguments); // bellboard search …
int runSecretCommand(const QStringList &arguments); // bellboard secret set|delete NAME
int runSlackCommand(const QStringList &arguments);  // bellboard slack login|logout|status|channels|mirror|unmirror
int runRemoteCommand(const QStringList &arguments); // bellboard remote login|logout|status
int runStoreCommand(const QStringList &arguments);  // bellboard store copy

// Not for people: the child that plays alert sounds when Bellboard itself found no audio
// output at start (alerts/soundprocess.h), `bellboard <kSoundProcessCommand>`, fed on stdin.
inline constexpr char kSoundProcessCommand[] = "internal-sound-process";
int runSoundProcessCommand(const QStringList &arguments);

} // namespace bb
