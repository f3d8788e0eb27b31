#include "httprouter.h"

namespace bb {

namespace {

QStringList segmentsOf(const QString &path)
{
    return path.split(QLatin1Char('/'));
}

} // namespace

void HttpRouter::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append({ method, segmentsOf(pattern), std::move(handler) });
}

bool HttpRouter::matches(const Route &route, const QStringList &segments, RouteParameters *parameters)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}'))) {
            if (segments.at(i).isEmpty())
                return false;
            if (parameters)
                parameters->insert(expected.mid(1, expected.size() - 2), segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    return true;
}

bool HttpRouter::knows(const QString &path) const
{
    const QStringList segments = segmentsOf(path);
    for (const Route &route : m_routes) {
        if (matches(route, segments, nullptr))
            return true;
    }
    return false;
}

bool HttpRouter::dispatch(const HttpRequest &request, const HttpResponder &respond) const
{
    const QStringList segments = segmentsOf(request.path);
    const QByteArray method = request.method == "HEAD" ? QByteArrayLiteral("GET") : request.method;
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        RouteParameters parameters;
        if (!matches(route, segments, &parameters))
            continue;
        if (route.method == method) {
            route.handler(request, respond, parameters);
            return true;
        }
        if (!allowed.contains(route.method))
            allowed << route.method;
        if (route.method == "GET")
            allowed << QByteArrayLiteral("HEAD");
    }
    if (allowed.isEmpty())
        return false;
    HttpResponse response = HttpResponse::text(405, "method_not_allowed");
    response.extraHeaders.append({ "Allow", allowed.join(", ") });
    respond(response);
    return true;
}

} // namespace bb
