// Slack Web API chat.postMessage: JSON, or form arguments in the query string and the body.
#include "fuzzinput.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bb::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const bb::HttpRequest request = bb::fuzz::requestFromFuzzInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    bb::fuzz::checkDecodeResult(bb::decodeChatPostMessage(request, bb::fuzz::contextFor(request)));
    return 0;
}
