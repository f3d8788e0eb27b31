#include "app/chatopssetup.h"
#include "app/config/config.h"
#include "app/servicehost.h"
#include "chatops/responseurlservice.h"
#include "chatops/blockactions.h"
#include "chatops/chatops.h"
#include "chatops/signedpost.h"
#include "chatopsfixture.h"
#include "store/eventstore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

// Kept out of this file: moc cannot read TOML in raw strings.
extern const char *const kBothKinds;
extern const char *const kBroken;
extern const char *const kRegistered;
extern const char *const kVerified;

using namespace bb;

// [[commands]], [[interactivity]] and [chatops] in bellboard.toml: parsed with line-precise
// errors, and turned into working commands.
class TestChatOpsConfig : public QObject
{
    Q_OBJECT

private slots:
    void parsesBothKindsOfCommands()
    {
        const ConfigLoadResult loaded = parseConfig(kBothKinds, "test.toml");
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        const Config &config = loaded.config;
        QCOMPARE(config.deskUserName, QStringLiteral("support-desk"));
        QCOMPARE(config.alerts.repeatCritMs, 120000);
        QCOMPARE(config.commands.size(), 2);
        const CommandConfig &deploy = config.commands.at(0);
        QCOMPARE(deploy.line, 5);
        QCOMPARE(deploy.usage, QStringList{ "deploy <app> [to <stage>]" });
        QCOMPARE(deploy.url, QStringLiteral("http://127.0.0.1:3000/slack/commands"));
        QCOMPARE(deploy.signingSecret, QStringLiteral("deploy"));
        QCOMPARE(deploy.verificationToken, QStringLiteral("deploy-token"));
        QCOMPARE(deploy.values.value("stage"), (QStringList{ "staging", "production" }));
        const CommandConfig &restart = config.commands.at(1);
        QCOMPARE(restart.usage.size(), 2);
        QCOMPARE(restart.run, (QStringList{ "systemctl", "--user", "restart", "{service}" }));
        QCOMPARE(restart.workingDir, QStringLiteral("/tmp"));
        QCOMPARE(restart.timeoutMs, 90000);
        QCOMPARE(restart.maxOutputBytes, 16384);
        QVERIFY(restart.confirm);
        QCOMPARE(config.interactivity.size(), 1);
        QCOMPARE(config.interactivity.first().source, QStringLiteral("webhook"));
        QCOMPARE(config.interactivity.first().signingSecret, QStringLiteral("ci"));
        QCOMPARE(config.interactivity.first().verificationToken, QStringLiteral("ci-token"));
    }

    void errorsNameTheirLine()
    {
        const ConfigLoadResult loaded = parseConfig(kBroken, "test.toml");
        QVERIFY(loaded.config.commands.isEmpty());
        QVERIFY(loaded.config.interactivity.isEmpty());
        const QStringList expected = {
            "config line 26: 'repeat_crit' must be a duration such as \"5m\" (\"0s\": never)",
            "config line 1: /both has both url and run: give either url (a Slack-style backend) or run (a program)",
            "config line 8: usage bad [<x>: unbalanced '['",
            "config line 13: 'url' must be an http:// or https:// URL, not 'ftp://x/'",
            "config line 15: /neither needs either url (a Slack-style backend) or run (a program)",
            "config line 31: 'verification_token' must be a string",
        };
        for (const QString &error : expected)
            QVERIFY2(loaded.errors.contains(error), qPrintable(loaded.errors.join('\n')));
        QVERIFY(loaded.errors.filter("config line 20: unknown key 'rn' in [[commands]]").size() == 1);
        QVERIFY(loaded.errors.contains("config line 22: an [[interactivity]] entry needs a source and a url"));
    }

    void configuredCommandsAreRegistered()
    {
        const ConfigLoadResult loaded = parseConfig(kRegistered, "test.toml");
        QVERIFY(loaded.ok());
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.filePath("events.sqlite3")));
        ChatOps chatops(&store);
        qputenv("BELLBOARD_SECRET_BELLBOARD_TEST_SECRET", "s3cret");
        const QStringList problems = configureChatOps(&chatops, loaded.config);
        QVERIFY(chatops.registry().find("restart"));
        QVERIFY(chatops.registry().find("signed"));
        QVERIFY(!chatops.registry().find("deploy"));  // its secret cannot be read: left out, said so
        QVERIFY(!chatops.registry().find("tokened")); // the same for its verification token
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0), QStringLiteral("config line 7: /help is already a command"));
        QVERIFY2(problems.at(1).startsWith("config line 11: /deploy signing secret 'bellboard-test-missing-secret': "),
                 qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).startsWith("config line 25: /tokened verification token 'bellboard-test-missing-token': "),
                 qPrintable(problems.at(2)));
        QVERIFY(chatops.blockActions()->endpointFor("webhook:ci"));
    }

    // From the config to the wire: the verification token is read by its name (here from
    // BELLBOARD_SECRET_*, as on a headless server) and sent in the form's `token`.
    void theVerificationTokenIsSentByItsName()
    {
        ConfigLoadResult loaded = parseConfig(kVerified, "test.toml");
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        test::FakeBackend backend;
        backend.answer = [](const HttpRequest &, HttpResponder respond) { respond(HttpResponse::text(200, "")); };
        loaded.config.commands[0].url = backend.url().toString();
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.filePath("events.sqlite3")));
        ChatOps chatops(&store);
        qputenv("BELLBOARD_SECRET_BELLBOARD_TEST_SECRET", "s3cret");
        qputenv("BELLBOARD_SECRET_BELLBOARD_TEST_TOKEN", "xyzz0WbapA4vBCDEFasx0q6G");
        QCOMPARE(configureChatOps(&chatops, loaded.config), QStringList());
        QCOMPARE(chatops.submit("ops", "/deploy"), ChatOps::Outcome::Started);
        QTRY_COMPARE(backend.requests.size(), 1);
        const QByteArray body = backend.requests.first().body;
        QVERIFY2(body.startsWith("token=xyzz0WbapA4vBCDEFasx0q6G&team_id="), body.constData());
        QCOMPARE(backend.requests.first().header("x-slack-signature"),
                 slackSignature("s3cret", backend.requests.first().header("x-slack-request-timestamp").toLongLong(), body));
    }

    // The app's listener serves response_url next to the ingest API, even when ingest
    // tokens are required (a response_url's token is its own authentication).
    void responseUrlIsServedByTheHostListener()
    {
        QTemporaryDir dir;
        Config config;
        config.listenPort = 0;
        config.alerts.soundEnabled = false;
        qputenv("BELLBOARD_SECRET_BELLBOARD_TEST_INGEST", "ingest-token");
        config.ingestTokenNames = { "bellboard-test-ingest" };
        ServiceHost host;
        QString error;
        QVERIFY2(host.start(config, dir.filePath("events.sqlite3"), &error), qPrintable(error));
        const QString url = host.responseUrls()->issue(ReplyTarget{ "ops", "deploy", "run:1", 0 });
        QVERIFY2(url.startsWith(host.url() + "chatops/response/"), qPrintable(url));
        QSignalSpy answered(host.responseUrls(), &ResponseUrlService::answerReceived);
        QNetworkAccessManager network;
        QNetworkRequest request{ QUrl(url) };
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = network.post(request, R"({"text":"later"})");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QTRY_COMPARE(answered.size(), 1);
        QCOMPARE(answered.first().at(1).value<CommandAnswer>().text, QStringLiteral("later"));
        delete reply;

        // The ingest API itself still wants its token.
        QNetworkReply *ingest = network.post(QNetworkRequest(QUrl(host.url() + "c/ops")), "hello");
        QSignalSpy ingested(ingest, &QNetworkReply::finished);
        QVERIFY(ingested.wait(10000));
        QCOMPARE(ingest->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        delete ingest;
    }
};

QTEST_GUILESS_MAIN(TestChatOpsConfig)
#include "tst_chatopsconfig.moc"
