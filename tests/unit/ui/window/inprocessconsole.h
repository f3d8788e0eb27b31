#pragma once

// The console in one process, the way `bellboard` wires it: a store, the HTTP ingest on a free
// loopback port, and (for the caller to create) a window on the same store. For tests and
// benchmarks that follow an event from the socket to the painted feed.
#include "ingest/http/httpserver.h"
#include "ingest/ingestservice.h"
#include "store/eventstore.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <memory>

namespace bb::test {

class InProcessConsole
{
public:
    explicit InProcessConsole(const HttpLimits &limits = HttpLimits(), const IngestSettings &settings = IngestSettings())
        : m_server(limits)
        , m_service(&m_store, settings)
    {
        m_store.setDurability(EventStore::Durability::Normal);
        m_open = m_store.open(m_dir.filePath(QStringLiteral("events.sqlite3")));
        m_service.serve(&m_server);
        m_open = m_open && m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isReady() const { return m_open; }
    EventStore *store() { return &m_store; }
    quint16 port() const { return m_server.serverPort(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("events.sqlite3")); }

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray error; // X-Bellboard-Error or Slack's error word
    };
    // One POST over a real socket; waits for the answer (which comes after the commit).
    // `headers`: more request headers, name → value (e.g. User-Agent).
    Answer post(const QByteArray &path, const QByteArray &contentType, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return exchange("POST", path, contentType, body, headers);
    }
    Answer get(const QByteArray &path) { return exchange("GET", path, {}, {}); }

private:
    Answer exchange(const QByteArray &method, const QByteArray &path, const QByteArray &contentType, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QString::fromUtf8(path))));
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        request.setTransferTimeout(30'000);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer{ reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {} };
        answer.error = answer.body;
        delete reply;
        return answer;
    }

    QTemporaryDir m_dir;
    EventStore m_store;
    HttpServer m_server;
    IngestService m_service;
    QNetworkAccessManager m_network;
    bool m_open = false;
};

} // namespace bb::test
