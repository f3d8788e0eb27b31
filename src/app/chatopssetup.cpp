#include "chatopssetup.h"

#include "chatops/blockactions.h"
#include "chatops/chatops.h"
#include "chatops/processcommand.h"
#include "chatops/webhookcommand.h"
#include "secrets/secrets.h"

namespace bb {

namespace {

constexpr qint64 kProcessTimeoutMs = 60 * 1000;

enum class SecretKind {
    SigningSecret,
    VerificationToken
};

// The secret's value, or empty with a problem added when it is named but cannot be read.
// `who` names the sender ("/deploy", "[[interactivity]] webhook").
QByteArray secretNamed(const QString &name, int line, const QString &who, SecretKind kind, QStringList *problems)
{
    if (name.isEmpty())
        return {};
    const SecretLookup secret = readSecret(name);
    if (!secret.ok()) {
        //: %1 is "/deploy" (a command) or "[[interactivity]] webhook", %3 why the secret cannot be read
        const QString message = kind == SecretKind::SigningSecret ? Config::tr("%1 signing secret '%2': %3")
                                                                  //: %1 is "/deploy" (a command) or "[[interactivity]] webhook", %3 why the secret cannot be read
                                                                  : Config::tr("%1 verification token '%2': %3");
        *problems << configLineProblem(line, message.arg(who, name, secret.error));
        return {};
    }
    return secret.value.toUtf8();
}

// Both secrets of a signed sender: false (with the problem added) when one is named but
// cannot be read, as its backend would refuse the requests anyway: said once, here.
bool readSenderSecrets(const QString &signingName, const QString &tokenName, int line, const QString &who,
                       QByteArray *signingSecret, QString *token, QStringList *problems)
{
    *signingSecret = secretNamed(signingName, line, who, SecretKind::SigningSecret, problems);
    *token = QString::fromUtf8(secretNamed(tokenName, line, who, SecretKind::VerificationToken, problems));
    return (signingName.isEmpty() || !signingSecret->isEmpty()) && (tokenName.isEmpty() || !token->isEmpty());
}

} // namespace

QStringList configureChatOps(ChatOps *chatops, const Config &config)
{
    QStringList problems;
    if (!config.deskUserName.isEmpty())
        chatops->setUserName(config.deskUserName);

    for (const CommandConfig &command : config.commands) {
        CommandSpec spec;
        spec.name = command.name;
        spec.usage = command.usage;
        spec.description = command.description;
        spec.confirm = command.confirm;
        spec.values = command.values;
        CommandHandler handler;
        if (!command.url.isEmpty()) {
            WebhookCommandSettings settings;
            settings.url = QUrl(command.url);
            if (!readSenderSecrets(command.signingSecret, command.verificationToken, command.line,
                                   QLatin1Char('/') + command.name, &settings.signingSecret,
                                   &settings.verificationToken, &problems))
                continue;
            if (command.timeoutMs > 0)
                settings.timeoutMs = int(qMin<qint64>(command.timeoutMs, 60 * 1000));
            handler = chatops->webhooks()->handlerFor(settings);
        } else {
            ProcessCommandSettings settings;
            settings.argv = command.run;
            settings.workingDir = command.workingDir;
            settings.timeoutMs = int(qMin<qint64>(command.timeoutMs > 0 ? command.timeoutMs : kProcessTimeoutMs,
                                                  24 * 3600 * 1000));
            settings.maxOutputBytes = command.maxOutputBytes;
            handler = chatops->processes()->handlerFor(settings);
        }
        QString error;
        if (!chatops->registry().add(spec, handler, &error))
            problems << configLineProblem(command.line, error);
    }

    QList<InteractivityEndpoint> endpoints;
    for (const InteractivityConfig &entry : config.interactivity) {
        InteractivityEndpoint endpoint;
        endpoint.source = entry.source;
        endpoint.url = QUrl(entry.url);
        if (readSenderSecrets(entry.signingSecret, entry.verificationToken, entry.line,
                              QStringLiteral("[[interactivity]] %1").arg(entry.source), &endpoint.signingSecret,
                              &endpoint.verificationToken, &problems))
            endpoints << endpoint;
    }
    chatops->blockActions()->setEndpoints(endpoints);
    return problems;
}

} // namespace bb
