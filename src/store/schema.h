#pragma once

#include <QSqlDatabase>
#include <QString>

namespace bb {

// The event database's schema, versioned by PRAGMA user_version. Each migration moves the
// schema one version up; they run in order inside one write transaction, so a new file runs
// them all and an older file runs only what it lacks.
namespace schema {

// The newest version this build knows.
int latestVersion();

// Brings `db` (a read-write connection) to latestVersion(). Refuses, with a sentence in
// `error`, a file whose version is newer than this build knows (a newer Bellboard wrote it).
bool migrate(const QSqlDatabase &db, QString *error);

// The version stored in `db`, or -1 on error. 0 means "no Bellboard schema yet".
int storedVersion(const QSqlDatabase &db, QString *error);

// The sentence for a file written by a newer Bellboard (shared by writer and readers).
QString tooNewError(int stored);

} // namespace schema
} // namespace bb
