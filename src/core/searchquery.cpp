#include "searchquery.h"

#include "channelname.h"
#include "userextraction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace bb {

namespace {

// The context is what lupdate files a free tr() under: the enclosing namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("bb", text);
}

// One space-separated term. Quotes group, and are removed from `text`.
struct Term
{
    QString text;
    bool quoted = false;   // some part of the term was inside quotes
    bool negated = false;  // an unquoted leading '-'
    qsizetype keyEnd = -1; // index of the first ':' that stood outside quotes
};

// Splits `input` into terms, or returns an error sentence for an unterminated quote.
QString tokenize(const QString &input, QList<Term> *terms)
{
    Term term;
    bool inQuotes = false;
    bool started = false;
    qsizetype quoteStart = -1;
    auto finish = [&] {
        if (started)
            terms->append(term);
        term = Term();
        started = false;
    };
    for (qsizetype i = 0; i < input.size(); ++i) {
        // Control characters (a NUL from a URL's %00, a pasted tab) separate words like spaces:
        // inside a term they would reach FTS5, which reads a NUL as the end of its string.
        const QChar c = input.at(i).category() == QChar::Other_Control ? QLatin1Char(' ') : input.at(i);
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
            term.quoted = true;
            started = true;
            if (inQuotes)
                quoteStart = i;
        } else if (!inQuotes && c.isSpace()) {
            finish();
        } else {
            if (!inQuotes && !started && c == QLatin1Char('-') && !term.negated) {
                term.negated = true;
                started = true;
                continue;
            }
            if (!inQuotes && c == QLatin1Char(':') && term.keyEnd < 0 && !term.quoted)
                term.keyEnd = term.text.size();
            term.text.append(c);
            started = true;
        }
    }
    if (inQuotes)
        return tr("The quote that starts with %1 is not closed: add a closing \".")
                .arg(input.mid(quoteStart, 20));
    finish();
    return {};
}

QString acceptedDateForms()
{
    //: today and yesterday are words of the query language: they stay as they are
    return tr("YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] (local time, or UTC with Z, or with an offset such as +01:00), "
              "today or yesterday");
}

// The moment a date term stands for: a day means the local midnight that starts it.
QDateTime parseDate(const QString &value, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    const QString lower = value.toLower();
    if (lower == QLatin1String("today"))
        return QDateTime(today, QTime(0, 0), Qt::LocalTime);
    if (lower == QLatin1String("yesterday"))
        return QDateTime(today.addDays(-1), QTime(0, 0), Qt::LocalTime);

    static const QRegularExpression dayOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    // A moment is local time unless it says its zone: Z for UTC, or an offset (what
    // searchQueryText writes, so a query sent to a server in another zone means the same).
    static const QRegularExpression dayAndTime(QStringLiteral(
            R"(^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?([Zz]|[+-]\d{2}:?\d{2})?$)"));
    if (dayOnly.match(value).hasMatch()) {
        const QDate day = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
        return day.isValid() ? QDateTime(day, QTime(0, 0), Qt::LocalTime) : QDateTime();
    }
    const auto match = dayAndTime.match(value);
    if (!match.hasMatch())
        return {};
    const QDate day = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
    const QString fraction = match.captured(5);
    const QTime time(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt(),
                     fraction.isEmpty() ? 0 : (fraction + QStringLiteral("00")).left(3).toInt());
    if (!day.isValid() || !time.isValid())
        return {};
    const QString zone = match.captured(6);
    if (zone.isEmpty())
        return QDateTime(day, time, Qt::LocalTime);
    if (zone.compare(QLatin1String("z"), Qt::CaseInsensitive) == 0)
        return QDateTime(day, time, QTimeZone::utc());
    const QString digits = zone.mid(1).remove(QLatin1Char(':'));
    const int hours = digits.left(2).toInt();
    const int minutes = digits.mid(2).toInt();
    if (hours > 14 || minutes > 59)
        return {};
    const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
    return QDateTime(day, time, QTimeZone(sign * (hours * 3600 + minutes * 60)));
}

// Applies one key:value term; returns an error sentence or an empty string.
QString applyKey(const QString &key, const QString &value, const QDateTime &now, SearchQuery *query)
{
    if (value.isEmpty())
        return tr("'%1:' needs a value after the colon.").arg(key);

    if (key == QLatin1String("user")) {
        const QString user = normalizeUser(value);
        if (user.isEmpty())
            return tr("'%1:' needs a value after the colon.").arg(key);
        if (!query->users.contains(user))
            query->users.append(user);
    } else if (key == QLatin1String("in")) {
        const QString channel = normalizeChannelName(value);
        if (channel.isEmpty())
            return tr("'%1' is not a channel name (letters, digits, '-', '_' and '.').").arg(value);
        if (!query->channels.contains(channel))
            query->channels.append(channel);
    } else if (key == QLatin1String("level")) {
        const auto level = parseLevel(value);
        if (!level)
            return tr("unknown level '%1' (info, warn, crit)").arg(value);
        if (query->level && *query->level != *level)
            return tr("Only one level: term can be used; it matches that exact level.");
        query->level = level;
    } else if (key == QLatin1String("from")) {
        if (!query->senders.contains(value))
            query->senders.append(value);
    } else {
        const QDateTime when = parseDate(value, now);
        if (!when.isValid())
            return tr("'%1' is not a date for %2: use %3.").arg(value, key + QLatin1Char(':'), acceptedDateForms());
        if (key == QLatin1String("before")) {
            if (!query->before.isValid() || when < query->before)
                query->before = when;
        } else if (!query->after.isValid() || when > query->after) {
            query->after = when;
        }
    }
    return {};
}

bool isKey(const QString &key)
{
    static const QStringList keys = { QStringLiteral("user"), QStringLiteral("in"),
                                      QStringLiteral("level"), QStringLiteral("from"),
                                      QStringLiteral("before"), QStringLiteral("after") };
    return keys.contains(key);
}

} // namespace

bool SearchQuery::isEmpty() const
{
    return words.isEmpty() && excludedWords.isEmpty() && phrases.isEmpty() && users.isEmpty()
        && channels.isEmpty() && senders.isEmpty() && !level && !after.isValid()
        && !before.isValid();
}

QueryParseResult parseSearchQuery(const QString &text, const QDateTime &now)
{
    QueryParseResult result;
    QList<Term> terms;
    result.error = tokenize(text, &terms);
    if (!result.ok())
        return result;

    SearchQuery &query = result.query;
    for (const Term &term : std::as_const(terms)) {
        const QString key = term.keyEnd > 0 ? term.text.left(term.keyEnd).toLower() : QString();
        if (!term.negated && isKey(key)) {
            result.error = applyKey(key, term.text.mid(term.keyEnd + 1).trimmed(), now, &query);
            if (!result.ok())
                return result;
            continue;
        }
        const QString words = term.text.trimmed().toLower();
        // A bare today or yesterday is that day (the wall's tiles count "today"); quoted, a word.
        if (!term.negated && !term.quoted
            && (words == QLatin1String("today") || words == QLatin1String("yesterday"))) {
            applyKey(QStringLiteral("after"), words, now, &query);
            if (words == QLatin1String("yesterday"))
                applyKey(QStringLiteral("before"), QStringLiteral("today"), now, &query);
            continue;
        }
        if (words.isEmpty()) {
            if (term.negated && !term.quoted) {
                result.error = tr("A '-' must be followed by the word to exclude, as in -debug.");
                return result;
            }
            continue; // "" is an empty phrase: nothing to match
        }
        if (term.negated)
            query.excludedWords.append(words);
        else if (term.quoted && words.contains(QLatin1Char(' ')))
            query.phrases.append(words);
        else
            query.words.append(words);
    }
    return result;
}

namespace {

// Quoted, every value reads back as written: a quoted single word is a word, and a key's
// quoted value is its value. The language has no escape for a quote inside quotes.
QString quoted(QString value)
{
    return QLatin1Char('"') + value.remove(QLatin1Char('"')) + QLatin1Char('"');
}

// In UTC with its Z: the text means the same moment wherever it is read (a team server may
// be in another time zone than the console that wrote it).
QString dateText(const QDateTime &moment)
{
    const QDateTime utc = moment.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace

QString searchQueryText(const SearchQuery &query)
{
    QStringList terms;
    for (const QString &word : query.words)
        terms << quoted(word);
    for (const QString &phrase : query.phrases)
        terms << quoted(phrase);
    for (const QString &word : query.excludedWords)
        terms << QLatin1Char('-') + quoted(word);
    for (const QString &user : query.users)
        terms << QStringLiteral("user:") + quoted(user);
    for (const QString &channel : query.channels)
        terms << QStringLiteral("in:") + quoted(channel);
    for (const QString &sender : query.senders)
        terms << QStringLiteral("from:") + quoted(sender);
    if (query.level)
        terms << QStringLiteral("level:") + levelName(*query.level);
    if (query.after.isValid())
        terms << QStringLiteral("after:") + dateText(query.after);
    if (query.before.isValid())
        terms << QStringLiteral("before:") + dateText(query.before);
    return terms.join(QLatin1Char(' '));
}

} // namespace bb
