#include "responseurlservice.h"

#include "net/requestbody.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QRandomGenerator>

namespace bb {

namespace {

HttpResponse slackError(int status, const char *error)
{
    return HttpResponse::json(status, QJsonObject{ { QStringLiteral("ok"), false },
                                                   { QStringLiteral("error"), QLatin1String(error) } });
}

QString randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

ResponseUrlService::ResponseUrlService(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<ReplyTarget>();
    qRegisterMetaType<CommandAnswer>();
}

void ResponseUrlService::setClock(Clock clock)
{
    QMutexLocker lock(&m_mutex);
    m_clock = std::move(clock);
}

void ResponseUrlService::setBaseUrl(const QString &baseUrl)
{
    QMutexLocker lock(&m_mutex);
    m_baseUrl = baseUrl.endsWith(QLatin1Char('/')) ? baseUrl : baseUrl + QLatin1Char('/');
}

QString ResponseUrlService::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl;
}

QString ResponseUrlService::issue(const ReplyTarget &target)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock();
    forgetExpired(now);
    const QString token = randomToken();
    m_entries.insert(token, Entry{ target, now, 0 });
    return m_baseUrl + QLatin1String(kPathPrefix + 1) + token;
}

void ResponseUrlService::forgetExpired(qint64 nowMs)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        // Kept a while past expiry so a late answer hears "expired_url", not "no such URL".
        if (nowMs - it->issuedAtMs > 2 * kLifetimeMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

void ResponseUrlService::handle(const HttpRequest &request, const HttpResponder &respond)
{
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::text(405, "method_not_allowed");
        response.extraHeaders.append({ QByteArrayLiteral("Allow"), QByteArrayLiteral("POST") });
        return respond(response);
    }
    const QString token = request.path.mid(int(qstrlen(kPathPrefix)));

    // Parse before taking a use: a malformed answer does not spend one of the five.
    QByteArray json = request.body;
    if (!looksLikeJson(json))
        json = parseFormFields(request.body).value(QStringLiteral("payload")).toUtf8();
    QJsonObject object;
    QString why;
    if (parseJsonObject(json, &object, &why) != JsonProblem::None)
        return respond(slackError(400, "invalid_payload"));
    CommandAnswer answer;
    if (!CommandAnswer::fromSlackJson(object, &answer, &why))
        return respond(slackError(400, why == QLatin1String("no_text") ? "no_text" : "invalid_payload"));

    ReplyTarget target;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.find(token);
        if (it == m_entries.end())
            return respond(slackError(404, "expired_url"));
        if (m_clock() - it->issuedAtMs > kLifetimeMs)
            return respond(slackError(404, "expired_url"));
        if (it->uses >= kMaxUses)
            return respond(slackError(404, "used_url"));
        ++it->uses;
        target = it->target;
    }
    emit answerReceived(target, answer);
    respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("ok"), true } }));
}

} // namespace bb
