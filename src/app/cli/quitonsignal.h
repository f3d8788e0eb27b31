#pragma once

namespace bb {

// Makes SIGINT and SIGTERM end QCoreApplication's event loop cleanly, so queued events are
// committed and the store is closed. The handler only writes a byte to a socket pair (the
// one async-signal-safe way out of a handler); a QSocketNotifier quits the loop.
void quitApplicationOnTerminationSignals();

} // namespace bb
