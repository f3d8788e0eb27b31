// Native sources in the real bellboard binary: [[sources]] from the config file, the secret
// from BELLBOARD_SECRET_<NAME>, signed requests over real sockets into the real store, and a
// real Prometheus Alertmanager (Debian's prometheus-alertmanager, installed by
// scripts/install-deps.sh) notifying Bellboard of an alert that fires and resolves.
#include "bellboardinstance.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>

namespace {

// Signatures made by OpenSSL, not by the code under test; empty when openssl failed.
QByteArray opensslHmacHex(const QByteArray &key, const QByteArray &message)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), { QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-hmac"),
                                               QString::fromUtf8(key) });
    if (!openssl.waitForStarted())
        return {};
    openssl.write(message);
    openssl.closeWriteChannel();
    openssl.waitForFinished();
    const QByteArray output = openssl.readAllStandardOutput().trimmed();
    return output.mid(output.lastIndexOf(' ') + 1);
}

const QByteArray kConfig = "[[sources]]\nname = \"stripe\"\nkind = \"stripe\"\nchannel = \"financials\"\nsecret = \"stripe_whsec\"\n\n"
                           "[[sources]]\nname = \"alerts\"\nkind = \"alertmanager\"\nchannel = \"ops\"\nsecret = \"am_token\"\n";
const QByteArray kStripeSecret = "whsec_real_binary";
const QByteArray kAlertToken = "am-token-1";

QJsonArray eventsIn(BellboardInstance &bellboard, const QString &channel)
{
    const HttpAnswer answer = httpRequest("GET", bellboard.url(QStringLiteral("/api/events?channel=%1").arg(channel)));
    return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("events")).toArray();
}

// Polls (an outside process decides when it sends) until `channel` holds `count` events.
QJsonArray waitForEvents(BellboardInstance &bellboard, const QString &channel, int count, int timeoutMs = 60'000)
{
    QJsonArray events;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        events = eventsIn(bellboard, channel);
        if (events.size() >= count)
            break;
        QTest::qWait(200);
    }
    return events;
}

} // namespace

class TestNativeSources : public QObject
{
    Q_OBJECT

    BellboardInstance *bellboard = nullptr;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed: the independent signatures cannot be made");
        bellboard = new BellboardInstance(kConfig);
        bellboard->setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_STRIPE_WHSEC"), QString::fromLatin1(kStripeSecret));
        bellboard->setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_AM_TOKEN"), QString::fromLatin1(kAlertToken));
        QVERIFY2(bellboard->start(), bellboard->serverErrors().constData());
    }
    void cleanupTestCase() { delete bellboard; }

    // README "Native sources": every copy-paste sample is signed correctly and stored.
    void readmeSamplesAreAccepted()
    {
        QFile readme(QStringLiteral(BELLBOARD_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype start = text.indexOf(QLatin1String("\n## Native sources\n"));
        QVERIFY(start >= 0);
        const QString section = text.mid(start, text.indexOf(QLatin1String("\n## "), start + 1) - start);
        BellboardInstance instance(
                "[[sources]]\nname = \"stripe\"\nkind = \"stripe\"\nchannel = \"financials\"\nsecret = \"stripe_whsec\"\n"
                "[[sources]]\nname = \"github\"\nkind = \"github\"\nchannel = \"dev\"\nsecret = \"github\"\n"
                "[[sources]]\nname = \"gitlab\"\nkind = \"gitlab\"\nchannel = \"dev\"\nsecret = \"gitlab\"\n"
                "[[sources]]\nname = \"sentry\"\nkind = \"sentry\"\nchannel = \"errors\"\nsecret = \"sentry\"\n"
                "[[sources]]\nname = \"alertmanager\"\nkind = \"alertmanager\"\nchannel = \"ops\"\nsecret = \"alertmanager\"\n"
                "[[sources]]\nname = \"grafana\"\nkind = \"grafana\"\nchannel = \"ops\"\nsecret = \"grafana\"\n"
                "[[sources]]\nname = \"app\"\nkind = \"json\"\nchannel = \"user-behavior\"\nsecret = \"app_token\"\n"
                "text = \"{{ user.email }} upgraded to {{ plan }} ({{ amount | money currency }})\"\n"
                "user = \"{{ user.email }}\"\ndelivery_id = \"{{ id }}\"\n");
        const QList<QPair<const char *, const char *>> secrets = { { "STRIPE_WHSEC", "whsec_test" }, { "GITHUB", "gh_test" }, { "GITLAB", "gl_test" }, { "SENTRY", "sentry_test" }, { "ALERTMANAGER", "am_test" }, { "GRAFANA", "grafana_test" }, { "APP_TOKEN", "app_test" } };
        for (const auto &[name, value] : secrets)
            instance.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_") + QLatin1String(name), QLatin1String(value));
        QVERIFY2(instance.start(), instance.serverErrors().constData());

        int samples = 0;
        qsizetype at = 0;
        while ((at = section.indexOf(QLatin1String("```sh\n"), at)) >= 0) {
            const qsizetype end = section.indexOf(QLatin1String("\n```"), at);
            QString script = section.mid(at + 6, end - at - 6);
            at = end;
            script.replace(QLatin1String("localhost:2355"), QStringLiteral("127.0.0.1:%1").arg(instance.port()));
            QProcess bash;
            bash.start(QStringLiteral("bash"), { QStringLiteral("-c"), QStringLiteral("set -e\n") + script });
            QVERIFY(bash.waitForFinished(30'000));
            QCOMPARE(bash.readAllStandardOutput(), QByteArray("ok"));
            ++samples;
        }
        QCOMPARE(samples, 7);
        for (const QString &channel : { QStringLiteral("financials"), QStringLiteral("dev"), QStringLiteral("errors"),
                                        QStringLiteral("ops"), QStringLiteral("user-behavior") })
            QVERIFY2(!eventsIn(instance, channel).isEmpty(), qPrintable(channel));
        QCOMPARE(eventsIn(instance, QStringLiteral("user-behavior")).first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("carol@example.com upgraded to Pro ($49.00)"));
    }

    void signedStripeEventIsStoredAndForgedOneRefused()
    {
        const QByteArray body = "{\"id\":\"evt_bin_1\",\"object\":\"event\",\"livemode\":false,\"type\":\"invoice.paid\","
                                "\"data\":{\"object\":{\"id\":\"in_1\",\"amount_paid\":500,\"currency\":\"jpy\","
                                "\"customer_email\":\"kenji@example.jp\"}}}";
        const QByteArray t = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray signature = "t=" + t + ",v1=" + opensslHmacHex(kStripeSecret, t + '.' + body);
        const QList<QPair<QByteArray, QByteArray>> headers = { { "Content-Type", "application/json" }, { "Stripe-Signature", signature } };

        HttpAnswer answer = httpRequest("POST", bellboard->url(QStringLiteral("/sources/stripe")), body, headers);
        QCOMPARE(answer.status, 200);
        answer = httpRequest("POST", bellboard->url(QStringLiteral("/sources/stripe")), body, headers);
        QCOMPARE(answer.status, 200); // Stripe's retry: answered, not stored again
        QByteArray forged = body;
        forged.replace("500", "900");
        answer = httpRequest("POST", bellboard->url(QStringLiteral("/sources/stripe")), forged, headers);
        QCOMPARE(answer.status, 401);
        QVERIFY(!answer.header("x-bellboard-error").isEmpty());

        const QJsonArray events = eventsIn(*bellboard, QStringLiteral("financials"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Payment received ¥500 from kenji@example.jp"));

        const QJsonObject stats = QJsonDocument::fromJson(httpRequest("GET", bellboard->url(QStringLiteral("/stats"))).body).object();
        const QJsonObject stripe = stats.value(QStringLiteral("sources")).toObject().value(QStringLiteral("stripe")).toObject();
        QCOMPARE(stripe.value(QStringLiteral("accepted")).toInteger(), 1);
        QCOMPARE(stripe.value(QStringLiteral("duplicates")).toInteger(), 1);
        QCOMPARE(stripe.value(QStringLiteral("rejected")).toObject().value(QStringLiteral("invalid_signature")).toInteger(), 1);
    }

    // A real Alertmanager with a webhook receiver pointed at Bellboard: an alert posted to its
    // API fires, then resolves; both notifications arrive, the resolution in the firing's thread.
    void realAlertmanagerFiresAndResolves()
    {
        const QString alertmanager = QStandardPaths::findExecutable(QStringLiteral("prometheus-alertmanager"));
        if (alertmanager.isEmpty())
            QSKIP("prometheus-alertmanager is not installed (scripts/install-deps.sh installs it)");
        QTemporaryDir dir;
        const quint16 port = BellboardInstance::freePort();
        QFile config(dir.filePath(QStringLiteral("alertmanager.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("route:\n  receiver: bellboard\n  group_by: [alertname]\n  group_wait: 1s\n  group_interval: 1s\n"
                     "  repeat_interval: 1h\n"
                     "receivers:\n  - name: bellboard\n    webhook_configs:\n      - url: '"
                     + bellboard->url(QStringLiteral("/sources/alerts")).toUtf8()
                     + "'\n        send_resolved: true\n        http_config:\n          authorization:\n"
                       "            type: Bearer\n            credentials: '"
                     + kAlertToken + "'\n");
        config.close();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(alertmanager, { QStringLiteral("--config.file=") + config.fileName(),
                                      QStringLiteral("--storage.path=") + dir.filePath(QStringLiteral("data")),
                                      QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                                      QStringLiteral("--cluster.listen-address=") });
        QVERIFY(process.waitForStarted());
        const QString api = QStringLiteral("http://127.0.0.1:%1/api/v2/alerts").arg(port);
        const auto postAlert = [&](const QString &endsAt) {
            QJsonObject alert{ { QStringLiteral("labels"), QJsonObject{ { QStringLiteral("alertname"), QStringLiteral("DiskFull") },
                                                                        { QStringLiteral("severity"), QStringLiteral("critical") },
                                                                        { QStringLiteral("instance"), QStringLiteral("db-1") } } },
                               { QStringLiteral("annotations"), QJsonObject{ { QStringLiteral("summary"), QStringLiteral("disk 97% full on db-1") } } },
                               { QStringLiteral("startsAt"), QStringLiteral("2026-01-01T00:00:00Z") } };
            if (!endsAt.isEmpty())
                alert.insert(QStringLiteral("endsAt"), endsAt);
            return httpRequest("POST", api, QJsonDocument(QJsonArray{ alert }).toJson(QJsonDocument::Compact),
                               { { "Content-Type", "application/json" } })
                    .status;
        };
        // Alertmanager takes a moment to listen.
        QDeadlineTimer ready(30'000);
        int status = 0;
        while (!ready.hasExpired() && (status = postAlert({})) != 200)
            QTest::qWait(200);
        QVERIFY2(status == 200, process.readAll().constData());

        QJsonArray events = waitForEvents(*bellboard, QStringLiteral("ops"), 1);
        QVERIFY2(events.size() == 1, process.readAll().constData());
        const QJsonObject fired = events.first().toObject();
        QCOMPARE(fired.value(QStringLiteral("level")).toString(), QStringLiteral("crit"));
        QVERIFY2(fired.value(QStringLiteral("text")).toString().contains(QLatin1String("disk 97% full on db-1")),
                 qPrintable(fired.value(QStringLiteral("text")).toString()));

        QCOMPARE(postAlert(QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODate)), 200);
        events = waitForEvents(*bellboard, QStringLiteral("ops"), 2);
        QVERIFY2(events.size() == 2, process.readAll().constData());
        const QJsonObject resolved = events.first().toObject();
        QCOMPARE(resolved.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
        QVERIFY(resolved.value(QStringLiteral("title")).toString().startsWith(QLatin1String("[RESOLVED:1] DiskFull")));
        QCOMPARE(resolved.value(QStringLiteral("thread_ts")).toString(), fired.value(QStringLiteral("thread_ts")).toString());
        process.terminate();
        process.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestNativeSources)
#include "tst_nativesources.moc"
