#include "sourcedecoding.h"

// Sentry's integration webhooks (https://docs.sentry.io/organization/integrations/integration-platform/webhooks/):
// Sentry-Hook-Resource names the resource (issue, event_alert, metric_alert, error), the body is
// {"action":…,"data":{…}}; Request-ID is the delivery id.
namespace bb {

using namespace sourcedecoding;

namespace {

Level levelOf(const QString &sentryLevel)
{
    if (sentryLevel == QLatin1String("fatal") || sentryLevel == QLatin1String("error"))
        return Level::Crit;
    if (sentryLevel == QLatin1String("warning"))
        return Level::Warn;
    return Level::Info;
}

QString firstOf(const QJsonObject &object, std::initializer_list<const char *> paths)
{
    for (const char *path : paths) {
        const QString value = text(object, QLatin1String(path));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// An issue, event or error: its title, culprit, count and link.
void describeProblem(const QJsonObject &problem, const QString &action, Event *event)
{
    event->level = levelOf(problem.value(QStringLiteral("level")).toString());
    const QString title = problem.value(QStringLiteral("title")).toString();
    const QString shortId = problem.value(QStringLiteral("shortId")).toString();
    event->title = shortId.isEmpty() ? title : QStringLiteral("%1: %2").arg(shortId, title);
    if (action == QLatin1String("resolved") || action == QLatin1String("ignored") || action == QLatin1String("archived")) {
        event->level = Level::Info;
        event->title = QStringLiteral("Resolved: %1").arg(event->title);
        if (action != QLatin1String("resolved"))
            event->title.replace(0, 8, action.left(1).toUpper() + action.mid(1) + QLatin1Char(':'));
    } else if (action == QLatin1String("assigned")) {
        event->level = Level::Info;
        event->title = QStringLiteral("Assigned: %1").arg(event->title);
    }
    QStringList lines;
    const QString culprit = problem.value(QStringLiteral("culprit")).toString();
    if (!culprit.isEmpty())
        lines << QStringLiteral("`%1`").arg(escaped(culprit));
    const QString count = text(problem, QStringLiteral("count"));
    const QString project = firstOf(problem, { "project.slug", "project.name" });
    QStringList facts;
    if (!count.isEmpty())
        facts << QStringLiteral("%1 events").arg(escaped(count));
    if (!project.isEmpty())
        facts << escaped(project);
    if (!facts.isEmpty())
        lines << facts.join(QStringLiteral(" · "));
    lines << link(firstOf(problem, { "web_url", "permalink", "issue_url" }), QStringLiteral("Open in Sentry"));
    event->text = lines.join(QLatin1Char('\n'));
}

} // namespace

SourceDecodeResult decodeSentry(const HttpRequest &request, const SourceSettings &source, const DecodeContext &context)
{
    QJsonObject body;
    SourceDecodeResult failure;
    if (!parseBody(request, &body, &failure))
        return failure;
    const QString delivery = QString::fromUtf8(request.header("request-id")).trimmed();
    QString resource = QString::fromUtf8(request.header("sentry-hook-resource")).trimmed();
    const QString action = body.value(QStringLiteral("action")).toString();
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    if (data.isEmpty())
        return SourceDecodeResult::failure("invalid_payload", QStringLiteral("not a Sentry webhook: it has no \"data\" object"));
    if (resource.isEmpty()) // guess from the body when a proxy dropped the header
        resource = data.contains(QStringLiteral("issue"))        ? QStringLiteral("issue")
                 : data.contains(QStringLiteral("event"))        ? QStringLiteral("event_alert")
                 : data.contains(QStringLiteral("metric_alert")) ? QStringLiteral("metric_alert")
                 : data.contains(QStringLiteral("error"))        ? QStringLiteral("error")
                                                                 : QString();

    Event event = baseEvent(source, context);
    if (resource == QLatin1String("installation")) {
        event.title = QStringLiteral("Sentry integration %1").arg(action);
    } else if (resource == QLatin1String("issue")) {
        describeProblem(data.value(QStringLiteral("issue")).toObject(), action, &event);
    } else if (resource == QLatin1String("event_alert")) {
        describeProblem(data.value(QStringLiteral("event")).toObject(), action, &event);
        const QString rule = data.value(QStringLiteral("triggered_rule")).toString();
        if (!rule.isEmpty())
            event.text += QStringLiteral("\nAlert rule: %1").arg(escaped(rule));
    } else if (resource == QLatin1String("error")) {
        describeProblem(data.value(QStringLiteral("error")).toObject(), action, &event);
    } else if (resource == QLatin1String("metric_alert")) {
        event.level = action == QLatin1String("critical") ? Level::Crit : action == QLatin1String("warning") ? Level::Warn
                                                                                                             : Level::Info;
        event.title = data.value(QStringLiteral("description_title")).toString();
        if (event.title.isEmpty())
            event.title = QStringLiteral("Metric alert %1: %2").arg(action, text(data, QStringLiteral("metric_alert.alert_rule.name")));
        QStringList lines;
        const QString description = data.value(QStringLiteral("description_text")).toString();
        if (!description.isEmpty())
            lines << escaped(description);
        lines << link(data.value(QStringLiteral("web_url")).toString(), QStringLiteral("Open in Sentry"));
        event.text = lines.join(QLatin1Char('\n'));
        // An alert's resolution belongs with the alert that fired.
        const QString alertId = text(data, QStringLiteral("metric_alert.id"));
        if (!alertId.isEmpty())
            event.threadKey = QStringLiteral("%1:metric_alert:%2").arg(source.name, alertId);
    } else {
        event.title = QStringLiteral("Sentry %1 %2").arg(resource, action).simplified();
    }
    if (event.text.isEmpty())
        event.text = escaped(event.title);
    return single(event, delivery);
}

} // namespace bb
