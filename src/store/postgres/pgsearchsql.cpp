#include "pgsearchsql.h"

#include <limits>

namespace bb {

namespace {

bool hasSearchableText(const QString &term)
{
    for (const QChar c : term) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

class Builder
{
public:
    QString bind(const QVariant &value)
    {
        m_statement.values << value;
        return QStringLiteral("$%1").arg(m_statement.values.size());
    }

    QString bindList(const QStringList &values, const QString &wrap = QStringLiteral("%1"))
    {
        QStringList marks;
        for (const QString &value : values)
            marks << wrap.arg(bind(value));
        return marks.join(QLatin1Char(','));
    }

    // One word as a tsquery: a phrase of its tokens ("foo-bar" as FTS5 reads it), or a prefix.
    QString word(const QString &word)
    {
        QString stem = word;
        bool prefix = false;
        while (stem.endsWith(QLatin1Char('*'))) {
            stem.chop(1);
            prefix = true;
        }
        if (!hasSearchableText(stem))
            return {};
        if (!prefix)
            return QStringLiteral("phraseto_tsquery('simple', %1)").arg(bind(stem));
        // A quoted lexeme with :* — quotes and backslashes are the only syntax inside quotes.
        stem.remove(QLatin1Char('\'')).remove(QLatin1Char('\\'));
        return QStringLiteral("to_tsquery('simple', %1)").arg(bind(QStringLiteral("'%1':*").arg(stem)));
    }

    QString phrase(const QString &phrase)
    {
        return hasSearchableText(phrase) ? QStringLiteral("phraseto_tsquery('simple', %1)").arg(bind(phrase)) : QString();
    }

    SqlStatement m_statement;
};

// The query's time conditions on events `alias` (after: inclusive, before: exclusive).
QStringList timeConditions(Builder &b, const SearchQuery &query, const QString &alias)
{
    QStringList conditions;
    if (query.after.isValid())
        conditions << QStringLiteral("%1received_at_ms >= %2").arg(alias, b.bind(query.after.toMSecsSinceEpoch()));
    if (query.before.isValid())
        conditions << QStringLiteral("%1received_at_ms < %2").arg(alias, b.bind(query.before.toMSecsSinceEpoch()));
    return conditions;
}

QString joined(const QStringList &terms, const QString &op)
{
    QStringList kept;
    for (const QString &term : terms) {
        if (!term.isEmpty())
            kept << term;
    }
    return kept.join(op);
}

// The page's id bounds on column `id`.
QStringList idConditions(Builder &b, const QString &id, qint64 beforeId, const IdRange &window)
{
    QStringList conditions;
    if (beforeId > 0)
        conditions << QStringLiteral("%1 < %2").arg(id, b.bind(beforeId));
    if (window.last != std::numeric_limits<qint64>::max())
        conditions << QStringLiteral("%1 <= %2").arg(id, b.bind(window.last));
    if (window.first > 0)
        conditions << QStringLiteral("%1 >= %2").arg(id, b.bind(window.first));
    return conditions;
}

QString limitClause(Builder &b, int limit)
{
    return limit < 0 ? QStringLiteral("ALL") : b.bind(limit);
}

// One user and nothing else: the page is a walk down that user's key of event_users, without
// touching events (each of its rows has one, ON DELETE CASCADE). Probing events for every id
// read 50 more pages from disk on a cold database: half of the first search's time.
bool onlyOneUser(const SearchQuery &query)
{
    return query.users.size() == 1 && !query.hasTextTerms() && query.excludedWords.isEmpty() && query.channels.isEmpty()
        && query.senders.isEmpty() && !query.level && !query.after.isValid() && !query.before.isValid();
}

} // namespace

SqlStatement postgresSearchIdsSql(const SearchQuery &query, qint64 beforeId, int limit, const IdRange &window)
{
    Builder b;
    if (onlyOneUser(query)) {
        // Lower-cased here as the writer stores them (postgresbackend.cpp).
        QStringList conditions{ QStringLiteral("u.user_name = %1").arg(b.bind(query.users.first().toLower())) };
        conditions << idConditions(b, QStringLiteral("u.event_id"), beforeId, window);
        b.m_statement.sql = QStringLiteral("SELECT u.event_id AS id FROM event_users u WHERE %1 ORDER BY u.event_id DESC LIMIT %2")
                                    .arg(conditions.join(QStringLiteral(" AND ")), limitClause(b, limit));
        return b.m_statement;
    }

    QStringList conditions = idConditions(b, QStringLiteral("e.id"), beforeId, window);

    QStringList positive;
    for (const QString &word : query.words)
        positive << b.word(word);
    for (const QString &phrase : query.phrases)
        positive << b.phrase(phrase);
    const QString all = joined(positive, QStringLiteral(" && "));
    if (!all.isEmpty())
        conditions << QStringLiteral("e.words @@ (%1)").arg(all);
    QStringList excluded;
    for (const QString &word : query.excludedWords)
        excluded << (word.contains(QLatin1Char(' ')) ? b.phrase(word) : b.word(word));
    const QString any = joined(excluded, QStringLiteral(" || "));
    if (!any.isEmpty())
        conditions << QStringLiteral("NOT (e.words @@ (%1))").arg(any);

    if (!query.users.isEmpty()) {
        // Lower-cased here as the writer stores them (postgresbackend.cpp).
        QStringList users;
        for (const QString &user : query.users)
            users << user.toLower();
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM event_users u WHERE u.event_id = e.id AND u.user_name IN (%1))")
                              .arg(b.bindList(users));
    }
    if (!query.channels.isEmpty())
        conditions << QStringLiteral("e.channel IN (%1)").arg(b.bindList(query.channels));
    if (!query.senders.isEmpty())
        conditions << QStringLiteral("lower(e.sender_name) IN (%1)").arg(b.bindList(query.senders, QStringLiteral("lower(%1)")));
    if (query.level)
        conditions << QStringLiteral("e.level = %1").arg(b.bind(int(*query.level)));
    // Still checked per row inside the id range: ids need not follow time.
    conditions << timeConditions(b, query, QStringLiteral("e."));
    if (conditions.isEmpty())
        conditions << QStringLiteral("true");
    b.m_statement.sql = QStringLiteral("SELECT e.id FROM events e WHERE %1 ORDER BY e.id DESC LIMIT %2")
                                .arg(conditions.join(QStringLiteral(" AND ")), limitClause(b, limit));
    return b.m_statement;
}

SqlStatement postgresWindowIdsSql(const SearchQuery &query, int cap)
{
    Builder b;
    const QString window = timeConditions(b, query, QString()).join(QStringLiteral(" AND "));
    // The LIMIT keeps the planner from answering min(id) and max(id) by walking the primary
    // key from each end, filtering on time: past millions of events outside a window.
    b.m_statement.sql = QStringLiteral("SELECT count(*), min(id), max(id) FROM (SELECT id FROM events WHERE %1 LIMIT %2) w")
                                .arg(window, b.bind(cap));
    return b.m_statement;
}

SqlStatement postgresNewestWindowBlockSql(const SearchQuery &query)
{
    Builder b;
    const QString window = timeConditions(b, query, QString()).join(QStringLiteral(" AND "));
    // Each step is two probes of events_id_block: does this block hold an event of the window,
    // and which block comes next below it (ids have gaps). The deepest row is the answer.
    b.m_statement.sql = QStringLiteral("WITH RECURSIVE down(block, depth) AS ("
                                       " SELECT max(id / %1), 0 FROM events"
                                       " UNION ALL"
                                       " SELECT (SELECT max(id / %1) FROM events WHERE id / %1 < down.block), depth + 1"
                                       " FROM down WHERE down.block IS NOT NULL AND NOT EXISTS"
                                       " (SELECT 1 FROM events WHERE id / %1 = down.block AND %2))"
                                       " SELECT block FROM down ORDER BY depth DESC LIMIT 1")
                                .arg(kPostgresIdBlock)
                                .arg(window);
    return b.m_statement;
}

} // namespace bb
