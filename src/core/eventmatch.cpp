#include "eventmatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bb {

namespace {

void collectReadableText(const QJsonValue &value, const QString &key, QStringList *out)
{
    static const QStringList readableKeys = { QStringLiteral("fallback"), QStringLiteral("pretext"),
                                              QStringLiteral("title"), QStringLiteral("text"),
                                              QStringLiteral("value"), QStringLiteral("footer"),
                                              QStringLiteral("author_name") };
    if (value.isString()) {
        if (readableKeys.contains(key))
            *out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectReadableText(item, key, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectReadableText(it.value(), it.key(), out);
    }
}

// One query term (a word, "a phrase", or a prefix word "pay*") as index tokens.
struct TermTokens
{
    QStringList tokens;
    bool prefix = false; // the last token is a prefix
};

TermTokens termTokens(const QString &term)
{
    TermTokens result;
    QString stem = term;
    while (stem.endsWith(QLatin1Char('*'))) {
        stem.chop(1);
        result.prefix = true;
    }
    result.tokens = searchTokens(stem);
    return result;
}

bool containsTerm(const QList<QStringList> &columns, const TermTokens &term)
{
    const qsizetype n = term.tokens.size();
    for (const QStringList &tokens : columns) {
        for (qsizetype start = 0; start + n <= tokens.size(); ++start) {
            bool all = true;
            for (qsizetype i = 0; i < n && all; ++i) {
                const QString &token = tokens.at(start + i);
                all = (term.prefix && i == n - 1) ? token.startsWith(term.tokens.at(i)) : token == term.tokens.at(i);
            }
            if (all)
                return true;
        }
    }
    return false;
}

bool matchesText(const SearchQuery &query, const Event &event)
{
    QList<TermTokens> wanted;
    for (const QString &word : query.words)
        wanted << termTokens(word);
    for (const QString &phrase : query.phrases)
        wanted << termTokens(phrase);
    QList<TermTokens> excluded;
    for (const QString &word : query.excludedWords)
        excluded << termTokens(word);
    // Terms without a letter or digit are ignored, as searchsql.cpp leaves them out of MATCH.
    const auto empty = [](const TermTokens &term) { return term.tokens.isEmpty(); };
    wanted.removeIf(empty);
    excluded.removeIf(empty);
    if (wanted.isEmpty() && excluded.isEmpty())
        return true;
    const QList<QStringList> columns = { searchTokens(event.title), searchTokens(event.text),
                                         searchTokens(event.senderName), searchTokens(eventAttachmentText(event)) };
    for (const TermTokens &term : std::as_const(wanted)) {
        if (!containsTerm(columns, term))
            return false;
    }
    for (const TermTokens &term : std::as_const(excluded)) {
        if (containsTerm(columns, term))
            return false;
    }
    return true;
}

} // namespace

QString eventAttachmentText(const Event &event)
{
    QStringList parts;
    for (const QByteArray *json : { &event.attachmentsJson, &event.blocksJson }) {
        if (!json->isEmpty())
            collectReadableText(QJsonDocument::fromJson(*json).array(), QString(), &parts);
    }
    return parts.join(QLatin1Char(' '));
}

QStringList searchTokens(const QString &text)
{
    // Decomposed, so that the marks of "é" or "ñ" fall away as unicode61's remove_diacritics does.
    const QString folded = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QStringList tokens;
    QString token;
    for (const QChar c : folded) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            token.append(c);
        } else if (!token.isEmpty()) {
            tokens << token;
            token.clear();
        }
    }
    if (!token.isEmpty())
        tokens << token;
    return tokens;
}

bool eventMatches(const SearchQuery &query, const Event &event)
{
    if (!query.channels.isEmpty() && !query.channels.contains(event.channel))
        return false;
    if (query.level && *query.level != event.level)
        return false;
    if (query.after.isValid() && event.receivedAtMs < query.after.toMSecsSinceEpoch())
        return false;
    if (query.before.isValid() && event.receivedAtMs >= query.before.toMSecsSinceEpoch())
        return false;
    if (!query.senders.isEmpty()) {
        const bool any = std::any_of(query.senders.begin(), query.senders.end(), [&](const QString &sender) {
            return sender.compare(event.senderName, Qt::CaseInsensitive) == 0;
        });
        if (!any)
            return false;
    }
    if (!query.users.isEmpty()) {
        const bool any = std::any_of(query.users.begin(), query.users.end(), [&](const QString &user) {
            return event.users.contains(user, Qt::CaseInsensitive);
        });
        if (!any)
            return false;
    }
    return matchesText(query, event);
}

} // namespace bb
