#pragma once

#include "sourcesettings.h"
#include "net/httpmessage.h"

#include <QByteArray>
#include <QString>

namespace bb {

// Whether a request to a source really comes from its service: each service's own scheme,
// over the raw body bytes, compared in constant time (README "Native sources"):
//   stripe        Stripe-Signature: t=<unix s>,v1=<hex>[,v1=…]: HMAC-SHA256 of "<t>.<body>",
//                 any v1 may match, t within the tolerance of `nowMs`
//   github        X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>
//   sentry        Sentry-Hook-Signature: <hex HMAC-SHA256 of the body>
//   gitlab        X-Gitlab-Token: the secret itself
//   alertmanager, Authorization: Bearer <secret>, or Basic with the secret as the password;
//   grafana, json grafana also its HMAC header (hex HMAC-SHA256 of the body, or of
//                 "<timestamp>:<body>" when a timestamp header is configured)
// `secret` is the resolved secret value, never empty here. The reason is a sentence for the
// sender (X-Bellboard-Error) that never contains the secret or the expected signature.
struct SourceVerification
{
    bool ok = false;
    QString reason;
};

SourceVerification verifySourceRequest(const HttpRequest &request, const SourceSettings &source,
                                       const QByteArray &secret, qint64 nowMs);

// Lower-case hex HMAC-SHA256: what every scheme above signs with.
QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message);

} // namespace bb
