#include "blockactions.h"

#include "responseurlservice.h"
#include "signedpost.h"
#include "webhookcommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

BlockActionSender::BlockActionSender(QNetworkAccessManager *network, ResponseUrlService *responseUrls,
                                     CommandOutput *output, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_responseUrls(responseUrls)
    , m_output(output)
{
}

void BlockActionSender::setEndpoints(const QList<InteractivityEndpoint> &endpoints)
{
    m_endpoints = endpoints;
}

const InteractivityEndpoint *BlockActionSender::endpointFor(const QString &source) const
{
    // The exact source first ("webhook:ci"), then its kind ("webhook").
    for (const QString &candidate : { source, source.section(QLatin1Char(':'), 0, 0) }) {
        for (const InteractivityEndpoint &endpoint : m_endpoints) {
            if (endpoint.source == candidate)
                return &endpoint;
        }
    }
    return nullptr;
}

bool BlockActionSender::parseActionLink(const QUrl &url, QString *blockId, QString *actionId)
{
    if (url.scheme() != QLatin1String("bb-action"))
        return false;
    const QString path = url.path(QUrl::FullyEncoded);
    const int slash = int(path.indexOf(QLatin1Char('/')));
    if (slash < 0)
        return false;
    *blockId = QUrl::fromPercentEncoding(path.left(slash).toLatin1());
    *actionId = QUrl::fromPercentEncoding(path.mid(slash + 1).toLatin1());
    return !actionId->isEmpty();
}

QJsonObject BlockActionSender::findButton(const Event &event, const QString &blockId, const QString &actionId)
{
    const QJsonArray blocks = QJsonDocument::fromJson(event.blocksJson).array();
    const auto matches = [&](const QJsonObject &element) {
        return element.value(QLatin1String("type")).toString() == QLatin1String("button")
            && element.value(QLatin1String("action_id")).toString() == actionId;
    };
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        if (block.value(QLatin1String("block_id")).toString() != blockId)
            continue;
        for (const QJsonValue &element : block.value(QLatin1String("elements")).toArray()) {
            if (matches(element.toObject()))
                return element.toObject();
        }
        if (matches(block.value(QLatin1String("accessory")).toObject()))
            return block.value(QLatin1String("accessory")).toObject();
    }
    return {};
}

// Slack's block_actions payload, with the fields its SDKs (Bolt) read.
QJsonObject BlockActionSender::payload(const Event &event, const QJsonObject &button, const QString &blockId,
                                       const QString &userName, const QString &responseUrl,
                                       const QString &verificationToken, const QString &ephemeralTs)
{
    const QString actionTs = QStringLiteral("%1.%2").arg(QDateTime::currentSecsSinceEpoch()).arg(QDateTime::currentMSecsSinceEpoch() % 1000 * 1000, 6, 10, QLatin1Char('0'));
    QJsonObject action{
        { QStringLiteral("type"), QStringLiteral("button") },
        { QStringLiteral("block_id"), blockId },
        { QStringLiteral("action_id"), button.value(QLatin1String("action_id")) },
        { QStringLiteral("text"), button.value(QLatin1String("text")) },
        { QStringLiteral("action_ts"), actionTs },
    };
    for (const char *key : { "value", "style" }) {
        if (button.contains(QLatin1String(key)))
            action.insert(QLatin1String(key), button.value(QLatin1String(key)));
    }
    const QString userId = slackids::userId(userName);
    const bool ephemeral = !ephemeralTs.isEmpty();
    QJsonObject payload{
        { QStringLiteral("type"), QStringLiteral("block_actions") },
        { QStringLiteral("user"), QJsonObject{ { QStringLiteral("id"), userId },
                                               { QStringLiteral("username"), userName },
                                               { QStringLiteral("name"), userName },
                                               { QStringLiteral("team_id"), slackids::kTeamId } } },
        { QStringLiteral("api_app_id"), slackids::kAppId },
        { QStringLiteral("token"), verificationToken },
        { QStringLiteral("container"), QJsonObject{ { QStringLiteral("type"), QStringLiteral("message") },
                                                    { QStringLiteral("message_ts"), ephemeral ? ephemeralTs : event.slackTs() },
                                                    { QStringLiteral("channel_id"), event.channel },
                                                    { QStringLiteral("is_ephemeral"), ephemeral } } },
        { QStringLiteral("trigger_id"), slackids::triggerId() },
        { QStringLiteral("team"), QJsonObject{ { QStringLiteral("id"), slackids::kTeamId },
                                               { QStringLiteral("domain"), slackids::kTeamDomain } } },
        { QStringLiteral("channel"), QJsonObject{ { QStringLiteral("id"), event.channel },
                                                  { QStringLiteral("name"), event.channel } } },
        { QStringLiteral("state"), QJsonObject{ { QStringLiteral("values"), QJsonObject() } } },
        { QStringLiteral("response_url"), responseUrl },
        { QStringLiteral("actions"), QJsonArray{ action } },
    };
    // Slack leaves the message out for an ephemeral one: the app posted it and has no copy to read.
    if (!ephemeral)
        payload.insert(QStringLiteral("message"), event.toSlackMessage());
    return payload;
}

void BlockActionSender::click(const Event &event, const QUrl &actionLink, const QString &userName)
{
    send(event, QString(),
         ReplyTarget{ event.channel, QStringLiteral("Bellboard"), QStringLiteral("event:%1").arg(event.id), event.id, QString() },
         actionLink, userName);
}

void BlockActionSender::clickNotice(const Event &notice, quint64 noticeId, const ReplyTarget &shownUnder,
                                    const QUrl &actionLink, const QString &userName)
{
    Event message = notice;
    message.source = shownUnder.source.isEmpty() ? QStringLiteral("command") : shownUnder.source;
    // A notice has no stored id: its ts is when it was shown, its number for the fraction.
    const QString ts = QStringLiteral("%1.%2").arg(notice.receivedAtMs / 1000).arg(noticeId % 1000000, 6, 10, QLatin1Char('0'));
    send(message, ts, shownUnder, actionLink, userName);
}

void BlockActionSender::send(const Event &event, const QString &ephemeralTs, const ReplyTarget &target,
                             const QUrl &actionLink, const QString &userName)
{
    // Failures are notices of their own: they must not become "the original" an answer replaces.
    const ReplyTarget failures{ event.channel, QStringLiteral("Bellboard"), QString(), 0, QString() };
    QString blockId;
    QString actionId;
    const QJsonObject button = parseActionLink(actionLink, &blockId, &actionId)
                                     ? findButton(event, blockId, actionId)
                                     : QJsonObject();
    if (button.isEmpty()) {
        m_output->deliver(failures, CommandAnswer::error(tr("This button is not part of the message any more.")));
        return;
    }
    const InteractivityEndpoint *endpoint = endpointFor(event.source);
    if (!endpoint) {
        m_output->deliver(failures, CommandAnswer::error(
                                            tr("Buttons of events from '%1' go nowhere: add an [[interactivity]] entry for this source "
                                               "to the config file.")
                                                    .arg(event.source)));
        return;
    }
    const QString responseUrl = m_responseUrls ? m_responseUrls->issue(target) : QString();
    const QByteArray json = QJsonDocument(payload(event, button, blockId, userName, responseUrl, endpoint->verificationToken,
                                                  ephemeralTs))
                                    .toJson(QJsonDocument::Compact);
    const QByteArray body = formEncode({ { QStringLiteral("payload"), QString::fromUtf8(json) } });
    const QUrl url = endpoint->url;
    const int timeoutMs = endpoint->timeoutMs;
    const QString label = button.value(QLatin1String("text")).toObject().value(QLatin1String("text")).toString();
    CommandOutput *output = m_output;
    postSignedForm(m_network, url, endpoint->signingSecret, body, timeoutMs, QDateTime::currentSecsSinceEpoch(),
                   this, [output, failures, url, timeoutMs, label](const SignedPostResult &result) {
                       if (result.status >= 200 && result.status <= 299)
                           return;
                       output->deliver(failures, CommandAnswer::error(
                                                         tr("The \"%1\" button failed: %2").arg(label, describeFailure(result, url, timeoutMs))));
                   });
}

} // namespace bb
