#pragma once

#include <QString>

namespace bb {

class PgConnection;

// The PostgreSQL schema, versioned in the table bellboard_schema. Same tables and meaning as
// the SQLite schema's version 4 (schema.cpp); its own version numbers, starting at 1.
namespace pgschema {

int latestVersion();

// Brings the database to latestVersion() inside one transaction under an advisory lock, so
// that two servers starting together never both migrate. Refuses a newer schema.
bool migrate(PgConnection &connection, QString *error);

// The stored version, 0 for a database without a Bellboard schema, -1 on error.
int storedVersion(PgConnection &connection, QString *error);

// The advisory lock keys Bellboard takes (pg_advisory_xact_lock, pg_try_advisory_lock): one number per purpose,
// chosen to be unlikely to collide with another application's on the same database.
constexpr qint64 migrationLock = 0x6262'0001; // "bb" 1
constexpr qint64 writeLock = 0x6262'0002;     // every write transaction: ids commit in order
constexpr qint64 leaderLock = 0x6262'0003;    // held for its session by the one server that leads (pgleadership.h)

} // namespace pgschema
} // namespace bb
