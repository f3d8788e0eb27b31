#pragma once

#include "commandregistry.h"
#include "responseurlservice.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace bb {

// Where clicks on the buttons of one source's events go ([[interactivity]] in the config).
struct InteractivityEndpoint
{
    QString source; // an event source ("webhook", "chat.postMessage:ci"); "webhook" also covers "webhook:ci"
    QUrl url;
    QByteArray signingSecret; // the secret's value
    int timeoutMs = 3000;
    QString verificationToken; // Slack's legacy "token" in the payload; empty unless a backend checks it
};

// A click on a Block Kit button (core renders buttons as "bb-action:<block_id>/<action_id>"
// links) of a stored event or of a console-only notice: POSTs Slack's block_actions payload,
// as form field payload=, signed like Slack, to the interactivity URL of the message's
// source. The backend answers 200 at once and may update the message through the payload's
// response_url. No endpoint, an unknown button, or a failing backend: one clear ephemeral
// message in the message's channel.
class BlockActionSender : public QObject
{
    Q_OBJECT
public:
    BlockActionSender(QNetworkAccessManager *network, ResponseUrlService *responseUrls,
                      CommandOutput *output, QObject *parent = nullptr);

    void setEndpoints(const QList<InteractivityEndpoint> &endpoints);
    const InteractivityEndpoint *endpointFor(const QString &source) const;

    // "bb-action:b%201/approve" → block "b 1", action "approve".
    static bool parseActionLink(const QUrl &url, QString *blockId, QString *actionId);
    // The button's JSON in the event's blocks (empty when there is none).
    static QJsonObject findButton(const Event &event, const QString &blockId, const QString &actionId);
    // A non-empty `ephemeralTs` makes it the payload of a console-only message, as Slack sends
    // it for an ephemeral one: container is_ephemeral true with that ts, and no "message".
    static QJsonObject payload(const Event &event, const QJsonObject &button, const QString &blockId,
                               const QString &userName, const QString &responseUrl,
                               const QString &verificationToken = QString(), const QString &ephemeralTs = QString());

    // A button of a stored event: answers through response_url update that event.
    void click(const Event &event, const QUrl &actionLink, const QString &userName);
    // A button of a console-only notice: `notice` holds what it shows (channel, sender, text,
    // blocks, attachments, receivedAtMs = when it was shown), `shownUnder` what ChatOps showed
    // it under (ChatOps::noticeTarget: its key, so a replace_original answer replaces the
    // notice, and its source, which picks the interactivity URL; empty: "command").
    void clickNotice(const Event &notice, quint64 noticeId, const ReplyTarget &shownUnder, const QUrl &actionLink,
                     const QString &userName);

    void setResponseUrls(ResponseUrlService *service) { m_responseUrls = service; }

private:
    void send(const Event &event, const QString &ephemeralTs, const ReplyTarget &target, const QUrl &actionLink,
              const QString &userName);

    QNetworkAccessManager *m_network;
    QPointer<ResponseUrlService> m_responseUrls;
    CommandOutput *m_output;
    QList<InteractivityEndpoint> m_endpoints;
};

} // namespace bb
