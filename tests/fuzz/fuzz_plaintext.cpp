// POST /c/<channel>: the body is the text; X-Title, X-User, X-Level, X-Username, X-Icon headers.
#include "fuzzinput.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bb::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const bb::HttpRequest request = bb::fuzz::requestFromFuzzInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    bb::fuzz::checkDecodeResult(bb::decodePlainText(request, bb::fuzz::contextFor(request)));
    return 0;
}
