#pragma once

namespace bb {

// Makes SIGINT and SIGTERM end QCoreApplication's event loop cleanly, so queued events are
// committed and the store is closed. The handler only writes a byte to a socket pair (the
// one async-signal-safe way out of a handler); a QSocketNotifier quits the loop.
// Install it before anything listens: a signal that comes earlier kills the process.
void quitApplicationOnTerminationSignals();

// Whether SIGINT or SIGTERM came while no event loop ran the application (during start-up:
// QCoreApplication::quit() does nothing then), so that the caller returns instead of
// entering exec().
bool terminationSignalled();

} // namespace bb
