#pragma once

#include "net/httpmessage.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <optional>

namespace bb {

// What a person of the team may do on a team server ([[users]] role in the config).
// Ordered: each role may do everything the ones before it may.
enum class Role {
    Viewer,   // read: events, the stream, their own read markers
    Operator, // also post as themselves, acknowledge
    Admin     // also edit channels
};

std::optional<Role> parseRole(const QString &word); // "viewer", "operator", "admin"
QString roleName(Role role);

struct Person
{
    QString name; // shown as who acknowledged, who posted
    Role role = Role::Viewer;
    bool may(Role needed) const { return int(role) >= int(needed); }
};

// The people of a team server, found by their token. Only a SHA-256 digest of each token is
// kept, and a lookup compares the candidate's digest with every one in constant time, so
// neither the answer's timing nor a memory dump gives a token away.
class PersonDirectory
{
public:
    void add(const QString &token, const Person &person);
    bool isEmpty() const { return m_entries.isEmpty(); }
    std::optional<Person> find(const QString &token) const;

private:
    struct Entry
    {
        QByteArray digest;
        Person person;
    };
    QList<Entry> m_entries;
};

// Slows down guessing: an address with kMaxFailures failed logins within kWindowMs is refused
// (429) until the oldest of them is a window old. Success does not clear the count: a guesser
// that also holds one good token gains nothing.
class LoginThrottle
{
public:
    static constexpr int kMaxFailures = 10;
    static constexpr qint64 kWindowMs = 60'000;

    // False while `peer` is refused, with the whole seconds until it may try again.
    bool allows(const QHostAddress &peer, qint64 nowMs, int *retryAfterSeconds);
    void failed(const QHostAddress &peer, qint64 nowMs);

private:
    void forgetOld(qint64 nowMs);
    QHash<QHostAddress, QList<qint64>> m_failures; // per address, oldest first
    qint64 m_lastSweepMs = 0;
};

// The token of an `Authorization: Bearer …` header; empty when there is none.
QString bearerToken(const HttpRequest &request);

// The name of the ingest token a request carries (Bearer, ?token=, or Slack's webhook URL
// shape /services/…/<token>): "" when `tokens` is empty (none is required), a null QString
// when tokens are configured and the request has none of them. tokens: value → name.
QString ingestTokenName(const HttpRequest &request, const QHash<QString, QString> &tokens);

} // namespace bb
