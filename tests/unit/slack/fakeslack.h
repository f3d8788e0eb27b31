#pragma once

#include "ingest/http/httpserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QWebSocketServer>

#include <memory>

class QWebSocket;

namespace bb::test {

// A TCP relay in front of the fake's WebSocket port that can go silent: frozen, it accepts
// connections and reads bytes but forwards nothing either way, which is what a connection
// looks like after a laptop slept or a NAT forgot it (connected, yet dead).
class FreezableRelay : public QObject
{
    Q_OBJECT
public:
    explicit FreezableRelay(quint16 targetPort, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    void setFrozen(bool frozen) { m_frozen = frozen; }
    bool isFrozen() const { return m_frozen; }

private:
    QTcpServer m_server;
    quint16 m_target;
    bool m_frozen = false;
};

// Slack's servers, for tests: the Web API over HTTP (our own HttpServer) and Socket Mode over
// a QWebSocketServer, speaking the documented wire format. Shapes, from Slack's pages:
// - Web API: POST https://slack.com/api/<method>, form-encoded, token as "Authorization:
//   Bearer"; HTTP 200 with {"ok":true,…} or {"ok":false,"error":"<word>"}; HTTP 429 with a
//   Retry-After header in seconds (https://api.slack.com/docs/rate-limits).
// - apps.connections.open: app-level token in the header only → {"ok":true,"url":"wss://…"}
//   (https://api.slack.com/methods/apps.connections.open).
// - Socket Mode frames (https://api.slack.com/apis/connections/socket-implement):
//   {"type":"hello","num_connections":1,"debug_info":{…},"connection_info":{"app_id":…}};
//   {"type":"disconnect","reason":"warning|refresh_requested|too_many_websockets|link_disabled",
//    "debug_info":{"host":…}}; envelopes {"envelope_id":…,"payload":{…},"type":
//   "events_api|slash_commands|interactive","accepts_response_payload":false,
//   "retry_attempt":0,"retry_reason":""}, acknowledged with {"envelope_id":…}.
// - events_api payload: {"token","team_id","api_app_id","event":{…},"type":"event_callback",
//   "event_id","event_time"} (https://api.slack.com/apis/connections/events-api).
// - message events: message, message_changed {message{…,edited},previous_message},
//   message_deleted {deleted_ts,previous_message}
//   (https://docs.slack.dev/reference/events/message/message_changed, …/message_deleted).
// - conversations.history / .replies / .list: cursor paging with "has_more" and
//   "response_metadata":{"next_cursor":…} ("" on the last page), opaque cursors (an unknown one
//   is "invalid_cursor"); history takes channel, cursor, limit, oldest, latest, inclusive and
//   answers newest first, "oldest"/"latest" exclusive unless "inclusive"
//   (https://docs.slack.dev/reference/methods/conversations.history).
class FakeSlack : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kBotToken = "xoxb-fake-bot-0123456789";
    static constexpr const char *kAppToken = "xapp-1-fake-app-0123456789";

    explicit FakeSlack(QObject *parent = nullptr);
    ~FakeSlack() override;

    QString apiUrl() const; // "http://127.0.0.1:<port>/api/"
    FreezableRelay &relay() { return *m_relay; }

    void addChannel(const QString &id, const QString &name, bool member = true);
    void addUser(const QString &id, const QString &realName, const QString &avatar);

    // A message said in Slack: kept in history, and sent live to every connected socket.
    QString say(const QString &channel, const QString &user, const QString &text, const QString &threadTs = {});
    // Only in history (said while Bellboard was not connected).
    QString sayOffline(const QString &channel, const QString &user, const QString &text, const QString &threadTs = {});
    void edit(const QString &channel, const QString &ts, const QString &text);
    void remove(const QString &channel, const QString &ts);
    // Any envelope, raw; returns its envelope_id.
    QString sendEnvelope(const QString &type, const QJsonObject &payload, int retryAttempt = 0);
    QString sendMessageEvent(const QJsonObject &event, int retryAttempt = 0);

    void sendDisconnect(const QString &reason);
    void setSendHello(bool send) { m_sendHello = send; }
    void rateLimitNext(const QString &method, int retryAfterSeconds) { m_rateLimits.insert(method, retryAfterSeconds); }
    // Lets `answered` more calls of the method through, then answers the next one with a 429.
    void rateLimitAfter(const QString &method, int answered, int retryAfterSeconds)
    {
        m_rateLimitsLater.insert(method, { answered, retryAfterSeconds });
    }
    void revoke(const QString &token) { m_revoked.insert(token); }
    // Pages hold at most this many items whatever `limit` asks for, with has_more and a
    // next_cursor while more exist: Slack documents that a page may be shorter than `limit`
    // (some apps get 15 messages a page).
    void setMaxPageSize(int size) { m_maxPageSize = size; }

    // What the client did.
    int calls(const QString &method) const { return m_calls.value(method); }
    QList<QHash<QString, QString>> callArgs(const QString &method) const { return m_args.value(method); }
    int callsSince(const QString &method, qsizetype mark) const;
    int openSockets() const { return int(m_sockets.size()); }
    int maxOpenSockets() const { return m_maxOpenSockets; }
    int connectionsAccepted() const { return m_accepted; }
    QStringList sentEnvelopes() const { return m_sentEnvelopes; }
    QStringList ackedEnvelopes() const { return m_acked; }
    QStringList requestTokens() const { return m_tokensSeen; }

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse history(const QHash<QString, QString> &args);
    HttpResponse replies(const QHash<QString, QString> &args);
    HttpResponse list(const QHash<QString, QString> &args);
    HttpResponse postMessage(const QHash<QString, QString> &args);
    QString nextTs();
    QString cursorFor(const QString &position);
    bool positionOf(const QHash<QString, QString> &args, QString *position) const;
    QJsonObject message(const QString &user, const QString &text, const QString &ts, const QString &threadTs) const;
    QJsonObject *find(const QString &channel, const QString &ts);
    void sendToSockets(const QJsonObject &frame);
    void accept();

    std::unique_ptr<HttpServer> m_http;
    QWebSocketServer m_ws;
    std::unique_ptr<FreezableRelay> m_relay;
    QList<QWebSocket *> m_sockets;
    QList<QPair<QString, QString>> m_channelOrder; // id, name
    QHash<QString, bool> m_members;
    QHash<QString, QList<QJsonObject>> m_messages; // by channel, oldest first
    QHash<QString, QJsonObject> m_users;
    QHash<QString, int> m_rateLimits;
    QHash<QString, QPair<int, int>> m_rateLimitsLater; // calls still answered, then Retry-After
    QHash<QString, QString> m_cursors;                 // every cursor given out → where it goes on
    QSet<QString> m_revoked;
    QHash<QString, int> m_calls;
    QHash<QString, QList<QHash<QString, QString>>> m_args;
    QStringList m_sentEnvelopes;
    QStringList m_acked;
    QStringList m_tokensSeen;
    qint64 m_clock = 1700000000;
    int m_counter = 0;
    int m_maxPageSize = 1000;
    int m_accepted = 0;
    int m_maxOpenSockets = 0;
    bool m_sendHello = true;
};

} // namespace bb::test
