#pragma once

#include "httplimits.h"
#include "net/httpmessage.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

namespace bb {

// HTTP/1.1 server on QTcpServer with Node's http_parser: keep-alive, pipelining (answers in
// request order), chunked bodies, Expect: 100-continue, Connection: close, and the limits
// in HttpLimits. Lives on the thread it was created on (or moved to); call it, and the
// responders it hands out, on that thread only.
//
// The handler gets each request once its body is complete and may answer at once or later
// (after a commit posted back to this thread); answers still leave in request order. A
// responder whose connection has gone does nothing. Refusals answer with the reason word as a
// text/plain body ("body_too_large", …) and end the connection, except 429 (Retry-After given,
// the connection stays usable). A new connection beyond maxConnections(PerClient) closes the
// connection idle longest (of the same client, for its cap) to make room; only when every
// connection at the cap is busy does it get a 503 and is closed at once. An idle connection
// is closed without an answer.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(const HttpLimits &limits, QObject *parent = nullptr);
    ~HttpServer() override;

    // Replaces the handler for requests from now on (also safe from inside the handler).
    void setHandler(HttpHandler handler);
    // Before listen(): the listener speaks TLS only (HTTPS, and WSS for a connection taken
    // over), with this identity. Every limit holds as without; a TLS handshake must finish
    // within headerTimeoutMs. Connections handed to the handler are QSslSockets.
    void useTls(const QSslConfiguration &configuration);
    // error: why not, e.g. "The address is already in use"; port 0 picks a free one (serverPort()).
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    // Stops listening; open connections finish the requests they started, then close.
    void close();
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    int connectionCount() const; // open connections, including those being closed

signals:
    // A request (or connection) refused by a limit or as malformed, for statistics.
    // reason: "body_too_large", "headers_too_large", "timeout", "rate_limited", "bad_request", "too_many_connections".
    void requestRejected(int status, const QString &reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace bb
