#pragma once

#include "ingest/http/httpserver.h"

#include <memory>

namespace bb::test {

// A server on a free loopback port; null if it could not listen.
inline std::unique_ptr<HttpServer> startServer(const HttpLimits &limits, HttpHandler handler)
{
    auto server = std::make_unique<HttpServer>(limits);
    server->setHandler(std::move(handler));
    if (!server->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    return server;
}

// Answers "<METHOD> <path> <body>" at once.
inline HttpHandler echoHandler()
{
    return [](const HttpRequest &request, HttpResponder respond) {
        respond(HttpResponse::text(200, request.method + ' ' + request.path.toUtf8() + ' ' + request.body));
    };
}

inline QByteArray get(const QByteArray &path = "/", const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n" + extraHeaders + "\r\n";
}

inline QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(body.size())
         + "\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace bb::test
