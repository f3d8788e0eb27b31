#pragma once

#include "sourcesettings.h"
#include "ingest/decoders/payloaddecoders.h"

#include <QString>

namespace bb {

// What a source's request says: its events (none when the delivery is deliberately ignored,
// such as a GitHub workflow that has only started), and the delivery's own id, by which a
// redelivery is recognized (README "Native sources"). Errors are "invalid_payload" (not the
// JSON the service sends) and, for templates, "missing_field" naming the field.
struct SourceDecodeResult
{
    DecodeResult decoded;
    QString deliveryId; // empty: the service gives none, every request is new

    static SourceDecodeResult failure(const QByteArray &error, const QString &detail)
    {
        return { DecodeResult::failure(error, detail), {} };
    }
};

// Pure functions: the request, the source's settings and the context (source, receive time)
// → events. The signature was checked before; nothing here touches the store.
SourceDecodeResult decodeSourceRequest(const HttpRequest &request, const SourceSettings &source,
                                       const DecodeContext &context);

SourceDecodeResult decodeStripe(const HttpRequest &request, const SourceSettings &source, const DecodeContext &context);
SourceDecodeResult decodeGitHub(const HttpRequest &request, const SourceSettings &source, const DecodeContext &context);
SourceDecodeResult decodeGitLab(const HttpRequest &request, const SourceSettings &source, const DecodeContext &context);
SourceDecodeResult decodeSentry(const HttpRequest &request, const SourceSettings &source, const DecodeContext &context);
// Alertmanager's webhook (version 4) and Grafana's, which extends it.
SourceDecodeResult decodeAlertmanager(const HttpRequest &request, const SourceSettings &source,
                                      const DecodeContext &context);
SourceDecodeResult decodeJsonSource(const HttpRequest &request, const SourceSettings &source,
                                    const DecodeContext &context);

} // namespace bb
