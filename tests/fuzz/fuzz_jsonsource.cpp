// kind = "json" sources: the template language (jsontemplate.h) compiled from fuzz bytes and
// rendered against a JSON body from fuzz bytes. Input: the template, a NUL byte, the request.
#include "sourcefuzz.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bb::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = bb::fuzz::splitInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), '\0', 2);
    QString error;
    int line = -1;
    bb::SourceSettings source = bb::fuzz::fuzzSource(bb::SourceKind::Json);
    source.templates.text = bb::JsonTemplate::compile(QString::fromUtf8(parts.value(0)), &error, &line);
    BB_FUZZ_CHECK(error.isEmpty() == (line == -1));
    source.templates.title = source.templates.text;
    source.templates.user = source.templates.text;
    source.templates.thread = source.templates.text;
    source.templates.deliveryId = source.templates.text;
    if (source.templates.text.isEmpty())
        return 0;
    const bb::HttpRequest request = bb::fuzz::requestFromFuzzInput(parts.value(1));
    bb::fuzz::checkSourceResult(bb::decodeSourceRequest(request, source, bb::fuzz::fuzzSourceContext()));
    return 0;
}
