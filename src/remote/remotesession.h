#pragma once

#include "remoteserver.h"

#include "core/event.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bb {

// How one call to the server ended.
struct RemoteReply
{
    Q_DECLARE_TR_FUNCTIONS(bb::RemoteReply)
public:
    enum class Outcome {
        Ok,
        Unreachable,  // no connection, or no answer in time (retry later)
        TlsRefused,   // the certificate was refused (tls says why); retrying will not help
        Unauthorized, // 401: the token is wrong or revoked; a new login is needed
        Forbidden,    // 403: the person's role does not allow it (a viewer posting)
        RateLimited,  // 429: too many failed logins from this address; retryAfterSeconds
        Failed,       // any other refusal or an answer that makes no sense
    };
    Outcome outcome = Outcome::Failed;
    int status = 0; // HTTP status, 0 when none came
    QJsonObject body;
    QString error; // the server's words or the network's, for a sentence
    TlsRefusal tls;
    int retryAfterSeconds = 0;

    bool ok() const { return outcome == Outcome::Ok; }
    bool needsLogin() const { return outcome == Outcome::Unauthorized; }
    QString message() const; // what went wrong, one sentence for a person
    // The same, a refused token's sentence naming the command to log in to `server` again.
    QString message(const QUrl &server) const;
};

struct RemoteIdentity
{
    QString user;
    QString role; // viewer | operator | admin
};

struct RemotePage
{
    EventList events; // newest first
    bool hasMore = false;
    qint64 nextBefore = 0;
};

// An event a person posts through the server (chat.postMessage): the server records the person
// as its sender.
struct RemotePost
{
    QString channel;
    QString text;
    QString title;
    QString user;  // the end user it concerns
    QString level; // info | warn | crit; empty: info
};

// The HTTP side of a console attached to a server: who am I, search pages, post, acknowledge,
// read markers. Every request carries the person's token and goes through the pinned TLS
// configuration; answers come back to the callback on this object's thread, unless `context`
// was destroyed first.
class RemoteSession : public QObject
{
    Q_OBJECT
public:
    explicit RemoteSession(const RemoteServer &server, QObject *parent = nullptr);
    ~RemoteSession() override;

    const RemoteServer &server() const { return m_server; }
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

    void whoami(QObject *context, std::function<void(const RemoteReply &, const RemoteIdentity &)> done);
    // GET /api/events: `query` in the search language, `channel` and `beforeId` optional.
    void search(const QString &query, const QString &channel, qint64 beforeId, int limit, QObject *context,
                std::function<void(const RemoteReply &, const RemotePage &)> done);
    // The newest stored event's id (0 for an empty store): where a live stream starts.
    void newestEventId(QObject *context, std::function<void(const RemoteReply &, qint64)> done);
    void post(const RemotePost &event, QObject *context, std::function<void(const RemoteReply &)> done);
    // POST /api/events/<id>/ack: the event as acknowledged (the first acknowledgement wins).
    void acknowledge(qint64 eventId, QObject *context, std::function<void(const RemoteReply &, const Event &)> done);
    // The person's read markers: channel → the newest id read.
    void readMarkers(QObject *context, std::function<void(const RemoteReply &, const QHash<QString, qint64> &)> done);
    void saveReadMarkers(const QHash<QString, qint64> &markers, QObject *context,
                         std::function<void(const RemoteReply &)> done);

    // The raw exchange the calls above are made of: JSON in (none for GET), JSON out.
    void request(const QByteArray &method, const QUrl &url, const QJsonObject *body, QObject *context,
                 std::function<void(const RemoteReply &)> done);

private:
    RemoteServer m_server;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 15000;
};

} // namespace bb
