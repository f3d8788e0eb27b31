// POST /sources/<name> end to end: over a real socket, through IngestService's extra route,
// into a real store. Signed requests are stored and answered after the commit, bad
// signatures are 401 with the reason and store nothing, a redelivery is not a second event,
// /stats counts per source, and a source without a secret takes loopback senders only.
#include "signing.h"

#include "ingest/http/httpserver.h"
#include "ingest/ingestservice.h"
#include "ingest/sourceservice.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray kStripeSecret = "whsec_e2e";
const QByteArray kAlertSecret = "am-token";

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray error; // X-Bellboard-Error
    QByteArray delivery;
};

class SourcesConsole
{
public:
    SourcesConsole()
        : m_server(HttpLimits())
    {
        m_store.setDurability(EventStore::Durability::Normal);
        m_ready = m_store.open(m_dir.filePath(QStringLiteral("events.sqlite3")));
        QList<ConfiguredSource> sources;
        sources << ConfiguredSource{ settings(QStringLiteral("stripe"), SourceKind::Stripe, QStringLiteral("financials")), kStripeSecret };
        sources << ConfiguredSource{ settings(QStringLiteral("alerts"), SourceKind::Alertmanager, QStringLiteral("ops")), kAlertSecret };
        sources << ConfiguredSource{ settings(QStringLiteral("local"), SourceKind::GitHub, QStringLiteral("dev")), {} };
        m_sources = std::make_unique<SourceService>(&m_store, sources);
        IngestSettings ingest;
        SourceService *service = m_sources.get();
        ingest.extraRoutes << HttpRoute{ QLatin1String(SourceService::kPathPrefix),
                                         [service](const HttpRequest &request, HttpResponder respond) { service->handle(request, respond); } };
        ingest.extraStats << StatsSection{ QStringLiteral("sources"), [service] { return QJsonValue(service->statsJson()); } };
        m_ingest = std::make_unique<IngestService>(&m_store, ingest);
        m_ingest->serve(&m_server);
        m_ready = m_ready && m_server.listen(QHostAddress::LocalHost, 0);
    }

    static SourceSettings settings(const QString &name, SourceKind kind, const QString &channel)
    {
        SourceSettings source;
        source.name = name;
        source.kind = kind;
        source.channel = channel;
        return source;
    }

    bool isReady() const { return m_ready; }
    SourceService *sources() { return m_sources.get(); }

    Answer post(const QByteArray &path, const QByteArray &body, const Headers &headers = {})
    {
        return exchange("POST", path, body, headers);
    }
    QJsonObject stats() { return QJsonDocument::fromJson(exchange("GET", "/stats", {}, {}).body).object(); }

    EventList stored()
    {
        m_store.flush();
        EventReader reader(m_dir.filePath(QStringLiteral("events.sqlite3")));
        return reader.search(SearchQuery(), 0, 100).events;
    }

private:
    Answer exchange(const QByteArray &method, const QByteArray &path, const QByteArray &body, const Headers &headers)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QString::fromUtf8(path))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer{ reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                       reply->rawHeader("X-Bellboard-Error"), reply->rawHeader("X-Bellboard-Delivery") };
        delete reply;
        return answer;
    }

    QTemporaryDir m_dir;
    EventStore m_store;
    HttpServer m_server;
    std::unique_ptr<SourceService> m_sources;
    std::unique_ptr<IngestService> m_ingest;
    QNetworkAccessManager m_network;
    bool m_ready = false;
};

QByteArray paymentEvent(const QByteArray &id)
{
    return QByteArray(R"({"id":"@ID@","object":"event","livemode":true,"type":"payment_intent.succeeded","data":{"object":{"id":"pi_1","amount":4900,"amount_received":4900,"currency":"usd","receipt_email":"alice@example.com"}}})")
            .replace("@ID@", id);
}

Headers stripeSigned(const QByteArray &body, qint64 atSeconds = QDateTime::currentSecsSinceEpoch())
{
    const QByteArray t = QByteArray::number(atSeconds);
    return { { "Stripe-Signature", "t=" + t + ",v1=" + opensslHmacHex(kStripeSecret, t + '.' + body) } };
}

qint64 statOf(const QJsonObject &stats, const QString &source, const QString &key)
{
    const QJsonObject counts = stats.value(QStringLiteral("sources")).toObject().value(source).toObject();
    return counts.value(key).toInteger(-1);
}

} // namespace

class TestSourceService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!haveOpenssl())
            QSKIP("openssl is not installed: the independent signatures cannot be made");
    }

    void signedStripePaymentIsStored()
    {
        SourcesConsole console;
        QVERIFY(console.isReady());
        const QByteArray body = paymentEvent("evt_live_1");
        const Answer answer = console.post("/sources/stripe", body, stripeSigned(body));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("ok"));
        const EventList events = console.stored();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().title, QStringLiteral("Payment received $49.00 from alice@example.com"));
        QCOMPARE(events.first().channel, QStringLiteral("financials"));
        QCOMPARE(events.first().amount, (Money{ 4900, QStringLiteral("USD") }));
        QCOMPARE(events.first().users, QStringList{ QStringLiteral("alice@example.com") });
        QCOMPARE(events.first().source, QStringLiteral("sources/stripe"));
        QCOMPARE(statOf(console.stats(), QStringLiteral("stripe"), QStringLiteral("accepted")), 1);
    }

    void badSignaturesAre401AndStoreNothing()
    {
        SourcesConsole console;
        QVERIFY(console.isReady());
        const QByteArray body = paymentEvent("evt_2");
        QByteArray tampered = body;
        tampered.replace("4900", "9900");
        Answer answer = console.post("/sources/stripe", tampered, stripeSigned(body));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.body, QByteArray("invalid_signature"));
        QVERIFY2(answer.error.contains("matches the body"), answer.error.constData());

        answer = console.post("/sources/stripe", body, stripeSigned(body, QDateTime::currentSecsSinceEpoch() - 600));
        QCOMPARE(answer.status, 401);
        QVERIFY2(answer.error.contains("tolerance"), answer.error.constData());

        answer = console.post("/sources/stripe", body);
        QCOMPARE(answer.status, 401);
        QVERIFY2(answer.error.contains("Stripe-Signature"), answer.error.constData());

        answer = console.post("/sources/alerts", "{}", { { "Authorization", "Bearer nope" } });
        QCOMPARE(answer.status, 401);

        QVERIFY(console.stored().isEmpty());
        const QJsonObject stats = console.stats();
        QCOMPARE(stats.value(QStringLiteral("sources")).toObject().value(QStringLiteral("stripe")).toObject().value(QStringLiteral("rejected")).toObject().value(QStringLiteral("invalid_signature")).toInteger(),
                 3);
        QCOMPARE(statOf(stats, QStringLiteral("stripe"), QStringLiteral("accepted")), 0);
    }

    // Stripe retries a delivery it saw no 2xx for: the retry is answered 200 and not stored twice.
    void redeliveryIsNotASecondEvent()
    {
        SourcesConsole console;
        QVERIFY(console.isReady());
        const QByteArray body = paymentEvent("evt_retry");
        QCOMPARE(console.post("/sources/stripe", body, stripeSigned(body)).status, 200);
        const Answer retry = console.post("/sources/stripe", body, stripeSigned(body));
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.delivery, QByteArray("duplicate"));
        QCOMPARE(console.stored().size(), 1);
        const QByteArray other = paymentEvent("evt_other");
        QCOMPARE(console.post("/sources/stripe", other, stripeSigned(other)).status, 200);
        QCOMPARE(console.stored().size(), 2);
        const QJsonObject stats = console.stats();
        QCOMPARE(statOf(stats, QStringLiteral("stripe"), QStringLiteral("accepted")), 2);
        QCOMPARE(statOf(stats, QStringLiteral("stripe"), QStringLiteral("duplicates")), 1);
    }

    void alertmanagerResolvedJoinsItsFiringThread()
    {
        SourcesConsole console;
        QVERIFY(console.isReady());
        const auto notification = [](const QByteArray &status) {
            return QByteArray(R"({"version":"4","groupKey":"{}:{alertname=DiskFull}","status":"@STATUS@","commonLabels":{"alertname":"DiskFull","severity":"critical"},"commonAnnotations":{},"alerts":[{"status":"@STATUS@","labels":{"alertname":"DiskFull","severity":"critical"},"annotations":{"summary":"disk 97% full"},"startsAt":"2026-12-02T08:00:00Z","fingerprint":"abc"}]})")
                    .replace("@STATUS@", status);
        };
        const Headers auth = { { "Authorization", "Basic " + QByteArray("am:" + kAlertSecret).toBase64() } };
        QCOMPARE(console.post("/sources/alerts", notification("firing"), auth).status, 200);
        QCOMPARE(console.post("/sources/alerts", notification("firing"), auth).delivery, QByteArray("duplicate"));
        QCOMPARE(console.post("/sources/alerts", notification("resolved"), auth).status, 200);
        const EventList events = console.stored(); // newest first
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).level, Level::Info);
        QCOMPARE(events.at(1).level, Level::Crit);
        QCOMPARE(events.at(0).threadKey, events.at(1).threadKey);
    }

    void unknownSourceMethodAndPayload()
    {
        SourcesConsole console;
        QVERIFY(console.isReady());
        QCOMPARE(console.post("/sources/nope", "{}").status, 404);
        const Answer invalid = console.post("/sources/alerts", "[1,2]", { { "Authorization", "Bearer " + kAlertSecret } });
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.body, QByteArray("invalid_payload"));
        QVERIFY(!invalid.error.isEmpty());
        QVERIFY(console.stored().isEmpty());
    }

    // Without a secret a source takes requests from this machine only.
    void sourceWithoutSecretIsLoopbackOnly()
    {
        SourcesConsole console;
        QVERIFY(console.isReady());
        const QByteArray ping = R"({"zen":"Keep it logically awesome.","repository":{"full_name":"acme/app"}})";
        QCOMPARE(console.post("/sources/local", ping, { { "X-GitHub-Event", "ping" } }).status, 200);
        QCOMPARE(console.stored().size(), 1);

        HttpRequest remote = sourceRequest("local", ping, { { "X-GitHub-Event", "ping" } });
        remote.peer = QHostAddress(QStringLiteral("192.0.2.7"));
        HttpResponse answer;
        console.sources()->handle(remote, [&](const HttpResponse &response) { answer = response; });
        QCOMPARE(answer.status, 401);
        QCOMPARE(console.stored().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSourceService)
#include "tst_sourceservice.moc"
