#include "schema.h"

#include "sqliteconnection.h"
#include "core/channelname.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

namespace bb::schema {

namespace {

// The text the user index holds for a row: its users, space-separated (each user is one
// token, see the event_users table). No row at all for an event without users, in both
// directions, so that a contentless 'delete' always repeats an insert exactly.
QString usersTextSql(const QString &row)
{
    return QStringLiteral("SELECT %1.id, group_concat(value, ' ') FROM json_each(%1.users_json)"
                          " WHERE type = 'text' HAVING count(*) > 0")
            .arg(row);
}

// What indexing one row means, as statements for a trigger body; `row` is new or old.
// Inserts do not count themselves into channels.event_count: a per-row upsert was a third
// of the insert cost, so EventInserter adds each batch's counts once per channel.
QString indexRowSql(const QString &row)
{
    return QStringLiteral(
                   "INSERT INTO events_fts(rowid, title, text, sender_name, attachment_text)"
                   " VALUES (%1.id, %1.title, %1.text, %1.sender_name, %1.attachment_text);"
                   "INSERT INTO event_users(rowid, users) %2;")
            .arg(row, usersTextSql(row));
}

QString unindexRowSql(const QString &row)
{
    return QStringLiteral(
                   "INSERT INTO events_fts(events_fts, rowid, title, text, sender_name, attachment_text)"
                   " VALUES ('delete', %1.id, %1.title, %1.text, %1.sender_name, %1.attachment_text);"
                   "INSERT INTO event_users(event_users, rowid, users) SELECT 'delete', * FROM (%2);")
            .arg(row, usersTextSql(row));
}

// The tokens the per-channel user index holds for one of a row's users (`value`, from
// json_each over users_json; version 5): "<user>/<channel>", and "<user>/+amount" when the
// event carries an amount.
QString userChannelTokenSql(const QString &row)
{
    return QStringLiteral("value || '/' || %1.channel"
                          " || CASE WHEN %1.amount_currency IS NOT NULL THEN ' ' || value || '/+amount' ELSE '' END")
            .arg(row);
}

// A row's tokens for that index; no row at all for an event without users, as for event_users.
QString userChannelTokensSql(const QString &row)
{
    return QStringLiteral("SELECT %1.id, group_concat(%2, ' ') FROM json_each(%1.users_json)"
                          " WHERE type = 'text' HAVING count(*) > 0")
            .arg(row, userChannelTokenSql(row));
}

QString indexUserChannelsSql(const QString &row)
{
    return QStringLiteral("INSERT INTO user_channels(rowid, tokens) %1;").arg(userChannelTokensSql(row));
}

QString unindexUserChannelsSql(const QString &row)
{
    return QStringLiteral("INSERT INTO user_channels(user_channels, rowid, tokens) SELECT 'delete', * FROM (%1);")
            .arg(userChannelTokensSql(row));
}

bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!execSql(db, sql, error))
            return false;
    }
    return true;
}

// Version 1: events, their users, channels with live counts, and the full-text index.
bool createVersion1(const QSqlDatabase &db, QString *error)
{
    const QStringList statements = {
        // Empty optional texts are stored as NULL (smaller rows); readers treat NULL as "".
        // AUTOINCREMENT: an id is never reused, even after retention emptied the table,
        // because ids leave the process (Slack ts, paging cursors, links).
        QStringLiteral("CREATE TABLE events ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " channel TEXT NOT NULL,"
                       " received_at_ms INTEGER NOT NULL,"
                       " sender_ts TEXT, source TEXT, sender_name TEXT, sender_icon TEXT,"
                       " level INTEGER NOT NULL DEFAULT 0,"
                       " title TEXT, text TEXT, attachments_json TEXT, blocks_json TEXT,"
                       " thread_key TEXT,"
                       " users_json TEXT," // the event's users in order, as a JSON array (event_users indexes them)
                       // The searchable words of attachments and blocks, extracted by the writer:
                       // FTS5 reads its content with virtual tables disabled, so json_tree()
                       // cannot compute this inside a view or trigger that 'rebuild' must repeat.
                       " attachment_text TEXT,"
                       " mrkdwn INTEGER NOT NULL DEFAULT 1)"),
        // Every search walks one of these newest-first: in:, from:, level:.
        QStringLiteral("CREATE INDEX events_channel_id ON events(channel, id)"),
        QStringLiteral("CREATE INDEX events_sender_id ON events(sender_name COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX events_level_id ON events(level, id)"),
        // after:/before: find the id range of their time window here (see EventReader).
        QStringLiteral("CREATE INDEX events_received_at ON events(received_at_ms)"),
        // Which events concern which users: rowid = event id, one token per user. An FTS5
        // index rather than a (user, event_id) b-tree: users arrive in random order, and at a
        // million events such a b-tree had every commit rewrite most of its pages (13k
        // events/s; 88k without it). FTS5 appends one sorted segment per commit instead, and
        // still walks one user's events newest-first. tokenchars keep an e-mail address or
        // an @handle one token; contentless because users_json holds the text.
        QStringLiteral("CREATE VIRTUAL TABLE event_users USING fts5(users, content='',"
                       " tokenize=\"unicode61 remove_diacritics 0 tokenchars '@.-_+%'\")"),
        // event_count is kept by the triggers, so totals never scan a million rows.
        QStringLiteral("CREATE TABLE channels ("
                       " name TEXT PRIMARY KEY, created_at_ms INTEGER NOT NULL,"
                       " event_count INTEGER NOT NULL DEFAULT 0)"),
        // sender_name is indexed too: support staff type "stripe" or "s3-uploader" as a word.
        QStringLiteral("CREATE VIRTUAL TABLE events_fts USING fts5("
                       " title, text, sender_name, attachment_text,"
                       " content='events', content_rowid='id',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER events_after_insert AFTER INSERT ON events BEGIN %1 END")
                .arg(indexRowSql(QStringLiteral("new"))),
        // Retention deletes keep the FTS index, users and counts in step.
        QStringLiteral("CREATE TRIGGER events_after_delete AFTER DELETE ON events BEGIN %1 END")
                .arg(unindexRowSql(QStringLiteral("old"))),
        QStringLiteral("CREATE TRIGGER events_count_delete AFTER DELETE ON events BEGIN"
                       " UPDATE channels SET event_count = event_count - 1 WHERE name = old.channel; END"),
        QStringLiteral("CREATE TRIGGER events_after_update AFTER UPDATE ON events BEGIN %1 %2 END")
                .arg(unindexRowSql(QStringLiteral("old")), indexRowSql(QStringLiteral("new"))),
        QStringLiteral("CREATE TRIGGER events_count_move AFTER UPDATE OF channel ON events"
                       " WHEN old.channel IS NOT new.channel BEGIN"
                       " UPDATE channels SET event_count = event_count - 1 WHERE name = old.channel;"
                       " INSERT INTO channels(name, created_at_ms, event_count) VALUES (new.channel, new.received_at_ms, 1)"
                       "  ON CONFLICT(name) DO UPDATE SET event_count = event_count + 1; END"),
    };
    if (!execAll(db, statements, error))
        return false;

    // "First start creates the five default channels."
    QSqlQuery seed(db);
    seed.prepare(QStringLiteral("INSERT OR IGNORE INTO channels(name, created_at_ms) VALUES (?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &name : defaultChannelNames()) {
        seed.addBindValue(name);
        seed.addBindValue(now);
        if (!seed.exec()) {
            *error = QStringLiteral("seeding channel %1: %2").arg(name, seed.lastError().text());
            return false;
        }
    }
    return true;
}

// Version 2: copies of messages that live elsewhere (a Slack mirror). Local events never
// touch these tables, so the ingest path costs what it did in version 1.
bool createVersion2(const QSqlDatabase &db, QString *error)
{
    const QStringList statements = {
        // Which stored event holds which outside message: `source` names the place ("slack:C0123"),
        // `external_id` the message there (its ts). A message is stored once however often it
        // arrives (backfill and live, at-least-once delivery), and edits and deletions find it.
        QStringLiteral("CREATE TABLE external_events ("
                       " source TEXT NOT NULL, external_id TEXT NOT NULL,"
                       " event_id INTEGER NOT NULL UNIQUE,"
                       " PRIMARY KEY (source, external_id)) WITHOUT ROWID"),
        // Retention (or a deletion) of the event forgets the mapping with it.
        QStringLiteral("CREATE TRIGGER external_events_forget AFTER DELETE ON events BEGIN"
                       " DELETE FROM external_events WHERE event_id = old.id; END"),
        // How far a producer has read its source ("slack:C0123" → newest ts stored), written in
        // the same transaction as the events it covers, so a crash never skips a gap.
        QStringLiteral("CREATE TABLE sync_cursors (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    };
    return execAll(db, statements, error);
}

// Version 3: whether sender_name was given by the sender or chosen by Bellboard (the
// client's name, a Slackboard tag, the source): the feed shows a neutral icon for the latter.
bool createVersion3(const QSqlDatabase &db, QString *error)
{
    return execAll(db, { QStringLiteral("ALTER TABLE events ADD COLUMN sender_name_fallback INTEGER NOT NULL DEFAULT 0") },
                   error);
}

// Version 4: the team's shared state and payments. An event's amount (a Stripe payment) in
// integer minor units beside its currency; who acknowledged an event (the first one wins, so
// the event id is the key; the row goes with its event); each person's read position per
// channel (forward only). Events themselves stay immutable for acknowledgements: a read joins.
bool createVersion4(const QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                           QStringLiteral("ALTER TABLE events ADD COLUMN amount_minor INTEGER"),
                           QStringLiteral("ALTER TABLE events ADD COLUMN amount_currency TEXT"),
                           QStringLiteral("CREATE TABLE acknowledgements ("
                                          " event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,"
                                          " by_user TEXT NOT NULL,"
                                          " at_ms INTEGER NOT NULL)"),
                           QStringLiteral("CREATE TRIGGER acknowledgements_forget AFTER DELETE ON events BEGIN"
                                          " DELETE FROM acknowledgements WHERE event_id = old.id; END"),
                           QStringLiteral("CREATE TABLE read_markers ("
                                          " user TEXT NOT NULL,"
                                          " channel TEXT NOT NULL,"
                                          " last_read_id INTEGER NOT NULL,"
                                          " updated_at_ms INTEGER NOT NULL,"
                                          " PRIMARY KEY (user, channel)) WITHOUT ROWID"),
                   },
                   error);
}

// Version 5: a person's story at a glance. Which channels each user's events are in, as the
// tokens of a second contentless full-text index ("<user>/<channel>", "<user>/+amount"):
// its vocabulary then counts one person's events per channel, and finds their newest event
// with an amount, without reading one of their rows (a person with 10,000 events among a
// million: about 5 ms, where reading their rows took 25 ms warm and 300 ms cold). Filled from
// the stored events once (about 4 s per million), then kept by the same triggers as the
// other indexes, which are created again with its statements.
bool createVersion5(const QSqlDatabase &db, QString *error)
{
    const QString newRow = QStringLiteral("new");
    const QString oldRow = QStringLiteral("old");
    return execAll(
            db,
            {
                    QStringLiteral("CREATE VIRTUAL TABLE user_channels USING fts5(tokens, content='', columnsize=0,"
                                   " tokenize=\"unicode61 remove_diacritics 0 tokenchars '@.-_+%/'\")"),
                    // term → how many events hold it: "alice@example.com/financials" → 12.
                    QStringLiteral("CREATE VIRTUAL TABLE user_channels_vocab USING fts5vocab(user_channels, 'row')"),
                    QStringLiteral("INSERT INTO user_channels(rowid, tokens) SELECT e.id, group_concat(%1, ' ')"
                                   " FROM events e, json_each(e.users_json) WHERE type = 'text' GROUP BY e.id")
                            .arg(userChannelTokenSql(QStringLiteral("e"))),
                    QStringLiteral("DROP TRIGGER events_after_insert"),
                    QStringLiteral("DROP TRIGGER events_after_delete"),
                    QStringLiteral("DROP TRIGGER events_after_update"),
                    QStringLiteral("CREATE TRIGGER events_after_insert AFTER INSERT ON events BEGIN %1 %2 END")
                            .arg(indexRowSql(newRow), indexUserChannelsSql(newRow)),
                    QStringLiteral("CREATE TRIGGER events_after_delete AFTER DELETE ON events BEGIN %1 %2 END")
                            .arg(unindexRowSql(oldRow), unindexUserChannelsSql(oldRow)),
                    QStringLiteral("CREATE TRIGGER events_after_update AFTER UPDATE ON events BEGIN %1 %2 %3 %4 END")
                            .arg(unindexRowSql(oldRow), unindexUserChannelsSql(oldRow), indexRowSql(newRow),
                                 indexUserChannelsSql(newRow)),
            },
            error);
}

// Index i holds the migration from version i to version i + 1. Append only; never edit a
// migration that has shipped.
const std::vector<std::function<bool(const QSqlDatabase &, QString *)>> &migrations()
{
    static const std::vector<std::function<bool(const QSqlDatabase &, QString *)>> list = {
        createVersion1,
        createVersion2,
        createVersion3,
        createVersion4,
        createVersion5,
    };
    return list;
}

// The context is what lupdate files a free tr() under: the enclosing namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("bb::schema", text);
}

} // namespace

int latestVersion()
{
    return int(migrations().size());
}

QString tooNewError(int stored)
{
    return tr("The event database was written by a newer Bellboard (schema version %1; this "
              "version understands up to %2). Use a newer Bellboard or another data folder.")
            .arg(stored)
            .arg(latestVersion());
}

int storedVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = QStringLiteral("reading user_version: %1").arg(query.lastError().text());
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(const QSqlDatabase &db, QString *error)
{
    // IMMEDIATE: two processes opening a new file at once must not both run version 1.
    // The version is read again under the write lock for the same reason.
    if (!execSql(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    auto fail = [&](const QString &why) {
        *error = why;
        execSql(db, QStringLiteral("ROLLBACK"), nullptr);
        return false;
    };
    QString why;
    const int stored = storedVersion(db, &why);
    if (stored < 0)
        return fail(why);
    if (stored > latestVersion())
        return fail(tooNewError(stored));
    for (int version = stored; version < latestVersion(); ++version) {
        if (!migrations()[size_t(version)](db, &why))
            return fail(QStringLiteral("migrating the event database to version %1: %2").arg(version + 1).arg(why));
    }
    if (stored != latestVersion()
        && !execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(latestVersion()), &why))
        return fail(why);
    if (!execSql(db, QStringLiteral("COMMIT"), &why))
        return fail(why);
    return true;
}

} // namespace bb::schema
