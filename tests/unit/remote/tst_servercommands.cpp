// Slash commands run on the team server (issue 15), against the real `bellboard --headless`
// over TLS: POST /api/commands runs a webhook command as the person, signed with a secret only
// the server's environment holds, at a test receiver; its ephemeral answer reaches only the
// stream the command named (not another stream of the same person), its in_channel answer is
// stored for everyone; a process command runs on the server, a confirm = true one waits for
// its confirmation; a viewer is refused and nothing runs; GET /api/commands lists them.
#include "chatops/signedpost.h"
#include "ingest/http/httpserver.h"
#include "remote/remotestream.h"
#include "teamserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace bb;

namespace {

const QByteArray kSigningSecret = "only-the-server-knows";

// A stream of `person` on the server, keeping what it was told.
struct Listener
{
    Listener(const TeamServer &team, const QString &person)
        : stream(team.as(person), quickRetries())
    {
        QObject::connect(&stream, &RemoteStream::streamOpened, &stream, [this](const QString &id) { streamId = id; });
        QObject::connect(&stream, &RemoteStream::noticeReceived, &stream,
                         [this](const QJsonObject &message) { notices << message; });
        stream.start();
    }
    RemoteStream stream;
    QString streamId;
    QList<QJsonObject> notices;
};

QByteArray commandBody(const QString &channel, const QString &text, const QString &stream, bool confirmed = false)
{
    return QJsonDocument(QJsonObject{ { QStringLiteral("channel"), channel },
                                      { QStringLiteral("text"), text },
                                      { QStringLiteral("stream"), stream },
                                      { QStringLiteral("confirmed"), confirmed } })
            .toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> m_receiver; // the commands' backend
    QList<HttpRequest> m_received;
    std::unique_ptr<TeamServer> m_team;

    // POST /api/commands as `person`: status and the answer's JSON.
    QPair<int, QJsonObject> run(const QString &person, const QString &channel, const QString &text,
                                const QString &stream, bool confirmed = false)
    {
        const auto [status, body] = m_team->request("POST", QStringLiteral("/api/commands"),
                                                    commandBody(channel, text, stream, confirmed), person);
        return { status, QJsonDocument::fromJson(body).object() };
    }

    // The texts stored in `channel`, oldest first, with their senders ("alice: /announce x").
    QStringList stored(const QString &channel)
    {
        const auto [status, body] = m_team->get(QStringLiteral("/api/events?channel=%1").arg(channel), QStringLiteral("alice"));
        QStringList lines;
        for (const QJsonValue &event : QJsonDocument::fromJson(body).object().value(QStringLiteral("events")).toArray()) {
            const QJsonObject object = event.toObject();
            lines.prepend(object.value(QStringLiteral("username")).toString() + QStringLiteral(": ")
                          + object.value(QStringLiteral("text")).toString());
        }
        return lines;
    }

private slots:
    void initTestCase()
    {
        m_receiver = std::make_unique<HttpServer>(HttpLimits());
        m_receiver->setHandler([this](const HttpRequest &request, HttpResponder respond) {
            m_received << request;
            const QUrlQuery form(QString::fromUtf8(request.body));
            const QString who = form.queryItemValue(QStringLiteral("user_name"));
            if (request.path == QLatin1String("/later")) {
                // Nothing now; the answer comes later through the response_url, as a slow backend's.
                respond(HttpResponse::text(200, QByteArray()));
                const QUrl responseUrl(form.queryItemValue(QStringLiteral("response_url"), QUrl::FullyDecoded));
                QTimer::singleShot(0, [responseUrl, who] {
                    const QByteArray answer = QJsonDocument(QJsonObject{ { QStringLiteral("response_type"), QStringLiteral("ephemeral") },
                                                                         { QStringLiteral("text"), QStringLiteral("done later for ") + who } })
                                                      .toJson(QJsonDocument::Compact);
                    httpsRequest("POST", responseUrl, answer);
                });
                return;
            }
            const QString text = form.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded).replace(QLatin1Char('+'), QLatin1Char(' '));
            const QString type = request.path == QLatin1String("/announce") ? QStringLiteral("in_channel") : QStringLiteral("ephemeral");
            respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("response_type"), type },
                                                         { QStringLiteral("text"), QStringLiteral("%1 for %2: %3").arg(request.path.mid(1), who, text) } }));
        });
        QVERIFY(m_receiver->listen(QHostAddress::LocalHost, 0));
        const QByteArray backend = "http://127.0.0.1:" + QByteArray::number(m_receiver->serverPort());
        QByteArray commands;
        commands += "\n[[commands]]\nname = \"deploy\"\nusage = \"deploy <app>\"\ndescription = \"Deploys an app\"\n";
        commands += "url = \"" + backend + "/deploy\"\nsigning_secret = \"deploysecret\"\n";
        commands += "\n[[commands]]\nname = \"announce\"\nusage = \"announce <text...>\"\n";
        commands += "url = \"" + backend + "/announce\"\nsigning_secret = \"deploysecret\"\n";
        commands += "\n[[commands]]\nname = \"later\"\nurl = \"" + backend + "/later\"\nsigning_secret = \"deploysecret\"\n";
        commands += "\n[[commands]]\nname = \"restart\"\nusage = \"restart <service>\"\nconfirm = true\n";
        commands += "run = [\"echo\", \"restarting\", \"{service}\", \"for\", \"{user}\"]\n";
        m_team = std::make_unique<TeamServer>(QByteArray(), commands);
        QVERIFY2(m_team->error.isEmpty(), qPrintable(m_team->error));
        m_team->setSecret(QStringLiteral("deploysecret"), QString::fromLatin1(kSigningSecret));
        QVERIFY2(m_team->start(), m_team->instance().serverErrors().constData());
    }

    void cleanupTestCase()
    {
        m_team->instance().stop();
    }

    void listsTheServersCommandsToAnyPerson()
    {
        const auto [status, body] = m_team->get(QStringLiteral("/api/commands"), QStringLiteral("vera"));
        QCOMPARE(status, 200);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &command : QJsonDocument::fromJson(body).object().value(QStringLiteral("commands")).toArray())
            byName.insert(command.toObject().value(QStringLiteral("name")).toString(), command.toObject());
        QVERIFY2(byName.contains(QStringLiteral("deploy")), body.constData());
        QCOMPARE(byName.value(QStringLiteral("deploy")).value(QStringLiteral("description")).toString(), QStringLiteral("Deploys an app"));
        QCOMPARE(byName.value(QStringLiteral("deploy")).value(QStringLiteral("hint")).toString(), QStringLiteral("/deploy <app>"));
        QVERIFY(byName.value(QStringLiteral("restart")).value(QStringLiteral("confirm")).toBool());
        QVERIFY(!byName.value(QStringLiteral("deploy")).value(QStringLiteral("confirm")).toBool());
        QCOMPARE(m_team->get(QStringLiteral("/api/commands")).first, 401);
    }

    void webhookRunsAsThePersonSignedWithTheServersSecret()
    {
        Listener alice(*m_team, QStringLiteral("alice"));
        QTRY_VERIFY_WITH_TIMEOUT(!alice.streamId.isEmpty(), 20000);
        const int before = int(m_received.size());
        const auto [status, answer] = run(QStringLiteral("alice"), QStringLiteral("deploys"), QStringLiteral("/deploy api"), alice.streamId);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("started"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_received.size()), before + 1, 20000);
        const HttpRequest request = m_received.last();
        const QUrlQuery form(QString::fromUtf8(request.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("user_name")), QStringLiteral("alice"));
        QCOMPARE(form.queryItemValue(QStringLiteral("command"), QUrl::FullyDecoded), QStringLiteral("/deploy"));
        QCOMPARE(form.queryItemValue(QStringLiteral("channel_name")), QStringLiteral("deploys"));
        const qint64 timestamp = request.header("x-slack-request-timestamp").toLongLong();
        QCOMPARE(request.header("x-slack-signature"), slackSignature(kSigningSecret, timestamp, request.body));
    }

    void ephemeralAnswerReachesOnlyTheInvokingStream()
    {
        Listener desk(*m_team, QStringLiteral("alice"));
        Listener laptop(*m_team, QStringLiteral("alice")); // the same person at another console
        QTRY_VERIFY_WITH_TIMEOUT(!desk.streamId.isEmpty() && !laptop.streamId.isEmpty(), 20000);
        QVERIFY(desk.streamId != laptop.streamId);
        const QStringList storedBefore = stored(QStringLiteral("deploys"));

        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("deploys"), QStringLiteral("/deploy web"), desk.streamId).first, 200);
        QTRY_COMPARE_WITH_TIMEOUT(desk.notices.size(), 1, 20000);
        const QJsonObject notice = desk.notices.first();
        QCOMPARE(notice.value(QStringLiteral("type")).toString(), QStringLiteral("notice"));
        QCOMPARE(notice.value(QStringLiteral("channel")).toString(), QStringLiteral("deploys"));
        QCOMPARE(notice.value(QStringLiteral("sender")).toString(), QStringLiteral("deploy"));
        QCOMPARE(notice.value(QStringLiteral("text")).toString(), QStringLiteral("deploy for alice: web"));
        QVERIFY(notice.value(QStringLiteral("notice")).toInteger() > 0);

        // A usage error is the typist's too, and goes the same way.
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("deploys"), QStringLiteral("/deploy"), desk.streamId)
                         .second.value(QStringLiteral("outcome"))
                         .toString(),
                 QStringLiteral("rejected"));
        QTRY_COMPARE_WITH_TIMEOUT(desk.notices.size(), 2, 20000);
        QVERIFY(desk.notices.at(1).value(QStringLiteral("error")).toBool());

        // The laptop would have had both by now: its messages come over the same server, in order.
        QVERIFY(laptop.notices.isEmpty());
        QCOMPARE(stored(QStringLiteral("deploys")), storedBefore); // nothing ephemeral is stored
    }

    void aLaterAnswerThroughTheResponseUrlReachesTheSameStream()
    {
        Listener desk(*m_team, QStringLiteral("bob"));
        Listener laptop(*m_team, QStringLiteral("bob"));
        QTRY_VERIFY_WITH_TIMEOUT(!desk.streamId.isEmpty() && !laptop.streamId.isEmpty(), 20000);
        QCOMPARE(run(QStringLiteral("bob"), QStringLiteral("deploys"), QStringLiteral("/later"), desk.streamId).first, 200);
        QTRY_COMPARE_WITH_TIMEOUT(desk.notices.size(), 1, 20000);
        QCOMPARE(desk.notices.first().value(QStringLiteral("text")).toString(), QStringLiteral("done later for bob"));
        QVERIFY(laptop.notices.isEmpty());
    }

    void aStreamThatIsGoneLosesOnlyItsNotice()
    {
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("deploys"), QStringLiteral("/deploy api"), QStringLiteral("no-such-stream"))
                         .first,
                 200);
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("deploys"), QStringLiteral("/deploy api"), QString()).first, 200);
        QCOMPARE(m_team->get(QStringLiteral("/healthz")).first, 200);
    }

    void inChannelAnswerIsStoredForEveryone()
    {
        const auto [status, answer] = run(QStringLiteral("bob"), QStringLiteral("releases"), QStringLiteral("/announce v2 is out"), QString());
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("started"));
        QTRY_COMPARE_WITH_TIMEOUT(stored(QStringLiteral("releases")),
                                  (QStringList{ QStringLiteral("bob: /announce v2 is out"),
                                                QStringLiteral("announce: announce for bob: v2 is out") }),
                                  20000);
    }

    void viewerIsRefusedAndNothingRuns()
    {
        const int before = int(m_received.size());
        QCOMPARE(run(QStringLiteral("vera"), QStringLiteral("deploys"), QStringLiteral("/announce hello"), QString()).first, 403);
        QCOMPARE(m_team->request("POST", QStringLiteral("/api/commands"), commandBody(QStringLiteral("deploys"), QStringLiteral("/announce hello"), QString())).first,
                 401);
        // A later command of an operator arrives first: the refused ones never went out.
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("deploys"), QStringLiteral("/deploy api"), QString()).first, 200);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_received.size()), before + 1, 20000);
        QCOMPARE(m_received.last().path, QStringLiteral("/deploy"));
        QVERIFY(stored(QStringLiteral("deploys")).filter(QStringLiteral("hello")).isEmpty());
    }

    void processCommandRunsOnTheServerOnceConfirmed()
    {
        const auto [asked, question] = run(QStringLiteral("alice"), QStringLiteral("ops"), QStringLiteral("/restart web"), QString());
        QCOMPARE(asked, 200);
        QCOMPARE(question.value(QStringLiteral("outcome")).toString(), QStringLiteral("needs_confirmation"));
        QVERIFY(question.value(QStringLiteral("confirmation")).toString().contains(QStringLiteral("/restart web")));
        QVERIFY(stored(QStringLiteral("ops")).isEmpty());

        const auto [status, answer] = run(QStringLiteral("alice"), QStringLiteral("ops"), QStringLiteral("/restart web"), QString(), true);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("started"));
        QTRY_VERIFY_WITH_TIMEOUT(stored(QStringLiteral("ops")).join('\n').contains(QStringLiteral("restarting web for alice")), 20000);
        QCOMPARE(stored(QStringLiteral("ops")).first(), QStringLiteral("alice: `/restart web`"));
    }

    // /mute and /sound act on the desk they are typed at; on the server they would silence or
    // retune the server process itself.
    void aConsolesOwnCommandsAreNeitherListedNorRunByTheServer()
    {
        const auto [listed, list] = m_team->get(QStringLiteral("/api/commands"), QStringLiteral("alice"));
        QCOMPARE(listed, 200);
        QStringList names;
        for (const QJsonValue &command : QJsonDocument::fromJson(list).object().value(QStringLiteral("commands")).toArray())
            names << command.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("ack")) && names.contains(QStringLiteral("deploy")), qPrintable(names.join(' ')));
        for (const QString &deskOnly : { QStringLiteral("mute"), QStringLiteral("unmute"), QStringLiteral("sound") }) {
            QVERIFY2(!names.contains(deskOnly), qPrintable(deskOnly));
            const auto [status, answer] = run(QStringLiteral("alice"), QStringLiteral("ops"), QLatin1Char('/') + deskOnly + QStringLiteral(" ops"), QString());
            QCOMPARE(status, 400);
            QCOMPARE(answer.value(QStringLiteral("error")).toString(), QStringLiteral("desk_only"));
        }
        QVERIFY(stored(QStringLiteral("ops")).filter(QStringLiteral("mute")).isEmpty());
    }

    void badRequestsAreRefusedWithASentence()
    {
        QCOMPARE(run(QStringLiteral("alice"), QStringLiteral("deploys"), QStringLiteral("just a message"), QString()).first, 400);
        QCOMPARE(run(QStringLiteral("alice"), QString(), QStringLiteral("/deploy api"), QString()).first, 400);
        const auto [status, body] = m_team->request("POST", QStringLiteral("/api/commands"), "not json", QStringLiteral("alice"));
        QCOMPARE(status, 400);
        QVERIFY(body.contains("invalid_arguments"));
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
