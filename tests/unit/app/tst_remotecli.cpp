// `bellboard remote login|logout|status` and `search`/`send --server`, as a person runs them:
// the real binary as the server (with TLS and users where the team server has them) and the
// real binary as the console, with its own config file, its token in a real keychain
// (gnome-keyring under with-keychain.sh).
#include "bellboardinstance.h"
#include "remote/testcertificate.h"
#include "remote/tlsserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kAliceToken = "alice-token-4f9a";
const QByteArray kUsers = "[[users]]\nname = \"alice\"\ntoken = \"alice\"\nrole = \"operator\"\n";

// The console: a config file of its own, the binary run as a person runs it.
class Console
{
public:
    Console() { m_environment.remove(QStringLiteral("BELLBOARD_SECRET_REMOTE_TOKEN")); }
    QString configFile() const { return m_dir.path() + QStringLiteral("/console.toml"); }
    QByteArray config() const
    {
        QFile file(configFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void setEnvironmentVariable(const QString &name, const QString &value) { m_environment.insert(name, value); }
    // A person at a terminal (script(1) gives the console one): each answer is typed only once
    // its prompt is on the screen. Typed ahead, it would race the console's own terminal
    // set-up (a hidden read flushes pending input), which a loaded machine loses.
    BellboardInstance::Result converse(const QStringList &arguments, const QList<QPair<QByteArray, QByteArray>> &answers) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral("script"), arguments);
        process.waitForStarted();
        QByteArray out;
        for (const auto &[prompt, answer] : answers) {
            QDeadlineTimer deadline(60'000);
            while (!out.contains(prompt) && !deadline.hasExpired() && process.state() == QProcess::Running) {
                process.waitForReadyRead(200);
                out += process.readAllStandardOutput();
            }
            process.write(answer);
        }
        process.closeWriteChannel();
        process.waitForFinished(60'000);
        out += process.readAllStandardOutput();
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, out,
                 process.readAllStandardError() };
    }
    BellboardInstance::Result run(QStringList arguments, const QByteArray &input = {}, const QString &program = {}) const
    {
        if (program.isEmpty())
            arguments << QStringLiteral("--config") << configFile();
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(program.isEmpty() ? QStringLiteral(BELLBOARD_BINARY) : program, arguments);
        process.waitForStarted();
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60'000);
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                 process.readAllStandardError() };
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

// The server with alice's token in its environment, over TLS.
bool startTls(BellboardInstance &bellboard)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BELLBOARD_SECRET_ALICE"), QString::fromLatin1(kAliceToken));
    return startOverTls(bellboard, environment);
}

QByteArray tlsConfig(const TestCertificate &certificate)
{
    return "tls_certificate = \"" + certificate.certificateFile.toUtf8() + "\"\ntls_key = \"" + certificate.keyFile.toUtf8()
         + "\"\n" + kUsers;
}

// A console with a window (offscreen), alice's token for this run, and its settings in `home`.
QProcessEnvironment windowEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BELLBOARD_SECRET_REMOTE_TOKEN"), QString::fromLatin1(kAliceToken));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    return environment;
}

QStringList connectArguments(const QTemporaryDir &home, const QString &url)
{
    return { QStringLiteral("--config"), home.filePath(QStringLiteral("console.toml")), QStringLiteral("--data-dir"),
             home.filePath(QStringLiteral("data")), QStringLiteral("--connect"), url };
}

} // namespace

class TestRemoteCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/unit/app/with-keychain.sh: it starts the keychain daemon");
        QVERIFY(m_certificates.isValid());
        m_first = TestCertificate::make(m_certificates.path(), QStringLiteral("first"));
        QVERIFY2(m_first.error.isEmpty(), qPrintable(m_first.error));
        m_second = TestCertificate::make(m_certificates.path(), QStringLiteral("second"));
        QVERIFY2(m_second.error.isEmpty(), qPrintable(m_second.error));
    }

    void loginWithAGoodTokenKeepsItAndWritesRemote()
    {
        BellboardInstance server(kUsers);
        server.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_ALICE"), QString::fromLatin1(kAliceToken));
        QVERIFY(server.start());
        Console console;
        const QString url = server.url(QString());
        const auto login = console.run({ QStringLiteral("remote"), QStringLiteral("login"), url }, kAliceToken + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY2(login.out.contains("Logged in to " + url.toUtf8() + " as alice (operator)"), login.out.constData());
        QVERIFY2(console.config().contains("[remote]\nserver = \"" + url.toUtf8() + "\""), console.config().constData());
        QVERIFY(!console.config().contains(kAliceToken)); // the token is in the keychain only

        const auto status = console.run({ QStringLiteral("remote"), QStringLiteral("status") });
        QVERIFY2(status.exitCode == 0, status.out.constData());
        QVERIFY2(status.out.contains("User: alice") && status.out.contains("Role: operator"), status.out.constData());

        // send and search go to the server by default now, as alice.
        const auto sent = console.run({ QStringLiteral("send"), QStringLiteral("-c"), QStringLiteral("ops"), QStringLiteral("posted by a person") });
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        const auto found = console.run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("posted by a person") });
        QVERIFY2(found.exitCode == 0, found.err.constData());
        QVERIFY2(found.out.contains("\"username\": \"alice\""), found.out.constData());

        const auto logout = console.run({ QStringLiteral("remote"), QStringLiteral("logout") });
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        QVERIFY2(!console.config().contains("\n[remote]"), console.config().constData());
        QCOMPARE(console.run({ QStringLiteral("remote"), QStringLiteral("status") }).exitCode, 1);
        const auto afterwards = console.run({ QStringLiteral("search"), QStringLiteral("--server"), url, QStringLiteral("x") });
        QVERIFY2(afterwards.err.contains("not logged in"), afterwards.err.constData());
        server.stop();
    }

    void aBadTokenIsRefusedAndNothingIsWritten()
    {
        BellboardInstance server(kUsers);
        server.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_ALICE"), QString::fromLatin1(kAliceToken));
        QVERIFY(server.start());
        Console console;
        const auto login = console.run({ QStringLiteral("remote"), QStringLiteral("login"), server.url(QString()) }, "not-alices-token\n");
        QCOMPARE(login.exitCode, 1);
        QVERIFY2(login.err.contains("refused the token") && login.err.contains("nothing stored"), login.err.constData());
        QVERIFY(!console.config().contains("\n[remote]"));
        const auto status = console.run({ QStringLiteral("remote"), QStringLiteral("status") });
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(status.out.contains("Not attached"), status.out.constData());
        server.stop();
    }

    void aSelfSignedCertificateIsShownPinnedAndAChangeRefused()
    {
        // The server's files, first the first certificate, later the second one.
        const QString certificateFile = m_certificates.filePath(QStringLiteral("server.crt"));
        const QString keyFile = m_certificates.filePath(QStringLiteral("server.key"));
        QVERIFY(QFile::copy(m_first.certificateFile, certificateFile) && QFile::copy(m_first.keyFile, keyFile));
        TestCertificate serving = m_first;
        serving.certificateFile = certificateFile;
        serving.keyFile = keyFile;
        BellboardInstance server(tlsConfig(serving));
        QVERIFY2(startTls(server), server.process().readAllStandardError().constData());
        Console console;
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(server.port());

        // Not a terminal, no --certificate-sha256: shown by openssl's fingerprint, not trusted.
        const auto shown = console.run({ QStringLiteral("remote"), QStringLiteral("login"), url }, kAliceToken + "\n");
        QCOMPARE(shown.exitCode, 1);
        QVERIFY2(shown.err.contains(m_first.opensslSha256.toLatin1()), shown.err.constData());
        QVERIFY(!console.config().contains("\n[remote]"));

        // A wrong fingerprint given: refused, naming both.
        const auto wrong = console.run({ QStringLiteral("remote"), QStringLiteral("login"), url, QStringLiteral("--certificate-sha256"),
                                         m_second.opensslSha256 },
                                       kAliceToken + "\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(m_first.opensslSha256.toLatin1()) && wrong.err.contains(m_second.opensslSha256.toLatin1()),
                 wrong.err.constData());

        // The right one (as people paste it: lower case, no colons) is pinned.
        const auto login = console.run({ QStringLiteral("remote"), QStringLiteral("login"), url, QStringLiteral("--certificate-sha256"),
                                         m_first.opensslSha256.toLower().remove(QLatin1Char(':')) },
                                       kAliceToken + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY2(console.config().contains("certificate_sha256 = \"" + m_first.opensslSha256.toLatin1() + "\""), console.config().constData());
        const auto pinned = console.run({ QStringLiteral("search"), QStringLiteral("anything") });
        QVERIFY2(pinned.exitCode == 0, pinned.err.constData());

        // The server comes back with another certificate: refused, both fingerprints said.
        server.stop();
        QFile::remove(certificateFile);
        QFile::remove(keyFile);
        QVERIFY(QFile::copy(m_second.certificateFile, certificateFile) && QFile::copy(m_second.keyFile, keyFile));
        QVERIFY(startTls(server));
        const auto changed = console.run({ QStringLiteral("search"), QStringLiteral("anything") });
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.err.contains("CHANGED"), changed.err.constData());
        QVERIFY2(changed.err.contains(m_first.opensslSha256.toLatin1()) && changed.err.contains(m_second.opensslSha256.toLatin1()),
                 changed.err.constData());
        server.stop();
    }

    void onATerminalTheFingerprintIsConfirmedBeforeTheTokenIsAsked()
    {
        // Any TLS server shows the prompt: openssl's own, with the first certificate. The
        // console runs on a terminal (script(1) gives it one), as a person would run it.
        const quint16 port = BellboardInstance::freePort();
        QProcess tls;
        tls.start(QStringLiteral("openssl"), { QStringLiteral("s_server"), QStringLiteral("-quiet"), QStringLiteral("-www"),
                                               QStringLiteral("-accept"), QString::number(port), QStringLiteral("-cert"),
                                               m_first.certificateFile, QStringLiteral("-key"), m_first.keyFile });
        QVERIFY(tls.waitForStarted());
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(port);
        QTcpSocket probe; // s_server is up once it accepts
        QTRY_VERIFY_WITH_TIMEOUT((probe.abort(), probe.connectToHost(QHostAddress::LocalHost, port), probe.waitForConnected(200)), 10000);
        probe.abort();
        Console console;
        const auto onTerminal = [&](const QList<QPair<QByteArray, QByteArray>> &answers) {
            return console.converse({ QStringLiteral("-qec"),
                                      QStringLiteral("'%1' remote login %2 --config '%3'")
                                              .arg(QStringLiteral(BELLBOARD_BINARY), url, console.configFile()),
                                      QStringLiteral("/dev/null") },
                                    answers);
        };
        const QByteArray pinPrompt = "Trust this certificate and pin it";
        const auto declined = onTerminal({ { pinPrompt, "no\n" } });
        QCOMPARE(declined.exitCode, 1);
        QVERIFY2(declined.out.contains(m_first.opensslSha256.toLatin1()), declined.out.constData());
        QVERIFY2(declined.out.contains("Trust this certificate and pin it"), declined.out.constData());
        QVERIFY2(declined.out.contains("not trusted; nothing stored") && !declined.out.contains("Token for"), declined.out.constData());

        // "yes": pinned for this login, so the token is asked for and sent (openssl is no
        // Bellboard, so the login stops there, and nothing is stored).
        const auto accepted = onTerminal({ { pinPrompt, "yes\n" }, { "Token for", "some-token\n" } });
        QVERIFY2(accepted.out.contains("Token for " + url.toUtf8()), accepted.out.constData());
        QVERIFY2(accepted.out.contains("is this a Bellboard server?"), accepted.out.constData());
        QVERIFY(!console.config().contains("\n[remote]"));
        tls.kill();
        tls.waitForFinished();
    }

    void connectAttachesForOneRunTrustingTheFingerprintGiven()
    {
        BellboardInstance server(tlsConfig(m_first));
        QVERIFY2(startTls(server), server.process().readAllStandardError().constData());
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(server.port());
        QTemporaryDir home;
        // No [remote] server or pin in the console's config: only --certificate-sha256 can
        // vouch for the self-signed server.
        QProcessEnvironment environment = windowEnvironment(home);
        const QStringList arguments = connectArguments(home, url);
        QProcess console;
        console.setProcessEnvironment(environment);
        console.start(QStringLiteral(BELLBOARD_BINARY), arguments + QStringList{ QStringLiteral("--certificate-sha256"), m_first.opensslSha256 });
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += console.readAllStandardOutput()).contains("attached to " + url.toUtf8() + " as alice"), 60000);
        console.terminate();
        QVERIFY(console.waitForFinished(30000));
        QCOMPARE(console.exitCode(), 0);

        // Another fingerprint: refused, both fingerprints said.
        console.start(QStringLiteral(BELLBOARD_BINARY), arguments + QStringList{ QStringLiteral("--certificate-sha256"), m_second.opensslSha256 });
        QVERIFY(console.waitForFinished(60000));
        const QByteArray refused = console.readAllStandardError();
        QVERIFY2(console.exitCode() != 0, refused.constData());
        QVERIFY2(refused.contains(m_first.opensslSha256.toLatin1()) && refused.contains(m_second.opensslSha256.toLatin1()), refused.constData());

        // No display at all: --connect is refused before anything starts (no local server).
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        console.setProcessEnvironment(environment);
        console.start(QStringLiteral(BELLBOARD_BINARY), arguments);
        QVERIFY(console.waitForFinished(60000));
        QCOMPARE(console.exitCode(), 2);
        QVERIFY(console.readAllStandardOutput().isEmpty());
        QVERIFY(console.readAllStandardError().contains("--connect opens a window attached to a server, and none can open here"));
        server.stop();
    }

    void aConsoleStartedBeforeItsServerWaitsAndAttachesWhenItComes()
    {
        BellboardInstance server(tlsConfig(m_first));
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(server.port());
        QTemporaryDir home;
        QProcess console;
        console.setProcessEnvironment(windowEnvironment(home));
        console.start(QStringLiteral(BELLBOARD_BINARY),
                      connectArguments(home, url) + QStringList{ QStringLiteral("--certificate-sha256"), m_first.opensslSha256 });
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += console.readAllStandardError()).contains("waiting for " + url.toUtf8()), 60000);
        QVERIFY2(console.state() == QProcess::Running, said.constData());
        QVERIFY2(startTls(server), server.process().readAllStandardError().constData());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += console.readAllStandardOutput()).contains("attached to " + url.toUtf8() + " as alice"), 60000);
        QVERIFY2(said.count("waiting for") == 1, said.constData()); // one line for the wait, not one per try
        console.terminate();
        QVERIFY(console.waitForFinished(30000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);
        server.stop();
    }

    void searchOnTheServerPrintsWhatLocalSearchPrints()
    {
        BellboardInstance server;
        QVERIFY(server.start());
        for (const QByteArray &text : { QByteArray("refund issued to alice@example.com"), QByteArray("refund failed"),
                                        QByteArray("payment received"), QByteArray("another refund\nwith a second line") })
            QCOMPARE(httpRequest("POST", server.url(QStringLiteral("/c/financials")), text,
                                 { { "X-Level", text.contains("failed") ? "crit" : "info" } })
                             .status,
                     200);
        // A token for one run, from the environment (a server without users takes any).
        Console console;
        console.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_REMOTE_TOKEN"), QStringLiteral("script-token"));
        for (const QStringList &query : { QStringList{ QStringLiteral("refund") }, QStringList{ QStringLiteral("--json"), QStringLiteral("refund") },
                                          QStringList{ QStringLiteral("-n"), QStringLiteral("2"), QStringLiteral("in:#financials") },
                                          QStringList{ QStringLiteral("--json"), QStringLiteral("level:crit") } }) {
            const auto local = server.run(QStringList{ QStringLiteral("search") } + query);
            const auto remote = console.run(QStringList{ QStringLiteral("search"), QStringLiteral("--server"), server.url(QString()) } + query);
            QVERIFY2(local.exitCode == 0, local.err.constData());
            QVERIFY2(remote.exitCode == 0, remote.err.constData());
            QVERIFY(!local.out.isEmpty());
            QCOMPARE(remote.out, local.out);
            QCOMPARE(remote.err, local.err); // "(more: add --before N)"
        }
        server.stop();
    }

private:
    QTemporaryDir m_certificates;
    TestCertificate m_first;
    TestCertificate m_second;
};

QTEST_GUILESS_MAIN(TestRemoteCli)
#include "tst_remotecli.moc"
