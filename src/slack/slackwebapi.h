#pragma once

#include "slacktimings.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace bb {

// One Web API answer. `error` is Slack's own word when it gave one ("not_in_channel"), or
// ours for what never reached Slack: "network_error", "http_<status>", "invalid_response",
// "timeout", "rate_limited" is never seen (429s are waited out and retried).
struct SlackResponse
{
    bool ok = false;
    QString error;
    QJsonObject body;
    QString explanation() const; // what the error means and what to do, one sentence
    // response_metadata.next_cursor of a paged answer; empty on the last page.
    QString nextCursor() const;
    bool isAuthFailure() const { return isAuthError(error); }
    static bool isAuthError(const QString &error);
    static QString explain(const QString &error, const QJsonObject &body = {});
};

using SlackArgs = QList<QPair<QString, QString>>;

// A Slack Web API client for one token. Calls are form-encoded POSTs to <base URL><method>
// with the token in an Authorization: Bearer header (never in the URL or the body, so it never
// reaches a proxy's log). Each method has its own queue: calls of one method go out one at a
// time, at least its pacing apart; an HTTP 429 pauses that method for Retry-After seconds and
// then sends the same call again. Once Slack says the token is dead (invalid_auth,
// account_inactive, token_revoked, …) every call fails at once with that word until
// setToken() gives a new one: nothing retries a revoked token forever.
class SlackWebApi : public QObject
{
    Q_OBJECT
public:
    explicit SlackWebApi(QObject *parent = nullptr);
    ~SlackWebApi() override;

    void setBaseUrl(const QUrl &url); // "https://slack.com/api/"; a missing trailing '/' is added
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token);
    void setTimings(const SlackTimings &timings) { m_timings = timings; }

    using Callback = std::function<void(const SlackResponse &)>;
    // `done` runs on this object's thread, unless `context` is destroyed first.
    void call(const QString &method, const SlackArgs &args, QObject *context, Callback done);

    // When a paused method sends again (ms since the epoch), 0 when it is not paused.
    qint64 pausedUntil(const QString &method) const;
    QString authError() const { return m_authError; }

signals:
    void rateLimited(const QString &method, qint64 untilMs);
    void rateLimitEnded(const QString &method);
    // The token is dead; emitted once per token.
    void authFailed(const QString &error);

private:
    struct Call
    {
        SlackArgs args;
        QPointer<QObject> context;
        Callback done;
    };
    struct Method
    {
        QQueue<Call> queue;
        qint64 nextSendMs = 0;
        qint64 pausedUntilMs = 0;
        bool busy = false;
        QTimer *timer = nullptr;
    };
    Method &method(const QString &name);
    void pump(const QString &name);
    void send(const QString &name, Call call);
    void finished(const QString &name, Call call, QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl = QUrl(QStringLiteral("https://slack.com/api/"));
    QString m_token;
    QString m_authError;
    SlackTimings m_timings;
    QHash<QString, std::shared_ptr<Method>> m_methods;
};

} // namespace bb
