#pragma once

#include "ingest/decoders/payloaddecoders.h"

#include <QJsonDocument>
#include <QJsonObject>

// Building requests the way senders make them, for the decoder tests.
namespace bb::test {

inline HttpRequest post(const QByteArray &path, const QByteArray &body,
                        const QByteArray &contentType = QByteArray())
{
    HttpRequest request;
    request.method = "POST";
    request.target = path;
    request.path = QString::fromUtf8(path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?')));
    request.body = body;
    if (!contentType.isEmpty())
        request.headers.insert("content-type", contentType);
    return request;
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline DecodeContext context(const QString &urlChannel = QString(),
                             const QString &defaultChannel = QStringLiteral("general"))
{
    DecodeContext c;
    c.urlChannel = urlChannel;
    c.defaultChannel = defaultChannel;
    c.source = QStringLiteral("test:ci");
    c.receivedAtMs = 1700000000123;
    return c;
}

// {"a":{"a":…}} nested `depth` times: deeper than any JSON parser should recurse.
inline QByteArray deeplyNested(int depth)
{
    return QByteArray("{\"a\":").repeated(depth) + "1" + QByteArray("}").repeated(depth);
}

} // namespace bb::test
