#pragma once

#include "net/httpmessage.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace bb {

// The values a route's pattern captured: "/api/events/{id}/ack" on /api/events/42/ack
// gives { "id": "42" }.
using RouteParameters = QHash<QString, QString>;
using RouteHandler = std::function<void(const HttpRequest &, const HttpResponder &, const RouteParameters &)>;

// A table of routes: method + path pattern → handler. A pattern is a path whose segments are
// literal or a {name} that matches any one non-empty segment. HEAD is served by a GET route.
// A path some route knows, asked with a method none of them takes, is answered 405 with Allow.
class HttpRouter
{
public:
    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);
    // True when the path is one of the table's (the request has been answered or will be).
    bool dispatch(const HttpRequest &request, const HttpResponder &respond) const;
    // True when some route's pattern matches `path`, whatever the method.
    bool knows(const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        RouteHandler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, RouteParameters *parameters);
    QList<Route> m_routes;
};

} // namespace bb
