#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace bb {

// Slack's request signature: "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)).
QByteArray slackSignature(const QByteArray &secret, qint64 timestampSecs, const QByteArray &body);

// application/x-www-form-urlencoded, fields in the given order, every reserved byte escaped.
QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

struct SignedPostResult
{
    int status = 0; // HTTP status, 0 when none came
    QByteArray body;
    QByteArray contentType;
    bool timedOut = false;
    QString networkError; // set when the request failed below HTTP (refused, DNS, …)
};

// POSTs a form to a Slack-compatible backend, signed the way Slack signs its requests
// (X-Slack-Request-Timestamp, X-Slack-Signature; unsigned when the secret is empty), and
// calls `done` once on `context`'s thread with what came back, after at most `timeoutMs`.
// Never blocks.
void postSignedForm(QNetworkAccessManager *network, const QUrl &url, const QByteArray &secret,
                    const QByteArray &body, int timeoutMs, qint64 timestampSecs, QObject *context,
                    std::function<void(const SignedPostResult &)> done);

// One sentence for a result that is not a 2xx answer ("no answer within 3 seconds", "HTTP 500").
QString describeFailure(const SignedPostResult &result, const QUrl &url, int timeoutMs);

} // namespace bb
