#include "searchsql.h"

#include <algorithm>
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

// An FTS5 string: inside double quotes everything is literal; a quote is doubled.
QString ftsString(QString term)
{
    term.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

QString ftsWord(const QString &word)
{
    QString stem = word;
    bool prefix = false;
    while (stem.endsWith(QLatin1Char('*'))) {
        stem.chop(1);
        prefix = true;
    }
    if (!hasSearchableText(stem))
        return {};
    return prefix ? ftsString(stem) + QLatin1String(" *") : ftsString(stem);
}

QString ftsPhrase(const QString &phrase)
{
    return hasSearchableText(phrase) ? ftsString(phrase) : QString();
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

QString positiveExpression(const SearchQuery &query)
{
    QStringList terms;
    for (const QString &word : query.words)
        terms << ftsWord(word);
    for (const QString &phrase : query.phrases)
        terms << ftsPhrase(phrase);
    return joined(terms, QStringLiteral(" AND "));
}

// An excluded entry with a space is a phrase (-"a phrase"); otherwise a word, as above.
QString excludedExpression(const SearchQuery &query)
{
    QStringList terms;
    for (const QString &word : query.excludedWords)
        terms << (word.contains(QLatin1Char(' ')) ? ftsPhrase(word) : ftsWord(word));
    return joined(terms, QStringLiteral(" OR "));
}

QString withoutExcluded(const QString &positive, const QString &excluded)
{
    if (positive.isEmpty() || excluded.isEmpty())
        return positive;
    return QStringLiteral("(%1) NOT (%2)").arg(positive, excluded);
}

enum class Driver {
    Users,
    Text,
    Channels,
    Senders,
    Level,
    All
};

// Builds the statement left to right, so that values are appended in parameter order.
class SearchSqlBuilder
{
public:
    SearchSqlBuilder(const SearchQuery &query, qint64 beforeId, int limit, const IdRange &window)
        : m_query(query)
        , m_window(window)
        , m_beforeId(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max())
        , m_limit(limit)
        , m_positive(positiveExpression(query))
        , m_excluded(excludedExpression(query))
        , m_driver(chooseDriver())
    {
    }

    SqlStatement build()
    {
        const QStringList values = drivingValues();
        if (values.size() <= 1) {
            m_statement.sql = branch(values.value(0));
            return m_statement;
        }
        QStringList branches;
        for (const QString &value : values)
            branches << QStringLiteral("SELECT * FROM (%1)").arg(branch(value));
        // UNION, not UNION ALL: an event about two users appears in both branches.
        m_statement.sql = QStringLiteral("SELECT id FROM (%1) ORDER BY id DESC LIMIT %2")
                                  .arg(branches.join(QStringLiteral(" UNION ")), bind(m_limit));
        return m_statement;
    }

private:
    Driver chooseDriver() const
    {
        if (!m_query.users.isEmpty())
            return Driver::Users;
        if (!m_positive.isEmpty())
            return Driver::Text;
        if (!m_query.channels.isEmpty())
            return Driver::Channels;
        if (!m_query.senders.isEmpty())
            return Driver::Senders;
        if (m_query.level)
            return Driver::Level;
        return Driver::All;
    }

    QStringList drivingValues() const
    {
        switch (m_driver) {
        case Driver::Channels: return m_query.channels;
        case Driver::Senders: return m_query.senders;
        case Driver::Users:
        case Driver::Text:
        case Driver::Level:
        case Driver::All: break;
        }
        return {};
    }

    // One newest-first walk: the driving condition (with `value` for multi-valued kinds),
    // the paging bound, every other filter, and the limit.
    QString branch(const QString &value)
    {
        QString from, idColumn, where;
        switch (m_driver) {
        case Driver::Users:
            // CROSS JOIN fixes the join order: walk the user's index entries, look up events.
            from = QStringLiteral("event_users CROSS JOIN events e ON e.id = event_users.rowid");
            idColumn = QStringLiteral("event_users.rowid");
            where = QStringLiteral("event_users MATCH %1").arg(bind(usersExpression()));
            break;
        case Driver::Text:
            from = QStringLiteral("events_fts CROSS JOIN events e ON e.id = events_fts.rowid");
            idColumn = QStringLiteral("events_fts.rowid");
            where = QStringLiteral("events_fts MATCH %1").arg(bind(matchExpression()));
            break;
        case Driver::Channels:
            from = QStringLiteral("events e INDEXED BY events_channel_id");
            idColumn = QStringLiteral("e.id");
            where = QStringLiteral("e.channel = %1").arg(bind(value));
            break;
        case Driver::Senders:
            from = QStringLiteral("events e INDEXED BY events_sender_id");
            idColumn = QStringLiteral("e.id");
            where = QStringLiteral("e.sender_name COLLATE NOCASE = %1").arg(bind(value));
            break;
        case Driver::Level:
            from = QStringLiteral("events e INDEXED BY events_level_id");
            idColumn = QStringLiteral("e.id");
            where = QStringLiteral("e.level = %1").arg(bind(int(*m_query.level)));
            break;
        case Driver::All:
            from = QStringLiteral("events e");
            idColumn = QStringLiteral("e.id");
            where = QStringLiteral("1");
            break;
        }
        where += QStringLiteral(" AND %1 < %2").arg(idColumn, bind(std::min(m_beforeId, upperBound(m_window.last))));
        if (m_window.first > 0)
            where += QStringLiteral(" AND %1 >= %2").arg(idColumn, bind(m_window.first));
        where += otherFilters();
        return QStringLiteral("SELECT %1 AS id FROM %2 WHERE %3 ORDER BY %1 DESC LIMIT %4")
                .arg(idColumn, from, where, bind(m_limit));
    }

    QString matchExpression() const { return withoutExcluded(m_positive, m_excluded); }

    // Users are alternatives; each is one quoted token of the event_users index.
    QString usersExpression() const
    {
        QStringList terms;
        for (const QString &user : m_query.users)
            terms << ftsString(user);
        return terms.join(QStringLiteral(" OR "));
    }

    QString otherFilters()
    {
        QString sql;
        if (m_driver != Driver::Users && !m_query.users.isEmpty()) {
            sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM event_users WHERE event_users MATCH %1 AND rowid = e.id)")
                           .arg(bind(usersExpression()));
        }
        if (m_driver != Driver::Text) {
            // Per visited row, FTS5 checks one rowid: a seek, not the whole match set.
            if (!m_positive.isEmpty()) {
                sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH %1 AND rowid = e.id)")
                               .arg(bind(matchExpression()));
            } else if (!m_excluded.isEmpty()) {
                sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH %1 AND rowid = e.id)")
                               .arg(bind(m_excluded));
            }
        }
        if (m_driver != Driver::Channels && !m_query.channels.isEmpty())
            sql += QStringLiteral(" AND e.channel IN (%1)").arg(bindList(m_query.channels));
        if (m_driver != Driver::Senders && !m_query.senders.isEmpty())
            sql += QStringLiteral(" AND e.sender_name COLLATE NOCASE IN (%1)").arg(bindList(m_query.senders));
        if (m_driver != Driver::Level && m_query.level)
            sql += QStringLiteral(" AND e.level = %1").arg(bind(int(*m_query.level)));
        // Time stays on the base table, never inside MATCH (docs/ARCHITECTURE.md, "Search").
        if (m_query.after.isValid())
            sql += QStringLiteral(" AND e.received_at_ms >= %1").arg(bind(m_query.after.toMSecsSinceEpoch()));
        if (m_query.before.isValid())
            sql += QStringLiteral(" AND e.received_at_ms < %1").arg(bind(m_query.before.toMSecsSinceEpoch()));
        return sql;
    }

    static qint64 upperBound(qint64 lastIncluded)
    {
        return lastIncluded == std::numeric_limits<qint64>::max() ? lastIncluded : lastIncluded + 1;
    }

    QString bind(const QVariant &value)
    {
        m_statement.values << value;
        return QStringLiteral("?");
    }

    QString bindList(const QStringList &values)
    {
        QStringList marks;
        for (const QString &value : values)
            marks << bind(value);
        return marks.join(QLatin1Char(','));
    }

    const SearchQuery &m_query;
    const IdRange m_window;
    const qint64 m_beforeId;
    const int m_limit;
    const QString m_positive;
    const QString m_excluded;
    const Driver m_driver;
    SqlStatement m_statement;
};

} // namespace

QString ftsMatchExpression(const SearchQuery &query)
{
    return withoutExcluded(positiveExpression(query), excludedExpression(query));
}

SqlStatement searchIdsSql(const SearchQuery &query, qint64 beforeId, int limit, const IdRange &window)
{
    return SearchSqlBuilder(query, beforeId, limit, window).build();
}

SqlStatement timeWindowSql(const SearchQuery &query, int cap)
{
    SqlStatement statement;
    QStringList conditions;
    if (query.after.isValid()) {
        conditions << QStringLiteral("received_at_ms >= ?");
        statement.values << query.after.toMSecsSinceEpoch();
    }
    if (query.before.isValid()) {
        conditions << QStringLiteral("received_at_ms < ?");
        statement.values << query.before.toMSecsSinceEpoch();
    }
    statement.values << cap;
    statement.sql = QStringLiteral("SELECT count(*), min(id), max(id) FROM"
                                   " (SELECT id FROM events INDEXED BY events_received_at WHERE %1 LIMIT ?)")
                            .arg(conditions.join(QStringLiteral(" AND ")));
    return statement;
}

} // namespace bb
