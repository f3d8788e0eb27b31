#include "chatopssetup.h"

#include "chatops/blockactions.h"
#include "chatops/chatops.h"
#include "chatops/processcommand.h"
#include "chatops/webhookcommand.h"
#include "secrets.h"

namespace bb {

namespace {

constexpr qint64 kProcessTimeoutMs = 60 * 1000;

// The secret's value, or empty with a problem added when it is named but cannot be read.
QByteArray secretNamed(const QString &name, int line, const QString &what, QStringList *problems)
{
    if (name.isEmpty())
        return {};
    const SecretLookup secret = readSecret(name);
    if (!secret.ok()) {
        //: %1 is "/deploy" (a command) or "[[interactivity]] webhook", %3 why the secret cannot be read
        *problems << configLineProblem(line, Config::tr("%1 signing secret '%2': %3").arg(what, name, secret.error));
        return {};
    }
    return secret.value.toUtf8();
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
            settings.signingSecret = secretNamed(command.signingSecret, command.line,
                                                 QLatin1Char('/') + command.name, &problems);
            if (!command.signingSecret.isEmpty() && settings.signingSecret.isEmpty())
                continue;   // unsigned requests would be refused by the backend anyway: say so once, here
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
        endpoint.signingSecret = secretNamed(entry.signingSecret, entry.line,
                                             QStringLiteral("[[interactivity]] %1").arg(entry.source), &problems);
        if (entry.signingSecret.isEmpty() || !endpoint.signingSecret.isEmpty())
            endpoints << endpoint;
    }
    chatops->blockActions()->setEndpoints(endpoints);
    return problems;
}

} // namespace bb
