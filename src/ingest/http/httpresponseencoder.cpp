#include "httpresponseencoder.h"

#include <QDateTime>

#include <cstdio>

namespace bb {

namespace {

// RFC 9110 IMF-fixdate. Formatting a date per response would cost more than the rest of the
// response, so it is formatted at most once a second (per thread: servers may run on several).
QByteArray currentHttpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cachedText;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        static const char *const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
        static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        const QDate date = now.date();
        const QTime time = now.time();
        char text[40];
        const int length = std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT",
                                         days[date.dayOfWeek() - 1], date.day(),
                                         months[date.month() - 1], date.year(),
                                         time.hour(), time.minute(), time.second());
        cachedText = QByteArray(text, length);
        cachedSecond = second;
    }
    return cachedText;
}

// 1xx, 204 and 304 never carry a body nor a Content-Length (RFC 9110 8.6).
bool statusForbidsBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

} // namespace

QByteArray encodeHttpResponse(const HttpResponse &response, const ResponseFraming &framing)
{
    const bool noBody = statusForbidsBody(response.status);
    const bool sendBody = !noBody && !framing.headRequest;

    qsizetype extraSize = 0;
    for (const auto &header : response.extraHeaders)
        extraSize += header.first.size() + header.second.size() + 4;

    QByteArray out;
    out.reserve(160 + response.contentType.size() + extraSize + (sendBody ? response.body.size() : 0));
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += httpReasonPhrase(response.status);
    out += "\r\nDate: ";
    out += currentHttpDate();
    if (!noBody) {
        if (!response.contentType.isEmpty()) {
            out += "\r\nContent-Type: ";
            out += response.contentType;
        }
        out += "\r\nContent-Length: ";
        out += QByteArray::number(response.body.size());
    }
    out += framing.keepAlive ? "\r\nConnection: keep-alive" : "\r\nConnection: close";
    for (const auto &header : response.extraHeaders) {
        out += "\r\n";
        out += header.first;
        out += ": ";
        out += header.second;
    }
    out += "\r\n\r\n";
    if (sendBody)
        out += response.body;
    return out;
}

QByteArray encodeContinue()
{
    return QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
}

} // namespace bb
