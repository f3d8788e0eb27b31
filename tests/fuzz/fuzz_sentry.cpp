// The Sentry source's decoder (POST /sources/<name> with kind = "sentry"), after its signature check.
#include "sourcefuzz.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bb::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return bb::fuzz::fuzzSourceDecoder(bb::SourceKind::Sentry, data, size);
}
