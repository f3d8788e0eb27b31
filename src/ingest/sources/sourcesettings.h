#pragma once

#include "jsontemplate.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace bb {

// The services Bellboard reads natively, each with its own signature scheme and payloads.
enum class SourceKind {
    Stripe,
    GitHub,
    GitLab,
    Sentry,
    Alertmanager,
    Grafana,
    Json, // any JSON sender, mapped by templates
};

std::optional<SourceKind> sourceKindFromName(const QString &name);
QString sourceKindName(SourceKind kind);
// "Stripe", "GitHub": the events' sender name.
QString sourceKindDisplayName(SourceKind kind);

// `kind = "json"`: what the event's fields are made of. Only `text` is required.
struct JsonSourceTemplates
{
    JsonTemplate text;
    JsonTemplate title;
    JsonTemplate level;
    JsonTemplate user;
    JsonTemplate channel;
    JsonTemplate thread;
    JsonTemplate deliveryId; // a redelivery's id, when the sender has one
};

// A [[sources]] entry: POST /sources/<name>.
struct SourceSettings
{
    int line = 0; // where the entry starts in the config, for errors found later
    QString name;
    SourceKind kind = SourceKind::Json;
    QString channel;
    QString secretName;                 // a secret's NAME; empty: loopback senders only
    qint64 toleranceMs = 5 * 60 * 1000; // Stripe (and Grafana with a timestamp): how old a signature may be
    // Grafana's optional HMAC: the header names set on its contact point.
    QByteArray signatureHeader = "x-grafana-alert-signature";
    QByteArray timestampHeader; // empty: the signature covers the body alone
    JsonSourceTemplates templates;
};

} // namespace bb
