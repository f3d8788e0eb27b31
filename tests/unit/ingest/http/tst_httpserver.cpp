// The HTTP/1.1 protocol as clients see it on the wire: framing, keep-alive, pipelining order,
// chunked bodies, 100-continue, HEAD, HTTP/1.0, late answers, threads.
#include "rawhttpclient.h"
#include "testserver.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace bb;
using namespace bb::test;

class TestHttpServer : public QObject
{
    Q_OBJECT
private slots:
    void getIsAnsweredWithStatusTypeLengthAndKeepAlive();
    void postDeliversMethodPathQueryHeadersBodyAndPeer();
    void keepAliveServesSeveralRequestsOnOneSocket();
    void pipelinedRequestsAreAnsweredInRequestOrderWhenTheFirstAnswersLast();
    void answersPostedBackFromAWorkerThreadKeepRequestOrder();
    void chunkedBodyArrivesDechunked();
    void expectContinueGets100ThenTheAnswer();
    void headAnswerHasLengthButNoBody();
    void connectionCloseIsAnsweredThenClosed();
    void http10ClosesUnlessKeepAliveIsAsked();
    void upgradeRequestIsAnsweredThenClosed();
    void answeringAfterTheClientLeftDoesNotCrash();
    void fiftyConcurrentClientsAreAllAnswered();
    void serverWorksOnItsOwnThread();
    void responseHelpersSetStatusTypeAndBody();
};

void TestHttpServer::getIsAnsweredWithStatusTypeLengthAndKeepAlive()
{
    auto server = startServer(HttpLimits(), [](const HttpRequest &, HttpResponder respond) {
        HttpResponse response = HttpResponse::text(200, "ok");
        response.extraHeaders.append(qMakePair(QByteArray("X-Served-By"), QByteArray("bellboard")));
        respond(response);
    });
    QVERIFY(server);
    RawHttpClient client(server->serverPort());
    client.send(get("/"));
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->reason, QByteArray("OK"));
    QCOMPARE(response->header("content-type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(response->header("content-length"), QByteArray("2"));
    QCOMPARE(response->header("connection"), QByteArray("keep-alive"));
    QCOMPARE(response->header("x-served-by"), QByteArray("bellboard"));
    QVERIFY(!response->header("date").isEmpty());
    QCOMPARE(response->body, QByteArray("ok"));
    QVERIFY(client.isConnected());
}

void TestHttpServer::postDeliversMethodPathQueryHeadersBodyAndPeer()
{
    HttpRequest seen;
    auto server = startServer(HttpLimits(), [&](const HttpRequest &request, HttpResponder respond) {
        seen = request;
        respond(HttpResponse::text(200, "ok"));
    });
    QVERIFY(server);
    RawHttpClient client(server->serverPort());
    client.send(post("/c/some%20channel?x=1&y=two", R"({"text":"hi"})",
                     "Content-Type: Application/JSON; charset=utf-8\r\nX-Multi: 1\r\nx-multi: 2\r\n"));
    QVERIFY(client.next());
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.target, QByteArray("/c/some%20channel?x=1&y=two"));
    QCOMPARE(seen.path, QString("/c/some channel"));
    QCOMPARE(seen.query.queryItemValue("x"), QString("1"));
    QCOMPARE(seen.query.queryItemValue("y"), QString("two"));
    QCOMPARE(seen.header("x-multi"), QByteArray("1, 2"));
    QCOMPARE(seen.header("host"), QByteArray("test"));
    QCOMPARE(seen.mediaType(), QByteArray("application/json"));
    QCOMPARE(seen.body, QByteArray(R"({"text":"hi"})"));
    QVERIFY(seen.peer.isLoopback());
}

void TestHttpServer::keepAliveServesSeveralRequestsOnOneSocket()
{
    auto server = startServer(HttpLimits(), echoHandler());
    QVERIFY(server);
    RawHttpClient client(server->serverPort());
    for (int i = 0; i < 5; ++i) {
        const QByteArray body = QByteArray::number(i);
        client.send(post("/n", body));
        const auto response = client.next();
        QVERIFY(response);
        QCOMPARE(response->body, "POST /n " + body);
        QCOMPARE(response->header("connection"), QByteArray("keep-alive"));
    }
    QVERIFY(client.isConnected());
    QCOMPARE(server->connectionCount(), 1);
}

void TestHttpServer::pipelinedRequestsAreAnsweredInRequestOrderWhenTheFirstAnswersLast()
{
    QList<QPair<QByteArray, HttpResponder>> waiting;
    auto server = startServer(HttpLimits(), [&](const HttpRequest &request, HttpResponder respond) {
        waiting.append({ request.body, respond });
    });
    QVERIFY(server);
    RawHttpClient client(server->serverPort());
    client.send(post("/", "first") + post("/", "second") + post("/", "third"));
    QTRY_COMPARE(waiting.size(), 3);

    // Answer the last two; nothing may go out while the first is still unanswered.
    waiting[2].second(HttpResponse::text(200, waiting[2].first));
    waiting[1].second(HttpResponse::text(200, waiting[1].first));
    QTest::qWait(30);
    QVERIFY(client.unparsed().isEmpty());
    // The first answers later, from the event loop, like a committed database write would.
    QTimer::singleShot(0, [&] { waiting[0].second(HttpResponse::text(200, waiting[0].first)); });

    for (const QByteArray expected : { "first", "second", "third" }) {
        const auto response = client.next();
        QVERIFY(response);
        QCOMPARE(response->body, expected);
    }
}

void TestHttpServer::answersPostedBackFromAWorkerThreadKeepRequestOrder()
{
    // Like the store: the work happens on another thread, which posts each completion back to
    // the server's thread, where the responder is called. Here the worker finishes the requests
    // in reverse order.
    QThread worker;
    worker.start();
    QObject workerContext;
    workerContext.moveToThread(&worker);
    QObject serverContext;
    QList<QPair<HttpResponder, QByteArray>> workerQueue; // touched on the worker thread only
    auto server = startServer(HttpLimits(), [&](const HttpRequest &request, HttpResponder respond) {
        QMetaObject::invokeMethod(
                &workerContext, [&, respond, body = request.body] {
                    workerQueue.append({ respond, body });
                    if (workerQueue.size() < 4)
                        return;
                    while (!workerQueue.isEmpty()) {
                        const auto [done, doneBody] = workerQueue.takeLast();
                        QMetaObject::invokeMethod(
                                &serverContext, [done = done, doneBody = doneBody] {
                                    done(HttpResponse::text(200, doneBody));
                                },
                                Qt::QueuedConnection);
                    }
                },
                Qt::QueuedConnection);
    });
    QVERIFY(server);
    RawHttpClient client(server->serverPort());
    client.send(post("/", "0") + post("/", "1") + post("/", "2") + post("/", "3"));
    for (const QByteArray expected : { "0", "1", "2", "3" }) {
        const auto response = client.next();
        QVERIFY(response);
        QCOMPARE(response->body, expected);
    }
    worker.quit();
    worker.wait();
}

void TestHttpServer::chunkedBodyArrivesDechunked()
{
    auto server = startServer(HttpLimits(), echoHandler());
    QVERIFY(server);
    RawHttpClient client(server->serverPort());
    client.send("POST /chunks HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                "5\r\nhello\r\n");
    client.send("6\r\n world\r\n0\r\n\r\n");
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->body, QByteArray("POST /chunks hello world"));
    client.send(get("/after"));
    QCOMPARE(client.next()->body, QByteArray("GET /after "));
}

void TestHttpServer::expectContinueGets100ThenTheAnswer()
{
    auto server = startServer(HttpLimits(), echoHandler());
    QVERIFY(server);
    RawHttpClient client(server->serverPort());
    client.send("POST /big HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
    const auto interim = client.next();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    client.send("12345");
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, QByteArray("POST /big 12345"));
}

void TestHttpServer::headAnswerHasLengthButNoBody()
{
    auto server = startServer(HttpLimits(), [](const HttpRequest &, HttpResponder respond) {
        respond(HttpResponse::text(200, "twelve bytes"));
    });
    QVERIFY(server);
    RawHttpClient client(server->serverPort());
    client.send("HEAD / HTTP/1.1\r\nHost: test\r\n\r\n" + get("/"));
    const auto head = client.next(true);
    QVERIFY(head);
    QCOMPARE(head->header("content-length"), QByteArray("12"));
    QCOMPARE(head->body, QByteArray());
    // The GET right behind it is framed correctly only if HEAD sent no body.
    const auto getResponse = client.next();
    QVERIFY(getResponse);
    QCOMPARE(getResponse->status, 200);
    QCOMPARE(getResponse->body, QByteArray("twelve bytes"));
}

void TestHttpServer::connectionCloseIsAnsweredThenClosed()
{
    int handled = 0;
    auto server = startServer(HttpLimits(), [&](const HttpRequest &, HttpResponder respond) {
        ++handled;
        respond(HttpResponse::text(200, "bye"));
    });
    QVERIFY(server);
    RawHttpClient client(server->serverPort());
    client.send(get("/", "Connection: close\r\n") + get("/ignored"));
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->header("connection"), QByteArray("close"));
    QCOMPARE(response->body, QByteArray("bye"));
    QVERIFY(client.waitClosed());
    QCOMPARE(handled, 1);
    QVERIFY(client.unparsed().isEmpty());
}

void TestHttpServer::http10ClosesUnlessKeepAliveIsAsked()
{
    auto server = startServer(HttpLimits(), echoHandler());
    QVERIFY(server);
    {
        RawHttpClient client(server->serverPort());
        client.send("GET /old HTTP/1.0\r\n\r\n");
        const auto response = client.next();
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray("GET /old "));
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QVERIFY(client.waitClosed());
    }
    RawHttpClient client(server->serverPort());
    client.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const auto first = client.next();
    QVERIFY(first);
    QCOMPARE(first->header("connection"), QByteArray("keep-alive"));
    client.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const auto second = client.next();
    QVERIFY(second);
    QCOMPARE(second->body, QByteArray("GET /b "));
}

void TestHttpServer::upgradeRequestIsAnsweredThenClosed()
{
    auto server = startServer(HttpLimits(), [](const HttpRequest &, HttpResponder respond) {
        respond(HttpResponse::text(426, "upgrade_not_supported"));
    });
    QVERIFY(server);
    RawHttpClient client(server->serverPort());
    client.send(get("/stream", "Connection: Upgrade\r\nUpgrade: websocket\r\n") + "\x81\x05hello");
    const auto response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 426);
    QCOMPARE(response->header("connection"), QByteArray("close"));
    QVERIFY(client.waitClosed());
}

void TestHttpServer::answeringAfterTheClientLeftDoesNotCrash()
{
    HttpResponder late;
    auto server = startServer(HttpLimits(), [&](const HttpRequest &, HttpResponder respond) {
        late = respond;
    });
    QVERIFY(server);
    {
        RawHttpClient client(server->serverPort());
        client.send(post("/", "commit me"));
        QTRY_VERIFY(late);
        client.abort();
    }
    QTRY_COMPARE(server->connectionCount(), 0);
    late(HttpResponse::text(200, "ok"));
    late(HttpResponse::text(200, "twice"));
    // The server still serves others.
    server->setHandler(echoHandler());
    RawHttpClient other(server->serverPort());
    other.send(get("/still"));
    const auto response = other.next();
    QVERIFY(response);
    QCOMPARE(response->body, QByteArray("GET /still "));
}

void TestHttpServer::fiftyConcurrentClientsAreAllAnswered()
{
    auto server = startServer(HttpLimits(), echoHandler());
    QVERIFY(server);
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < 50; ++i) {
        clients.push_back(std::make_unique<RawHttpClient>(server->serverPort()));
        clients.back()->send(post("/", QByteArray::number(i)));
    }
    for (int i = 0; i < 50; ++i) {
        const auto response = clients[size_t(i)]->next();
        QVERIFY2(response, qPrintable(QString("client %1 got no answer").arg(i)));
        QCOMPARE(response->body, "POST / " + QByteArray::number(i));
    }
    QCOMPARE(server->connectionCount(), 50);
}

void TestHttpServer::serverWorksOnItsOwnThread()
{
    QThread thread;
    auto *server = new HttpServer(HttpLimits());
    server->setHandler([](const HttpRequest &, HttpResponder respond) {
        respond(HttpResponse::text(200, QThread::currentThread()->objectName().toUtf8()));
    });
    thread.setObjectName("server-thread");
    server->moveToThread(&thread);
    thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
            server, [&] {
                if (server->listen(QHostAddress::LocalHost, 0))
                    port = server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    QVERIFY(port != 0);

    RawHttpClient client(port);
    client.send(get("/") + get("/"));
    for (int i = 0; i < 2; ++i) {
        const auto response = client.next();
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray("server-thread"));
    }
    QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

void TestHttpServer::responseHelpersSetStatusTypeAndBody()
{
    const HttpResponse json = HttpResponse::json(201, QJsonObject{ { "ok", true } });
    QCOMPARE(json.status, 201);
    QCOMPARE(json.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(json.body, QByteArray(R"({"ok":true})"));
    const HttpResponse text = HttpResponse::text(404, "nope");
    QCOMPARE(text.contentType, QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(httpReasonPhrase(429), QByteArray("Too Many Requests"));
    QCOMPARE(httpReasonPhrase(431), QByteArray("Request Header Fields Too Large"));
    HttpRequest request;
    request.headers.insert("content-type", " Text/Plain ;charset=utf-8");
    QCOMPARE(request.mediaType(), QByteArray("text/plain"));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
