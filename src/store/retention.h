#pragma once

#include <QSqlDatabase>
#include <QString>

namespace bb {

struct RetentionPolicy;

// Deletes what a RetentionPolicy no longer keeps, oldest first, a bounded chunk at a time,
// so that the writer can commit waiting appends between chunks instead of stalling them
// behind one huge delete. The caller owns the transaction around each chunk.
namespace retention {

// Rows deleted per chunk: each costs an FTS delete, so a chunk is a few tens of ms.
constexpr int kChunkSize = 2000;

// Deletes at most chunkSize events. Returns the number deleted, or -1 on error;
// a full chunk means there may be more to delete.
int deleteChunk(const QSqlDatabase &db, const RetentionPolicy &policy, qint64 nowMs, QString *error);

} // namespace retention
} // namespace bb
