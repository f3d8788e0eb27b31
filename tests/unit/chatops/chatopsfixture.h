#pragma once

#include "ingest/http/testserver.h"
#include "chatops/chatops.h"
#include "chatops/responseurlservice.h"
#include "core/searchquery.h"
#include "ingest/ingestservice.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QNetworkAccessManager>
#include <algorithm>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace bb::test {

// A real store, ChatOps on it, Bellboard's own listener (IngestService with the response_url
// route, as the app wires it), and a notice log. Everything on the test's thread.
class ChatOpsFixture
{
public:
    struct Notice
    {
        QString channel;
        quint64 id = 0;
        QString sender;
        CommandAnswer answer;
        bool removed = false;
    };

    ChatOpsFixture()
    {
        store.setDurability(EventStore::Durability::Normal);
        ok = store.open(dir.filePath(QStringLiteral("events.sqlite3")));
        chatops = std::make_unique<ChatOps>(&store);
        chatops->setUserName(QStringLiteral("alice"));
        IngestSettings settings;
        settings.extraRoutes << HttpRoute{ QLatin1String(ResponseUrlService::kPathPrefix),
                                           [this](const HttpRequest &request, HttpResponder respond) {
                                               responseUrls.handle(request, respond);
                                           } };
        ingest = std::make_unique<IngestService>(&store, settings);
        listener = std::make_unique<HttpServer>(HttpLimits());
        ingest->serve(listener.get());
        ok = ok && listener->listen(QHostAddress::LocalHost, 0);
        responseUrls.setBaseUrl(QStringLiteral("http://127.0.0.1:%1/").arg(listener->serverPort()));
        chatops->setResponseUrls(&responseUrls);
        QObject::connect(chatops.get(), &ChatOps::noticeShown, chatops.get(),
                         [this](const QString &channel, quint64 id, const QString &sender, const CommandAnswer &answer) {
                             notices << Notice{ channel, id, sender, answer, false };
                         });
        QObject::connect(chatops.get(), &ChatOps::noticeRemoved, chatops.get(), [this](const QString &channel, quint64 id) {
            notices << Notice{ channel, id, QString(), CommandAnswer(), true };
        });
    }

    // Stored events of `channel`, oldest first.
    EventList stored(const QString &channel)
    {
        store.flush();
        EventReader reader(store.databasePath());
        SearchQuery query;
        query.channels = { channel };
        EventList events = reader.search(query, 0, 500).events;
        std::reverse(events.begin(), events.end());
        return events;
    }

    // Stored events matching a search (Bellboard's search syntax), newest first.
    EventList search(const QString &text)
    {
        store.flush();
        EventReader reader(store.databasePath());
        return reader.search(parseSearchQuery(text).query, 0, 500).events;
    }

    // POSTs `body` and waits for the answer: status and body.
    QPair<int, QByteArray> postTo(const QString &url, const QByteArray &body,
                                  const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request{ QUrl(url) };
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return { -1, {} };
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    }

    QTemporaryDir dir;
    EventStore store;
    ResponseUrlService responseUrls;
    std::unique_ptr<ChatOps> chatops;
    std::unique_ptr<IngestService> ingest;
    std::unique_ptr<HttpServer> listener;
    QNetworkAccessManager network;
    QList<Notice> notices;
    bool ok = false;
};

// A slash-command or interactivity backend on a real socket: records each request and
// answers with `answer` (which may keep the responder to answer late, or never).
class FakeBackend
{
public:
    FakeBackend()
    {
        server = startServer(HttpLimits(), [this](const HttpRequest &request, HttpResponder respond) {
            requests << request;
            responders << respond;
            if (answer)
                answer(request, respond);
        });
    }
    QUrl url(const QString &path = QStringLiteral("/slack/commands")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server->serverPort()).arg(path));
    }

    std::unique_ptr<HttpServer> server;
    std::function<void(const HttpRequest &, HttpResponder)> answer;
    QList<HttpRequest> requests;
    QList<HttpResponder> responders; // kept alive: a hanging backend holds its connection open
};

} // namespace bb::test
