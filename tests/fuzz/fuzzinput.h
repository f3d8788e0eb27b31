#pragma once

// Shared by the fuzz targets: how fuzz bytes become a request or an event, and how a broken
// invariant is reported (an abort, which libFuzzer records as a crash with its input).
#include "core/event.h"
#include "ingest/decoders/payloaddecoders.h"

#include <QByteArray>
#include <QList>

#include <cstdio>
#include <cstdlib>

namespace bb::fuzz {

// Qt's warnings for bad input are expected here; printing them would only slow the run.
void silenceQtMessages();

// A broken promise of the code under test: print it and abort, so libFuzzer keeps the input.
[[noreturn]] inline void invariantBroken(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}
#define BB_FUZZ_CHECK(condition)                     \
    do {                                             \
        if (!(condition))                            \
            ::bb::fuzz::invariantBroken(#condition); \
    } while (false)

// The seed corpora write a decoder's request the way a person reads one:
//   /api/chat.postMessage?channel=x          the target (path and query)
//   content-type: application/json           headers, one a line
//                                            an empty line
//   {"channel": "x", "text": "hi"}           the body, to the end
// Anything missing is simply absent, so every byte string is some request.
HttpRequest requestFromFuzzInput(const QByteArray &input);

// The context the ingest service gives decoders (a URL channel when the path is /c/<x> or
// /hooks/<x>), fixed so that every run is reproducible.
DecodeContext contextFor(const HttpRequest &request);

// The checks every decoder's answer must pass: an error word, or events that the store can
// take (a channel, text within Slack's limit) — never both, never neither.
void checkDecodeResult(const DecodeResult &result);

// Splits at each `separator` byte into at most `parts` pieces (the last takes the rest).
QList<QByteArray> splitInput(const QByteArray &input, char separator, int parts);

} // namespace bb::fuzz
