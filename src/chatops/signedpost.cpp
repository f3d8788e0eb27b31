#include "signedpost.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace bb {

QByteArray slackSignature(const QByteArray &secret, qint64 timestampSecs, const QByteArray &body)
{
    const QByteArray base = "v0:" + QByteArray::number(timestampSecs) + ':' + body;
    return "v0=" + QMessageAuthenticationCode::hash(base, secret, QCryptographicHash::Sha256).toHex();
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

void postSignedForm(QNetworkAccessManager *network, const QUrl &url, const QByteArray &secret,
                    const QByteArray &body, int timeoutMs, qint64 timestampSecs, QObject *context,
                    std::function<void(const SignedPostResult &)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Bellboard (Slack-compatible)"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!secret.isEmpty()) {
        request.setRawHeader("X-Slack-Request-Timestamp", QByteArray::number(timestampSecs));
        request.setRawHeader("X-Slack-Signature", slackSignature(secret, timestampSecs, body));
    }
    QNetworkReply *reply = network->post(request, body);
    // Our own timer rather than setTransferTimeout(): that one restarts on every byte, and
    // Slack's rule is "the whole answer within 3 s".
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early, before Slack's 3 s are up
    auto timedOut = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(timeoutMs);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, timedOut, done = std::move(done)] {
        reply->deleteLater();
        SignedPostResult result;
        result.timedOut = *timedOut;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (!result.timedOut) {
            result.body = reply->readAll();
            if (result.status == 0 && reply->error() != QNetworkReply::NoError)
                result.networkError = reply->errorString();
        }
        done(result);
    });
    // The context going away must not leave the reply running for nobody.
    QObject::connect(context, &QObject::destroyed, reply, [reply] { reply->abort(); });
}

QString describeFailure(const SignedPostResult &result, const QUrl &url, int timeoutMs)
{
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (result.timedOut)
        return QCoreApplication::translate("bb::SignedPost", "no answer from %1 within %2 seconds")
                .arg(where)
                .arg(timeoutMs / 1000.0);
    if (!result.networkError.isEmpty())
        return QCoreApplication::translate("bb::SignedPost", "cannot reach %1: %2").arg(where, result.networkError);
    return QCoreApplication::translate("bb::SignedPost", "%1 answered HTTP %2").arg(where).arg(result.status);
}

} // namespace bb
