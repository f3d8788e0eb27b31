#include "userextraction.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace bb {

namespace {

// The look-behinds make a match start only at the beginning of an address, never in the
// middle of a run of letters: that keeps hostile megabyte-long words linear.
const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
            R"((?<![A-Za-z0-9._%+\-])[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?)"
            R"(@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-]))"));
    return pattern;
}

// '<' before '@' is a Slack mention id; a word character or '@' before it is an e-mail.
const QRegularExpression &handlePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
            R"((?<![A-Za-z0-9_<@.\-])@([A-Za-z0-9_](?:[A-Za-z0-9._\-]{0,78}[A-Za-z0-9_])?)(?![A-Za-z0-9_]))"));
    return pattern;
}

bool isBroadcastWord(const QString &name)
{
    return name == QLatin1String("here") || name == QLatin1String("channel")
        || name == QLatin1String("everyone");
}

struct Found
{
    qsizetype position;
    QString user;
};

} // namespace

QStringList extractUsers(const QString &text)
{
    // Both patterns need an '@': most texts have none, and a regex match costs far more
    // than this scan on the ingest hot path.
    if (!text.contains(QLatin1Char('@')))
        return {};
    std::vector<Found> found;
    std::vector<std::pair<qsizetype, qsizetype>> emailSpans;

    auto emails = emailPattern().globalMatch(text);
    while (emails.hasNext()) {
        const auto match = emails.next();
        found.push_back({ match.capturedStart(), match.captured().toLower() });
        emailSpans.emplace_back(match.capturedStart(), match.capturedEnd());
    }

    auto handles = handlePattern().globalMatch(text);
    while (handles.hasNext()) {
        const auto match = handles.next();
        const qsizetype at = match.capturedStart();
        const bool insideEmail = std::any_of(emailSpans.begin(), emailSpans.end(),
                                             [at](const auto &span) {
                                                 return at >= span.first && at < span.second;
                                             });
        const QString name = match.captured(1).toLower();
        if (!insideEmail && !isBroadcastWord(name))
            found.push_back({ at, QLatin1Char('@') + name });
    }

    std::stable_sort(found.begin(), found.end(),
                     [](const Found &a, const Found &b) { return a.position < b.position; });
    QStringList users;
    QSet<QString> seen;
    for (const Found &f : found) {
        if (!seen.contains(f.user)) {
            seen.insert(f.user);
            users.append(f.user);
        }
    }
    return users;
}

QString normalizeUser(const QString &typed)
{
    QString user = typed.trimmed().toLower();
    if (user.startsWith(QLatin1Char('@')))
        user.remove(0, 1);
    user = user.trimmed();
    if (user.isEmpty())
        return {};
    // "alice@example.com" keeps its form; a bare "alice" is a handle.
    return user.contains(QLatin1Char('@')) ? user : QLatin1Char('@') + user;
}

} // namespace bb
