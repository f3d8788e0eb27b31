#include "sourcesettings.h"
#include "sourcedecoders.h"

namespace bb {

namespace {

struct KindName
{
    SourceKind kind;
    const char *name;
    const char *display;
};

constexpr KindName kKinds[] = {
    { SourceKind::Stripe, "stripe", "Stripe" },
    { SourceKind::GitHub, "github", "GitHub" },
    { SourceKind::GitLab, "gitlab", "GitLab" },
    { SourceKind::Sentry, "sentry", "Sentry" },
    { SourceKind::Alertmanager, "alertmanager", "Alertmanager" },
    { SourceKind::Grafana, "grafana", "Grafana" },
    { SourceKind::Json, "json", "" },
};

} // namespace

std::optional<SourceKind> sourceKindFromName(const QString &name)
{
    for (const KindName &entry : kKinds) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString sourceKindName(SourceKind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

QString sourceKindDisplayName(SourceKind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return QLatin1String(entry.display);
    }
    return {};
}

SourceDecodeResult decodeSourceRequest(const HttpRequest &request, const SourceSettings &source,
                                       const DecodeContext &context)
{
    switch (source.kind) {
    case SourceKind::Stripe:
        return decodeStripe(request, source, context);
    case SourceKind::GitHub:
        return decodeGitHub(request, source, context);
    case SourceKind::GitLab:
        return decodeGitLab(request, source, context);
    case SourceKind::Sentry:
        return decodeSentry(request, source, context);
    case SourceKind::Alertmanager:
    case SourceKind::Grafana:
        return decodeAlertmanager(request, source, context);
    case SourceKind::Json:
        break;
    }
    return decodeJsonSource(request, source, context);
}

} // namespace bb
