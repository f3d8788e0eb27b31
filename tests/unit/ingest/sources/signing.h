#pragma once

// Signatures made the way the services make them, by a different implementation than the
// one under test: OpenSSL's command line (`openssl dgst -sha256 -hmac`).
#include "ingest/decoders/payloaddecoders.h"

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>

namespace bb::test {

inline bool haveOpenssl()
{
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

// Lower-case hex HMAC-SHA256 of `message` under `key`; empty when openssl failed.
inline QByteArray opensslHmacHex(const QByteArray &key, const QByteArray &message)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-hmac"), QString::fromUtf8(key) });
    if (!openssl.waitForStarted())
        return {};
    openssl.write(message);
    openssl.closeWriteChannel();
    openssl.waitForFinished();
    // "SHA2-256(stdin)= 7571…" (or "(stdin)= 7571…" from older versions)
    const QByteArray output = openssl.readAllStandardOutput().trimmed();
    return output.mid(output.lastIndexOf(' ') + 1);
}

inline HttpRequest sourceRequest(const QByteArray &name, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    HttpRequest request;
    request.method = "POST";
    request.target = "/sources/" + name;
    request.path = QString::fromUtf8(request.target);
    request.body = body;
    request.headers.insert("content-type", "application/json");
    for (const auto &header : headers)
        request.headers.insert(header.first.toLower(), header.second);
    return request;
}

} // namespace bb::test
