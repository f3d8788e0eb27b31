#pragma once

#include "httplimits.h"
#include "net/httpmessage.h"

#include <memory>

struct http_parser;

namespace bb {

// How the request being parsed must be answered and what follows it on the connection.
struct RequestFraming
{
    bool keepAlive = true; // false: answer with "Connection: close", then end the connection
    bool headRequest = false;
    bool expectsContinue = false; // "Expect: 100-continue" with a body still to come
    bool hasBody = false;
};

// Turns a byte stream into HttpRequests with Node's http_parser. The header and body limits are
// checked as bytes arrive, so a refused request never costs more memory than its limit.
class HttpRequestParser
{
public:
    // Called from inside feed(), in stream order.
    class Listener
    {
    public:
        virtual void requestStarted() = 0;
        // The body (if any) has not been read yet: the moment for 100-continue or an early refusal.
        virtual void headersReceived(const HttpRequest &request, const RequestFraming &framing) = 0;
        virtual void requestReceived(HttpRequest &&request) = 0;
        // The stream is unusable from here on; reason is a requestRejected() word.
        virtual void requestFailed(int status, const char *reason) = 0;

    protected:
        ~Listener() = default;
    };

    HttpRequestParser(const HttpLimits &limits, const QHostAddress &peer, Listener *listener);
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    // Parses as much as it may; returns the bytes consumed, fewer than size once paused or failed.
    qsizetype feed(const char *data, qsizetype size);
    // From a Listener call: stop after the current event; the rest is fed again after resume().
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    bool hasFailed() const { return m_failed; }

private:
    struct Callbacks;
    friend struct Callbacks;

    int fail(int status, const char *reason);
    void commitHeader();
    bool splitTarget();
    bool addHeaderBytes(qsizetype count);

    const HttpLimits m_limits;
    const QHostAddress m_peer;
    Listener *const m_listener;
    std::unique_ptr<http_parser> m_parser;

    HttpRequest m_request;
    QByteArray m_field;
    QByteArray m_value;
    bool m_valueLast = false;
    qsizetype m_headerBytes = 0;
    qint64 m_bodyBytes = 0;

    bool m_paused = false;
    bool m_failed = false;
    int m_failureStatus = 0;
    const char *m_failureReason = nullptr;
};

} // namespace bb
