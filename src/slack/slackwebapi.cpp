#include "slackwebapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace bb {

namespace {

// lupdate files a tr() call under the class or namespace it stands in (it cannot see this
// helper), so the context here must be that one: the calls are in SlackResponse's functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("bb::SlackResponse", text);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

bool SlackResponse::isAuthError(const QString &error)
{
    static const QStringList words = { QStringLiteral("invalid_auth"), QStringLiteral("not_authed"),
                                       QStringLiteral("account_inactive"), QStringLiteral("token_revoked"),
                                       QStringLiteral("token_expired"), QStringLiteral("no_permission"),
                                       QStringLiteral("org_login_required"), QStringLiteral("ekm_access_denied") };
    return words.contains(error);
}

// The meanings are Slack's (each method's "Errors" table on api.slack.com), with what to do.
QString SlackResponse::explain(const QString &error, const QJsonObject &body)
{
    if (error.isEmpty())
        return {};
    if (error == QLatin1String("invalid_auth"))
        return tr("Slack does not accept the token (mistyped, or from another workspace): log in again with a new one.");
    if (error == QLatin1String("not_authed"))
        return tr("No token was sent: log in with `bellboard slack login`.");
    if (error == QLatin1String("account_inactive"))
        return tr("The token belongs to a deleted user or an uninstalled app: reinstall the app and log in again.");
    if (error == QLatin1String("token_revoked"))
        return tr("The token was revoked: create a new one and log in again.");
    if (error == QLatin1String("token_expired"))
        return tr("The token expired: log in again with a fresh one.");
    if (error == QLatin1String("not_in_channel"))
        return tr("The app is not a member of this channel: in Slack, open the channel and type "
                  "/invite @<your app's name>, then Bellboard catches up on its own.");
    if (error == QLatin1String("channel_not_found"))
        return tr("No such channel, or the app cannot see it (a private channel needs an /invite first).");
    if (error == QLatin1String("missing_scope")) {
        const QString needed = body.value(QStringLiteral("needed")).toString();
        return tr("The app lacks the permission scope %1: add it under OAuth & Permissions, reinstall the app "
                  "and log in again.")
                .arg(needed.isEmpty() ? tr("(unknown)") : needed);
    }
    if (error == QLatin1String("is_archived"))
        return tr("The channel is archived.");
    if (error == QLatin1String("msg_too_long"))
        return tr("The message is too long for Slack.");
    if (error == QLatin1String("no_text"))
        return tr("The message has no text.");
    if (error == QLatin1String("restricted_action"))
        return tr("The workspace does not let the app post in this channel.");
    if (error == QLatin1String("thread_not_found"))
        return tr("The thread to reply in does not exist.");
    if (error == QLatin1String("network_error"))
        return tr("Slack could not be reached: %1").arg(body.value(QStringLiteral("detail")).toString());
    if (error == QLatin1String("timeout"))
        return tr("Slack did not answer in time.");
    if (error == QLatin1String("invalid_response"))
        return tr("Slack's answer was not JSON (a proxy in the way? check the API URL).");
    if (error.startsWith(QLatin1String("http_")))
        return tr("Slack answered with HTTP status %1.").arg(error.mid(5));
    return tr("Slack answered \"%1\".").arg(error);
}

QString SlackResponse::nextCursor() const
{
    return body.value(QStringLiteral("response_metadata")).toObject().value(QStringLiteral("next_cursor")).toString();
}

QString SlackResponse::explanation() const
{
    return explain(error, body);
}

SlackWebApi::SlackWebApi(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

SlackWebApi::~SlackWebApi() = default;

void SlackWebApi::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    if (!m_baseUrl.path().endsWith(QLatin1Char('/')))
        m_baseUrl.setPath(m_baseUrl.path() + QLatin1Char('/'));
}

void SlackWebApi::setToken(const QString &token)
{
    m_token = token;
    m_authError.clear();
}

SlackWebApi::Method &SlackWebApi::method(const QString &name)
{
    std::shared_ptr<Method> &entry = m_methods[name];
    if (!entry) {
        entry = std::make_shared<Method>();
        entry->timer = new QTimer(this);
        entry->timer->setSingleShot(true);
        connect(entry->timer, &QTimer::timeout, this, [this, name] { pump(name); });
    }
    return *entry;
}

qint64 SlackWebApi::pausedUntil(const QString &name) const
{
    const std::shared_ptr<Method> entry = m_methods.value(name);
    return entry && entry->pausedUntilMs > now() ? entry->pausedUntilMs : 0;
}

void SlackWebApi::call(const QString &name, const SlackArgs &args, QObject *context, Callback done)
{
    method(name).queue.enqueue({ args, context, std::move(done) });
    pump(name);
}

// Sends the method's next call when it may: nothing in flight, its pacing or pause over.
void SlackWebApi::pump(const QString &name)
{
    Method &entry = method(name);
    while (!entry.queue.isEmpty() && !m_authError.isEmpty()) {
        // A dead token fails everything at once; the callbacks may queue more calls.
        Call call = entry.queue.dequeue();
        if (call.context)
            call.done({ false, m_authError, {} });
    }
    if (entry.busy || entry.queue.isEmpty())
        return;
    const qint64 wait = qMax(entry.nextSendMs, entry.pausedUntilMs) - now();
    if (wait > 0) {
        entry.timer->start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
        return;
    }
    if (entry.pausedUntilMs != 0) {
        entry.pausedUntilMs = 0;
        emit rateLimitEnded(name);
    }
    send(name, entry.queue.dequeue());
}

void SlackWebApi::send(const QString &name, Call call)
{
    Method &entry = method(name);
    entry.busy = true;
    QNetworkRequest request(m_baseUrl.resolved(QUrl(name)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_timings.requestTimeoutMs);
    QUrlQuery form;
    for (const auto &[key, value] : std::as_const(call.args))
        form.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, name, call = std::move(call), reply]() mutable {
        finished(name, std::move(call), reply);
    });
}

void SlackWebApi::finished(const QString &name, Call call, QNetworkReply *reply)
{
    reply->deleteLater();
    Method &entry = method(name);
    entry.busy = false;
    entry.nextSendMs = now() + m_timings.pacingFor(name);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (status == 429) {
        // "Retry-After: <seconds>", then the same call again, before anything queued after it.
        const qint64 seconds = qMax(1, reply->rawHeader("Retry-After").trimmed().toInt());
        entry.pausedUntilMs = now() + seconds * m_timings.retryAfterUnitMs;
        entry.queue.prepend(std::move(call));
        emit rateLimited(name, entry.pausedUntilMs);
        pump(name);
        return;
    }

    SlackResponse response;
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        response.error = QStringLiteral("timeout");
    } else if (status == 0) {
        response.error = QStringLiteral("network_error");
        response.body = { { QStringLiteral("detail"), reply->errorString() } };
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (status != 200 && !document.isObject()) {
            response.error = QStringLiteral("http_%1").arg(status);
        } else if (!document.isObject()) {
            response.error = QStringLiteral("invalid_response");
        } else {
            response.body = document.object();
            response.ok = response.body.value(QStringLiteral("ok")).toBool();
            if (!response.ok)
                response.error = response.body.value(QStringLiteral("error")).toString(QStringLiteral("http_%1").arg(status));
        }
    }
    if (response.isAuthFailure() && m_authError.isEmpty()) {
        m_authError = response.error;
        emit authFailed(response.error);
    }
    if (call.context)
        call.done(response);
    pump(name);
}

} // namespace bb
