#include "pgsearchsql.h"

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

QString joined(const QStringList &terms, const QString &op)
{
    QStringList kept;
    for (const QString &term : terms) {
        if (!term.isEmpty())
            kept << term;
    }
    return kept.join(op);
}

} // namespace

SqlStatement postgresSearchIdsSql(const SearchQuery &query, qint64 beforeId, int limit)
{
    Builder b;
    QStringList conditions;
    if (beforeId > 0)
        conditions << QStringLiteral("e.id < %1").arg(b.bind(beforeId));

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
    if (query.after.isValid())
        conditions << QStringLiteral("e.received_at_ms >= %1").arg(b.bind(query.after.toMSecsSinceEpoch()));
    if (query.before.isValid())
        conditions << QStringLiteral("e.received_at_ms < %1").arg(b.bind(query.before.toMSecsSinceEpoch()));
    if (conditions.isEmpty())
        conditions << QStringLiteral("true");
    b.m_statement.sql = QStringLiteral("SELECT e.id FROM events e WHERE %1 ORDER BY e.id DESC LIMIT %2")
                                .arg(conditions.join(QStringLiteral(" AND ")),
                                     limit < 0 ? QStringLiteral("ALL") : b.bind(limit));
    return b.m_statement;
}

} // namespace bb
