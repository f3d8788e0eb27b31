#include "webhookcommand.h"

#include "net/requestbody.h"
#include "responseurlservice.h"
#include "signedpost.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QStringDecoder>

namespace bb {

namespace slackids {

QString userId(const QString &userName)
{
    return QLatin1Char('U') + QString::fromLatin1(QCryptographicHash::hash(userName.toUtf8(), QCryptographicHash::Sha1).toHex().left(10).toUpper());
}

QString triggerId()
{
    const quint64 random = QRandomGenerator::global()->generate64();
    return QStringLiteral("%1.%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(random, 0, 16);
}

} // namespace slackids

namespace {

// lupdate files a tr() call under the class or namespace it stands in (it cannot see this
// helper), so the context here must be that one: the functions here are in namespace bb.
QString tr(const char *text)
{
    return QCoreApplication::translate("bb", text);
}

// The backend's immediate answer: nothing (an empty 200 only acknowledges), text, or a
// Slack message as JSON. False with *why for anything else.
bool readAnswer(const SignedPostResult &result, CommandAnswer *answer, QString *why)
{
    const QByteArray trimmed = result.body.trimmed();
    if (trimmed.isEmpty())
        return true;
    if (looksLikeJson(trimmed) || result.contentType.startsWith("application/json")) {
        QJsonObject object;
        if (parseJsonObject(trimmed, &object, why) != JsonProblem::None)
            return false;
        if (!CommandAnswer::fromSlackJson(object, answer, why)) {
            if (*why == QLatin1String("no_text"))
                *why = tr("a JSON answer with no text, blocks or attachments");
            return false;
        }
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(trimmed);
    if (decoder.hasError() || text.contains(QChar(0))) {
        *why = tr("an answer that is neither text nor JSON");
        return false;
    }
    answer->text = text;
    return true;
}

} // namespace

WebhookCommandRunner::WebhookCommandRunner(QNetworkAccessManager *network, ResponseUrlService *responseUrls,
                                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_responseUrls(responseUrls)
{
}

CommandHandler WebhookCommandRunner::handlerFor(const WebhookCommandSettings &settings)
{
    return [this, settings](const CommandCall &call) { run(settings, call); };
}

QList<QPair<QString, QString>> WebhookCommandRunner::formFields(const WebhookCommandSettings &settings,
                                                                const CommandCall &call,
                                                                const QString &responseUrl,
                                                                const QString &triggerId)
{
    return {
        { QStringLiteral("token"), settings.verificationToken },
        { QStringLiteral("team_id"), slackids::kTeamId },
        { QStringLiteral("team_domain"), slackids::kTeamDomain },
        // Bellboard's channels have no separate ids; the name works with its chat.postMessage.
        { QStringLiteral("channel_id"), call.channel },
        { QStringLiteral("channel_name"), call.channel },
        { QStringLiteral("user_id"), slackids::userId(call.userName) },
        { QStringLiteral("user_name"), call.userName },
        { QStringLiteral("command"), QLatin1Char('/') + call.command },
        { QStringLiteral("text"), call.text },
        { QStringLiteral("api_app_id"), slackids::kAppId },
        { QStringLiteral("response_url"), responseUrl },
        { QStringLiteral("trigger_id"), triggerId },
    };
}

void WebhookCommandRunner::run(const WebhookCommandSettings &settings, const CommandCall &call)
{
    CommandOutput *output = call.output;
    ReplyTarget target = call.replyTarget();
    target.key = output->newReplyKey();
    target.source = QStringLiteral("command:") + call.command;
    const QString responseUrl = m_responseUrls ? m_responseUrls->issue(target) : QString();
    const QByteArray body = formEncode(formFields(settings, call, responseUrl, slackids::triggerId()));
    const QString command = QLatin1Char('/') + call.command;
    postSignedForm(m_network, settings.url, settings.signingSecret, body, settings.timeoutMs,
                   QDateTime::currentSecsSinceEpoch(), this,
                   [output, target, command, settings](const SignedPostResult &result) {
                       if (result.status < 200 || result.status > 299) {
                           output->deliver(target, CommandAnswer::error(
                                                           tr("%1 failed: %2").arg(command, describeFailure(result, settings.url, settings.timeoutMs))));
                           return;
                       }
                       CommandAnswer answer;
                       QString why;
                       if (!readAnswer(result, &answer, &why)) {
                           output->deliver(target, CommandAnswer::error(tr("%1 failed: the backend sent %2").arg(command, why)));
                           return;
                       }
                       if (!answer.isEmpty() || answer.deleteOriginal)
                           output->deliver(target, answer);
                   });
}

} // namespace bb
