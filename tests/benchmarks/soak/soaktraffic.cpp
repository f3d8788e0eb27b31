#include "soaktraffic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

const char *const kChannels[] = { "user-behavior", "financials", "critical-server-errors",
                                  "non-critical-server-errors", "application-stats" };

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery query;
    for (const auto &[name, value] : fields)
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return query.query(QUrl::FullyEncoded).toUtf8();
}

QJsonArray attachments(quint64 n)
{
    return { QJsonObject{ { "color", n % 2 ? "danger" : "good" },
                          { "title", QStringLiteral("Build %1").arg(n) },
                          { "text", "step *test* failed on `main`" },
                          { "fields", QJsonArray{ QJsonObject{ { "title", "Branch" }, { "value", "main" }, { "short", true } },
                                                  QJsonObject{ { "title", "Commit" }, { "value", "abc123" }, { "short", true } } } } } };
}

QJsonArray blocks(quint64 n)
{
    return { QJsonObject{ { "type", "section" },
                          { "text", QJsonObject{ { "type", "mrkdwn" }, { "text", QStringLiteral("*Deploy %1* to <https://prod.example|prod> :rocket:").arg(n) } } } },
             QJsonObject{ { "type", "divider" } },
             QJsonObject{ { "type", "context" },
                          { "elements", QJsonArray{ QJsonObject{ { "type", "mrkdwn" }, { "text", "by _ci_" } } } } } };
}

} // namespace

SoakRequest soakRequest(quint64 n)
{
    const QString channel = QLatin1String(kChannels[n % 5]);
    const QString user = QStringLiteral("user%1@example.com").arg(n % 997);
    const QString text = QStringLiteral("Event %1 for %2: payment received $%3").arg(n).arg(user).arg(n % 500);
    SoakRequest request;
    switch (n % 7) {
    case 0:
        request.path = "/services/T000/B000/XXXX";
        request.contentType = "application/json";
        request.body = json({ { "channel", channel }, { "text", text }, { "attachments", attachments(n) } });
        break;
    case 1:
        request.path = "/hooks/" + channel.toUtf8();
        request.contentType = "application/x-www-form-urlencoded";
        request.body = form({ { "payload", QString::fromUtf8(json({ { "text", text }, { "username", "cron" } })) } });
        break;
    case 2:
        request.path = "/api/chat.postMessage";
        request.contentType = "application/json; charset=utf-8";
        request.headers = { { "Authorization", "Bearer xoxb-soak" } };
        request.body = json({ { "channel", channel }, { "text", text }, { "blocks", blocks(n) } });
        break;
    case 3:
        request.path = "/api/chat.postMessage";
        request.contentType = "application/x-www-form-urlencoded";
        request.body = form({ { "channel", channel }, { "text", text } });
        break;
    case 4:
        request.path = "/notify";
        request.contentType = "application/json";
        request.body = json({ { "tag", "soak" }, { "host", "web-1" }, { "title", "upload failed" }, { "text", text }, { "level", n % 3 ? "warn" : "crit" }, { "sync", true } });
        break;
    case 5:
        request.path = "/notify-directly";
        request.contentType = "application/json";
        request.body = json({ { "payload", QJsonObject{ { "channel", channel }, { "text", text } } }, { "sync", true } });
        break;
    default:
        request.path = "/c/" + channel.toUtf8();
        request.contentType = "text/plain; charset=utf-8";
        request.headers = { { "X-Level", n % 11 ? "info" : "crit" }, { "X-User", user.toUtf8() }, { "X-Title", "Sign-up" } };
        request.body = text.toUtf8();
        break;
    }
    return request;
}

QByteArray soakRoutesConfig()
{
    return "[[routes]]\ntag = \"soak\"\nchannel = \"non-critical-server-errors\"\nusername = \"soak\"\n";
}
