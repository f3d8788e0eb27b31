// The HTTP/1.1 request front: request line, headers, Content-Length and chunked bodies,
// pipelining, with the limits of HttpLimits. The bytes arrive in pieces (sizes taken from
// the input's first byte) and the parser is paused after some requests and resumed, as
// HttpConnection does when its pipeline is full.
#include "fuzzinput.h"

#include "ingest/http/httprequestparser.h"

namespace {

class CheckingListener : public bb::HttpRequestParser::Listener
{
public:
    explicit CheckingListener(const bb::HttpLimits &limits)
        : m_limits(limits) {}

    bb::HttpRequestParser *parser = nullptr;

    void requestStarted() override
    {
        BB_FUZZ_CHECK(!m_failed);
        BB_FUZZ_CHECK(!m_inRequest);
        m_inRequest = true;
        m_headersSeen = false;
    }
    void headersReceived(const bb::HttpRequest &request, const bb::RequestFraming &) override
    {
        BB_FUZZ_CHECK(m_inRequest && !m_headersSeen);
        m_headersSeen = true;
        checkHead(request);
    }
    void requestReceived(bb::HttpRequest &&request) override
    {
        BB_FUZZ_CHECK(m_inRequest && m_headersSeen);
        m_inRequest = false;
        checkHead(request);
        BB_FUZZ_CHECK(request.body.size() <= m_limits.maxBodyBytes);
        if (++m_received % 3 == 0)
            parser->pause();
    }
    void requestFailed(int status, const char *reason) override
    {
        BB_FUZZ_CHECK(!m_failed); // reported once; nothing is parsed after it
        m_failed = true;
        BB_FUZZ_CHECK(status == 400 || status == 413 || status == 431);
        BB_FUZZ_CHECK(reason != nullptr);
    }

private:
    void checkHead(const bb::HttpRequest &request) const
    {
        BB_FUZZ_CHECK(!request.method.isEmpty());
        BB_FUZZ_CHECK(request.target.size() <= m_limits.maxHeaderBytes);
        qsizetype headerBytes = 0;
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
            BB_FUZZ_CHECK(it.key() == it.key().toLower());
            headerBytes += it.key().size() + it.value().size();
        }
        // Repeated headers are joined with ", ": at most two more bytes per header line.
        BB_FUZZ_CHECK(headerBytes <= 2 * m_limits.maxHeaderBytes);
    }

    const bb::HttpLimits m_limits;
    bool m_failed = false;
    bool m_inRequest = false;
    bool m_headersSeen = false;
    int m_received = 0;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bb::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = (data[0] % 64) + 1 + (data[0] >= 192 ? 100'000 : 0); // 1…64 bytes, or all at once
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);

    bb::HttpLimits limits;
    limits.maxBodyBytes = 4096; // small, so that fuzzing reaches the 413 paths
    limits.maxHeaderBytes = 2048;
    CheckingListener listener(limits);
    bb::HttpRequestParser parser(limits, QHostAddress(QHostAddress::LocalHost), &listener);
    listener.parser = &parser;

    qsizetype offset = 0;
    while (offset < length && !parser.hasFailed()) {
        const qsizetype available = std::min(piece, length - offset);
        const qsizetype consumed = parser.feed(bytes + offset, available);
        BB_FUZZ_CHECK(consumed >= 0 && consumed <= available);
        offset += consumed;
        if (parser.isPaused())
            parser.resume();
        else if (consumed < available)
            BB_FUZZ_CHECK(parser.hasFailed()); // it stops early only when paused or failed
    }
    return 0;
}
