#pragma once

#include <QString>

namespace bb {

struct AppPaths;
struct Config;

// Where this run stores its events (--store, else [store] url, else the SQLite file in the
// data folder), with a PostgreSQL store's password read from the secret [store] password
// names and handed to the store's connections. False with a sentence when that secret is
// missing. Without [store] password, libpq finds its own (PGPASSWORD, ~/.pgpass, a service).
bool resolveStoreLocation(const AppPaths &paths, const Config &config, QString *location, QString *error);

} // namespace bb
