#include "access.h"

#include <QCryptographicHash>

namespace bb {

namespace {

QByteArray digestOf(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

// Equal-length digests, compared without an early exit.
bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

std::optional<Role> parseRole(const QString &word)
{
    if (word == QLatin1String("viewer"))
        return Role::Viewer;
    if (word == QLatin1String("operator"))
        return Role::Operator;
    if (word == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("viewer");
}

void PersonDirectory::add(const QString &token, const Person &person)
{
    m_entries.append({ digestOf(token), person });
}

std::optional<Person> PersonDirectory::find(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    const QByteArray candidate = digestOf(token);
    std::optional<Person> found;
    // Every entry is compared, whichever matches: the time taken says nothing about which.
    for (const Entry &entry : m_entries) {
        if (sameDigest(entry.digest, candidate) && !found)
            found = entry.person;
    }
    return found;
}

bool LoginThrottle::allows(const QHostAddress &peer, qint64 nowMs, int *retryAfterSeconds)
{
    forgetOld(nowMs);
    const auto it = m_failures.constFind(peer);
    if (it == m_failures.constEnd() || it->size() < kMaxFailures)
        return true;
    // Allowed again once the failures within the window drop below the limit.
    const qint64 freeAtMs = it->at(it->size() - kMaxFailures) + kWindowMs;
    if (freeAtMs <= nowMs)
        return true;
    *retryAfterSeconds = int(qMax<qint64>(1, (freeAtMs - nowMs + 999) / 1000));
    return false;
}

void LoginThrottle::failed(const QHostAddress &peer, qint64 nowMs)
{
    QList<qint64> &failures = m_failures[peer];
    failures.append(nowMs);
    if (failures.size() > kMaxFailures)
        failures.remove(0, failures.size() - kMaxFailures);
}

void LoginThrottle::forgetOld(qint64 nowMs)
{
    if (nowMs - m_lastSweepMs < 1000)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        QList<qint64> &failures = it.value();
        while (!failures.isEmpty() && nowMs - failures.first() >= kWindowMs)
            failures.removeFirst();
        it = failures.isEmpty() ? m_failures.erase(it) : std::next(it);
    }
}

QString bearerToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer "))
        return QString();
    return QString::fromUtf8(authorization.mid(7).trimmed());
}

QString ingestTokenName(const HttpRequest &request, const QHash<QString, QString> &tokens)
{
    if (tokens.isEmpty())
        return QStringLiteral("");
    QList<QString> candidates;
    candidates << bearerToken(request);
    candidates << request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (request.path.startsWith(QLatin1String("/services/")))
        candidates << request.path.section(QLatin1Char('/'), -1);
    for (const QString &candidate : candidates) {
        const auto it = tokens.constFind(candidate);
        if (!candidate.isEmpty() && it != tokens.constEnd())
            return it.value();
    }
    return QString();
}

} // namespace bb
