#pragma once

#include "commandregistry.h"
#include "responseurlservice.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace bb {

struct WebhookCommandSettings
{
    QUrl url;
    QByteArray signingSecret;  // the secret's value (resolved from its name at start-up)
    QString verificationToken; // Slack's deprecated "token" field; empty unless a backend checks it
    int timeoutMs = 3000;      // Slack's rule: the backend answers within 3 s
};

// Runs a Slack-style slash-command backend unchanged: POSTs the form Slack sends (token,
// team_id, team_domain, channel_id, channel_name, user_id, user_name, command, text,
// api_app_id, response_url, trigger_id), signed like Slack. The immediate answer (empty,
// text, or Slack's message JSON) is delivered to the channel; later ones arrive through
// the response_url. Anything else (no answer in time, an HTTP error, garbage, no backend)
// becomes one clear ephemeral error.
class WebhookCommandRunner : public QObject
{
    Q_OBJECT
public:
    // `responseUrls` may be null: the form then carries an empty response_url.
    WebhookCommandRunner(QNetworkAccessManager *network, ResponseUrlService *responseUrls,
                         QObject *parent = nullptr);

    CommandHandler handlerFor(const WebhookCommandSettings &settings);
    void run(const WebhookCommandSettings &settings, const CommandCall &call);

    // The fields in Slack's order, as the backend receives them (tests compare byte for byte).
    static QList<QPair<QString, QString>> formFields(const WebhookCommandSettings &settings,
                                                     const CommandCall &call, const QString &responseUrl,
                                                     const QString &triggerId);

    void setResponseUrls(ResponseUrlService *service) { m_responseUrls = service; }

private:
    QNetworkAccessManager *m_network;
    QPointer<ResponseUrlService> m_responseUrls;
};

// Bellboard's stand-ins for Slack's workspace identifiers, the same everywhere they appear.
namespace slackids {
inline const QString kTeamId = QStringLiteral("T0BELLBOARD");
inline const QString kTeamDomain = QStringLiteral("bellboard");
inline const QString kAppId = QStringLiteral("A0BELLBOARD");
QString userId(const QString &userName); // "U" + a stable hash of the name
QString triggerId();                     // unique per interaction
} // namespace slackids

} // namespace bb
