#include "httprequestparser.h"

#include <QUrl>

#include <http_parser.h>

namespace bb {

namespace {
// Separators and line ends that the parser's callbacks do not report: ": " and CRLF per header.
constexpr qsizetype kPerHeaderOverhead = 4;
// "GET" + " " + " HTTP/1.1\r\n" + the final CRLF, roughly.
constexpr qsizetype kRequestLineOverhead = 16;
} // namespace

struct HttpRequestParser::Callbacks
{
    static HttpRequestParser *self(http_parser *parser) { return static_cast<HttpRequestParser *>(parser->data); }

    static int messageBegin(http_parser *parser)
    {
        HttpRequestParser *p = self(parser);
        p->m_request = HttpRequest();
        p->m_request.peer = p->m_peer;
        p->m_field.clear();
        p->m_value.clear();
        p->m_valueLast = false;
        p->m_headerBytes = kRequestLineOverhead;
        p->m_bodyBytes = 0;
        p->m_listener->requestStarted();
        return 0;
    }

    static int url(http_parser *parser, const char *at, size_t length)
    {
        HttpRequestParser *p = self(parser);
        if (!p->addHeaderBytes(qsizetype(length)))
            return -1;
        p->m_request.target.append(at, qsizetype(length));
        return 0;
    }

    static int headerField(http_parser *parser, const char *at, size_t length)
    {
        HttpRequestParser *p = self(parser);
        if (p->m_valueLast)
            p->commitHeader();
        if (!p->addHeaderBytes(qsizetype(length) + (p->m_field.isEmpty() ? kPerHeaderOverhead : 0)))
            return -1;
        p->m_field.append(at, qsizetype(length));
        return 0;
    }

    static int headerValue(http_parser *parser, const char *at, size_t length)
    {
        HttpRequestParser *p = self(parser);
        if (!p->addHeaderBytes(qsizetype(length)))
            return -1;
        p->m_value.append(at, qsizetype(length));
        p->m_valueLast = true;
        return 0;
    }

    static int headersComplete(http_parser *parser)
    {
        HttpRequestParser *p = self(parser);
        if (p->m_valueLast)
            p->commitHeader();
        HttpRequest &request = p->m_request;
        request.method = http_method_str(http_method(parser->method));
        if (!p->splitTarget())
            return p->fail(400, "bad_request");

        RequestFraming framing;
        framing.headRequest = parser->method == HTTP_HEAD;
        // An upgraded connection would speak another protocol next: answer this one and end it.
        framing.keepAlive = http_should_keep_alive(parser) && !parser->upgrade;
        const bool chunked = parser->flags & F_CHUNKED;
        const bool sized = parser->flags & F_CONTENTLENGTH;
        framing.hasBody = chunked || (sized && parser->content_length > 0);
        if (sized && !chunked) {
            if (parser->content_length > quint64(p->m_limits.maxBodyBytes))
                return p->fail(413, "body_too_large");
            request.body.reserve(qsizetype(parser->content_length));
        }
        framing.expectsContinue = framing.hasBody && parser->http_minor >= 1
                               && request.header(QByteArrayLiteral("expect")).compare("100-continue", Qt::CaseInsensitive) == 0;

        p->m_listener->headersReceived(request, framing);
        return 0;
    }

    static int chunkHeader(http_parser *parser)
    {
        // The declared chunk size is known before its bytes arrive: refuse early.
        HttpRequestParser *p = self(parser);
        if (quint64(p->m_bodyBytes) + parser->content_length > quint64(p->m_limits.maxBodyBytes))
            return p->fail(413, "body_too_large");
        return 0;
    }

    static int body(http_parser *parser, const char *at, size_t length)
    {
        HttpRequestParser *p = self(parser);
        p->m_bodyBytes += qint64(length);
        if (p->m_bodyBytes > p->m_limits.maxBodyBytes)
            return p->fail(413, "body_too_large");
        p->m_request.body.append(at, qsizetype(length));
        return 0;
    }

    static int messageComplete(http_parser *parser)
    {
        HttpRequestParser *p = self(parser);
        p->m_listener->requestReceived(std::move(p->m_request));
        p->m_request = HttpRequest();
        return 0;
    }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings instance = [] {
            http_parser_settings s;
            http_parser_settings_init(&s);
            s.on_message_begin = messageBegin;
            s.on_url = url;
            s.on_header_field = headerField;
            s.on_header_value = headerValue;
            s.on_headers_complete = headersComplete;
            s.on_chunk_header = chunkHeader;
            s.on_body = body;
            s.on_message_complete = messageComplete;
            return s;
        }();
        return instance;
    }
};

HttpRequestParser::HttpRequestParser(const HttpLimits &limits, const QHostAddress &peer, Listener *listener)
    : m_limits(limits)
    , m_peer(peer)
    , m_listener(listener)
    , m_parser(std::make_unique<http_parser>())
{
    http_parser_init(m_parser.get(), HTTP_REQUEST);
    m_parser->data = this;
}

HttpRequestParser::~HttpRequestParser() = default;

qsizetype HttpRequestParser::feed(const char *data, qsizetype size)
{
    if (m_failed || m_paused || size <= 0)
        return 0;
    const size_t consumed = http_parser_execute(m_parser.get(), &Callbacks::settings(), data, size_t(size));
    const http_errno error = HTTP_PARSER_ERRNO(m_parser.get());
    if (error == HPE_PAUSED)
        return qsizetype(consumed);
    if (error != HPE_OK || (m_parser->upgrade && !m_failed)) {
        if (m_failureStatus == 0) {
            if (error == HPE_HEADER_OVERFLOW)
                fail(431, "headers_too_large");
            else if (m_parser->upgrade)
                m_failed = true; // the upgraded request was delivered; nothing after it is HTTP/1.1
            else
                fail(400, "bad_request");
        }
        m_failed = true;
        if (m_failureStatus != 0)
            m_listener->requestFailed(m_failureStatus, m_failureReason);
    }
    return qsizetype(consumed);
}

void HttpRequestParser::pause()
{
    m_paused = true;
    http_parser_pause(m_parser.get(), 1);
}

void HttpRequestParser::resume()
{
    m_paused = false;
    http_parser_pause(m_parser.get(), 0);
}

int HttpRequestParser::fail(int status, const char *reason)
{
    if (m_failureStatus == 0) {
        m_failureStatus = status;
        m_failureReason = reason;
    }
    return -1;
}

bool HttpRequestParser::addHeaderBytes(qsizetype count)
{
    m_headerBytes += count;
    if (m_headerBytes > m_limits.maxHeaderBytes) {
        fail(431, "headers_too_large");
        return false;
    }
    return true;
}

void HttpRequestParser::commitHeader()
{
    QByteArray name = std::move(m_field).toLower();
    auto existing = m_request.headers.find(name);
    if (existing == m_request.headers.end()) {
        m_request.headers.insert(name, m_value.trimmed());
    } else {
        existing->append(", ");
        existing->append(m_value.trimmed());
    }
    m_field = QByteArray();
    m_value.clear();
    m_valueLast = false;
}

bool HttpRequestParser::splitTarget()
{
    const QByteArray &target = m_request.target;
    QByteArray path;
    QByteArray query;
    if (target.startsWith('/')) {
        qsizetype end = target.indexOf('#');
        if (end < 0)
            end = target.size();
        const qsizetype question = target.indexOf('?');
        if (question >= 0 && question < end) {
            path = target.left(question);
            query = target.mid(question + 1, end - question - 1);
        } else {
            path = target.left(end);
        }
    } else if (target == "*") {
        path = target;
    } else {
        // absolute-form ("http://host/path?q"), which proxies and some clients send.
        http_parser_url url;
        http_parser_url_init(&url);
        if (http_parser_parse_url(target.constData(), size_t(target.size()),
                                  m_parser->method == HTTP_CONNECT, &url)
            != 0)
            return false;
        if (url.field_set & (1 << UF_PATH))
            path = target.mid(url.field_data[UF_PATH].off, url.field_data[UF_PATH].len);
        else
            path = "/";
        if (url.field_set & (1 << UF_QUERY))
            query = target.mid(url.field_data[UF_QUERY].off, url.field_data[UF_QUERY].len);
    }
    m_request.path = path.contains('%') ? QUrl::fromPercentEncoding(path) : QString::fromUtf8(path);
    if (!query.isEmpty())
        m_request.query.setQuery(QString::fromUtf8(query));
    return true;
}

} // namespace bb
