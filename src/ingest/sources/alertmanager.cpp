#include "sourcedecoding.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

// Prometheus Alertmanager's webhook (version 4, https://prometheus.io/docs/alerting/latest/configuration/#webhook_config)
// and Grafana's, which adds "title", "state" and "message" and per-alert dashboard links:
// {"status":"firing"|"resolved","groupKey":…,"commonLabels":{…},"commonAnnotations":{…},
//  "externalURL":…,"alerts":[{"status","labels","annotations","startsAt","endsAt","generatorURL","fingerprint"}]}
// One event per notification. A notification says nothing that identifies itself, so the
// delivery id is made from what makes it this notification: the group, its status and each
// alert's fingerprint and start (a retry repeats them; a new firing of the same alert has a
// new start).
namespace bb {

using namespace sourcedecoding;

namespace {

constexpr int kAlertsListed = 20;

Level firingLevel(const QJsonArray &alerts, const QJsonObject &commonLabels)
{
    static const QStringList critical = { QStringLiteral("critical"), QStringLiteral("crit"), QStringLiteral("page"),
                                          QStringLiteral("error"), QStringLiteral("high"), QStringLiteral("disaster"),
                                          QStringLiteral("emergency") };
    const auto isCritical = [&](const QJsonObject &labels) {
        return critical.contains(labels.value(QStringLiteral("severity")).toString().toLower());
    };
    if (isCritical(commonLabels))
        return Level::Crit;
    for (const QJsonValue &alert : alerts) {
        const QJsonObject object = alert.toObject();
        if (object.value(QStringLiteral("status")).toString() != QLatin1String("resolved")
            && isCritical(object.value(QStringLiteral("labels")).toObject()))
            return Level::Crit;
    }
    return Level::Warn;
}

// "instance=db1, job=node": the labels that tell this alert from the group's others.
QString distinguishingLabels(const QJsonObject &labels, const QJsonObject &commonLabels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!commonLabels.contains(it.key()))
            parts << QStringLiteral("%1=%2").arg(it.key(), JsonTemplate::valueText(it.value()));
    }
    return parts.join(QStringLiteral(", "));
}

QString alertLine(const QJsonObject &alert, const QJsonObject &commonLabels)
{
    const QJsonObject labels = alert.value(QStringLiteral("labels")).toObject();
    const QJsonObject annotations = alert.value(QStringLiteral("annotations")).toObject();
    QString summary = annotations.value(QStringLiteral("summary")).toString();
    if (summary.isEmpty())
        summary = annotations.value(QStringLiteral("description")).toString();
    if (summary.isEmpty())
        summary = labels.value(QStringLiteral("alertname")).toString();
    const QString which = distinguishingLabels(labels, commonLabels);
    const bool resolved = alert.value(QStringLiteral("status")).toString() == QLatin1String("resolved");
    QString line = QStringLiteral("• %1%2%3").arg(resolved ? QStringLiteral("~resolved~ ") : QString(), escaped(firstLine(summary)), which.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(escaped(which)));
    QStringList links;
    const QString generator = alert.value(QStringLiteral("generatorURL")).toString();
    if (!generator.isEmpty())
        links << link(generator, QStringLiteral("source"));
    for (const char *key : { "dashboardURL", "panelURL", "silenceURL" }) {
        const QString url = alert.value(QLatin1String(key)).toString();
        if (!url.isEmpty())
            links << link(url, QString::fromLatin1(key).chopped(3).toLower());
    }
    const QString runbook = annotations.value(QStringLiteral("runbook_url")).toString();
    if (!runbook.isEmpty())
        links << link(runbook, QStringLiteral("runbook"));
    if (!links.isEmpty())
        line += QStringLiteral(" · ") + links.join(QStringLiteral(" · "));
    return line;
}

} // namespace

SourceDecodeResult decodeAlertmanager(const HttpRequest &request, const SourceSettings &source,
                                      const DecodeContext &context)
{
    QJsonObject body;
    SourceDecodeResult failure;
    if (!parseBody(request, &body, &failure))
        return failure;
    const QString status = body.value(QStringLiteral("status")).toString();
    const QJsonArray alerts = body.value(QStringLiteral("alerts")).toArray();
    if (status.isEmpty() || !body.value(QStringLiteral("alerts")).isArray())
        return SourceDecodeResult::failure("invalid_payload",
                                           QStringLiteral("not an alert notification: it needs \"status\" and \"alerts\""));
    const QString groupKey = body.value(QStringLiteral("groupKey")).toString();
    const QJsonObject commonLabels = body.value(QStringLiteral("commonLabels")).toObject();
    const QJsonObject commonAnnotations = body.value(QStringLiteral("commonAnnotations")).toObject();
    const bool resolved = status == QLatin1String("resolved");

    Event event = baseEvent(source, context);
    event.level = resolved ? Level::Info : firingLevel(alerts, commonLabels);
    qsizetype firing = 0;
    QStringList identities;
    QString earliestStart;
    for (const QJsonValue &value : alerts) {
        const QJsonObject alert = value.toObject();
        if (alert.value(QStringLiteral("status")).toString() != QLatin1String("resolved"))
            ++firing;
        const QString startsAt = alert.value(QStringLiteral("startsAt")).toString();
        identities << alert.value(QStringLiteral("fingerprint")).toString() + QLatin1Char('@') + startsAt;
        if (!startsAt.isEmpty() && (earliestStart.isEmpty() || startsAt < earliestStart))
            earliestStart = startsAt;
    }
    std::sort(identities.begin(), identities.end());

    QString name = commonLabels.value(QStringLiteral("alertname")).toString();
    if (name.isEmpty() && !alerts.isEmpty())
        name = at(alerts.first(), QStringLiteral("labels.alertname")).toString();
    const QString grafanaTitle = body.value(QStringLiteral("title")).toString();
    if (source.kind == SourceKind::Grafana && !grafanaTitle.isEmpty()) {
        event.title = grafanaTitle;
    } else {
        const QString count = resolved ? QString::number(alerts.size()) : QString::number(firing);
        event.title = QStringLiteral("[%1:%2] %3").arg(status.toUpper(), count, name);
        const QString summary = commonAnnotations.value(QStringLiteral("summary")).toString();
        if (!summary.isEmpty())
            event.title += QStringLiteral(" – ") + firstLine(summary);
    }
    QStringList lines;
    for (qsizetype i = 0; i < alerts.size() && i < kAlertsListed; ++i)
        lines << alertLine(alerts.at(i).toObject(), commonLabels);
    if (alerts.size() > kAlertsListed)
        lines << QStringLiteral("… and %1 more").arg(alerts.size() - kAlertsListed);
    const int truncated = body.value(QStringLiteral("truncatedAlerts")).toInt();
    if (truncated > 0)
        lines << QStringLiteral("(%1 more alerts were left out by the sender)").arg(truncated);
    const QString external = body.value(QStringLiteral("externalURL")).toString();
    if (!external.isEmpty())
        lines << link(external, source.kind == SourceKind::Grafana ? QStringLiteral("Open Grafana") : QStringLiteral("Open Alertmanager"));
    event.text = lines.join(QLatin1Char('\n'));
    if (event.text.isEmpty())
        event.text = escaped(event.title);

    // The firing and its resolution share a thread: the group, from the first alert's start.
    const QByteArray incident = QCryptographicHash::hash((groupKey + QLatin1Char('\n') + earliestStart).toUtf8(),
                                                         QCryptographicHash::Sha256)
                                        .toHex()
                                        .left(16);
    event.threadKey = QStringLiteral("%1:%2").arg(source.name, QString::fromLatin1(incident));
    const QByteArray delivery = QCryptographicHash::hash((groupKey + QLatin1Char('\n') + status + QLatin1Char('\n')
                                                          + identities.join(QLatin1Char(',')))
                                                                 .toUtf8(),
                                                         QCryptographicHash::Sha256)
                                        .toHex();
    return single(event, QString::fromLatin1(delivery));
}

} // namespace bb
