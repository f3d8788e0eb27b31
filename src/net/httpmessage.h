#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <functional>

class QTcpSocket;

namespace bb {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QByteArray target; // raw request target, "/c/x?y=1"
    QString path;      // percent-decoded path, "/c/x"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased; repeated headers joined by ", "
    QByteArray body;                       // de-chunked
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    // The media type without parameters, lower-cased: "application/json".
    QByteArray mediaType() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    // Set: nothing is written; the connection hands its socket over (another protocol takes
    // it, a WebSocket), with the request's bytes put back unread so that the taker sees the
    // handshake from its first byte. The taker owns the socket. Only the first request of a
    // connection can be taken over; a later one is answered 400 "upgrade_not_first".
    std::function<void(QTcpSocket *)> takeOver;

    static HttpResponse text(int status, const QByteArray &body);
    static HttpResponse json(int status, const QJsonObject &object);
};

// Called exactly once per request, on the server's thread, possibly later (after a commit).
using HttpResponder = std::function<void(const HttpResponse &)>;
using HttpHandler = std::function<void(const HttpRequest &, HttpResponder)>;

QByteArray httpReasonPhrase(int status);

} // namespace bb
