#pragma once

#include "httplimits.h"
#include "httpmessage.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace bb {

// HTTP/1.1 server on QTcpServer with Node's http_parser: keep-alive, pipelining (answers in
// request order), chunked bodies, Expect: 100-continue, Connection: close, and the limits
// in HttpLimits. Lives on the thread it was created on (or moved to).
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(const HttpLimits &limits, QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(HttpHandler handler);
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void close();
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    int connectionCount() const;

signals:
    // A request (or connection) refused by a limit or as malformed, for statistics.
    // reason: "body_too_large", "headers_too_large", "timeout", "rate_limited", "bad_request", "too_many_connections".
    void requestRejected(int status, const QString &reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace bb
