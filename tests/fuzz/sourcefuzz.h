#pragma once

// The native sources' decoders (src/ingest/sources/): the seed corpora are requests as
// fuzzinput.h writes them (target, headers, an empty line, the body).
#include "fuzzinput.h"

#include "core/channelname.h"
#include "ingest/decoders/slackpayload.h"
#include "ingest/sources/sourcedecoders.h"

namespace bb::fuzz {

// A decoder's answer: an error with a sentence and no events, or events the store can take
// (possibly none: a delivery deliberately ignored).
inline void checkSourceResult(const SourceDecodeResult &result)
{
    if (!result.decoded.ok()) {
        BB_FUZZ_CHECK(result.decoded.events.isEmpty());
        BB_FUZZ_CHECK(!result.decoded.detail.isEmpty());
        return;
    }
    for (const Event &event : result.decoded.events) {
        BB_FUZZ_CHECK(!event.channel.isEmpty());
        BB_FUZZ_CHECK(normalizeChannelName(event.channel) == event.channel);
        BB_FUZZ_CHECK(event.text.size() <= kSlackMaxTextLength);
        BB_FUZZ_CHECK(event.source == QStringLiteral("sources/fuzz"));
        BB_FUZZ_CHECK(!event.amount.isValid() || !event.amount.currency.isEmpty());
    }
}

inline SourceSettings fuzzSource(SourceKind kind)
{
    SourceSettings source;
    source.name = QStringLiteral("fuzz");
    source.kind = kind;
    source.channel = QStringLiteral("general");
    return source;
}

inline DecodeContext fuzzSourceContext()
{
    DecodeContext context;
    context.defaultChannel = QStringLiteral("general");
    context.source = QStringLiteral("sources/fuzz");
    context.receivedAtMs = 1'700'000'000'000;
    return context;
}

inline int fuzzSourceDecoder(SourceKind kind, const uint8_t *data, size_t size)
{
    const HttpRequest request = requestFromFuzzInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    checkSourceResult(decodeSourceRequest(request, fuzzSource(kind), fuzzSourceContext()));
    return 0;
}

} // namespace bb::fuzz
