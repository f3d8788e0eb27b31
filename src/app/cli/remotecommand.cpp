#include "commands.h"
#include "console.h"
#include "remotecli.h"
#include "app/config/configeditor.h"
#include "app/config/paths.h"

#include "remote/remotesession.h"
#include "secrets/secrets.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHostAddress>

#include <unistd.h>

namespace bb {

namespace {

const QString kSection = QStringLiteral("remote");
const QString kPinOption = QStringLiteral("certificate-sha256");

struct RemoteContext
{
    AppPaths paths;
    Config config;
};

void parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description, RemoteContext *context)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    addPathOptions(parser);
    processArguments(parser, arguments);
    context->paths = AppPaths::fromOptions(parser);
    const ConfigLoadResult loaded = loadConfig(context->paths.configFile);
    for (const QString &problem : loaded.errors)
        err() << "bellboard: " << problem << Cli::tr(" (using the default)") << Qt::endl;
    context->config = loaded.config;
}

RemoteReply whoamiAndWait(const RemoteServer &server, RemoteIdentity *identity)
{
    RemoteSession session(server);
    RemoteReply result;
    QEventLoop loop;
    session.whoami(&loop, [&](const RemoteReply &reply, const RemoteIdentity &who) {
        result = reply;
        *identity = who;
        loop.quit();
    });
    loop.exec();
    return result;
}

// A token-less request, to see the server's certificate before any token is sent to it.
RemoteReply certificateCheck(const RemoteServer &server)
{
    RemoteSession session(server);
    RemoteReply result;
    QEventLoop loop;
    session.request("GET", server.endpoint(QStringLiteral("/healthz")), nullptr, &loop, [&](const RemoteReply &reply) {
        result = reply;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

// The pin to use for `server`, decided at login: a certificate a system CA vouches for needs
// none; one that no CA vouches for is shown by its fingerprint and pinned when the person
// confirms it on the terminal, or when --certificate-sha256 names it. Nullopt with the exit
// code when the login cannot go on.
std::optional<QString> decidePin(RemoteServer server, const QString &givenPin, int *exitCode)
{
    server.certificateSha256 = givenPin;
    const RemoteReply checked = certificateCheck(server);
    if (checked.outcome == RemoteReply::Outcome::Unreachable) {
        *exitCode = fail(checked.message() + Cli::tr("; nothing stored"));
        return std::nullopt;
    }
    if (checked.outcome != RemoteReply::Outcome::TlsRefused)
        return givenPin; // the CAs vouch for it, or it is the pin given
    if (checked.tls.kind == TlsRefusal::Kind::Changed) {
        *exitCode = fail(Cli::tr("the server's certificate is %1, not the %2 given with --%3; nothing stored")
                                 .arg(checked.tls.presentedSha256, givenPin, kPinOption));
        return std::nullopt;
    }
    const QSslCertificate &certificate = checked.tls.certificate;
    err() << Cli::tr("The server's certificate is not signed by a certificate authority this system trusts (%1).")
                     .arg(checked.tls.detail)
          << Qt::endl
          << Cli::tr("  subject: %1").arg(certificate.subjectDisplayName()) << Qt::endl
          << Cli::tr("  valid until: %1").arg(certificate.expiryDate().toString(Qt::ISODate)) << Qt::endl
          << Cli::tr("  SHA-256 fingerprint: %1").arg(checked.tls.presentedSha256) << Qt::endl;
    if (!::isatty(STDIN_FILENO)) {
        *exitCode = fail(Cli::tr("not trusted; nothing stored. Compare the fingerprint with the server's "
                                 "(openssl x509 -in CERTIFICATE -noout -fingerprint -sha256) and pass --%1 FINGERPRINT")
                                 .arg(kPinOption));
        return std::nullopt;
    }
    err() << Cli::tr("Compare it with the server's (openssl x509 -in CERTIFICATE -noout -fingerprint -sha256).") << Qt::endl
          << Cli::tr("Trust this certificate and pin it for %1? (yes/no): ").arg(server.url.toString()) << Qt::flush;
    QByteArray answer;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        answer += c;
    const QString word = QString::fromUtf8(answer).trimmed().toLower();
    if (word != QLatin1String("yes") && word != QLatin1String("y")) {
        *exitCode = fail(Cli::tr("not trusted; nothing stored"));
        return std::nullopt;
    }
    return checked.tls.presentedSha256;
}

int login(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"), Cli::tr("The server, such as https://bellboard.example:2355."),
                                 QStringLiteral("URL"));
    parser.addOption({ kPinOption,
                       Cli::tr("Trust the server's certificate when its SHA-256 fingerprint is <hex> (for a self-signed "
                               "certificate, without asking)."),
                       QStringLiteral("hex") });
    RemoteContext context;
    parse(parser, arguments,
          Cli::tr("Attach this console to a Bellboard server. Reads your token from standard input (hidden on a "
                  "terminal), checks it with the server, keeps it in the system keychain and writes [remote] server "
                  "to bellboard.toml. A certificate no system CA vouches for is shown by its fingerprint and pinned."),
          &context);
    if (parser.positionalArguments().size() != 1)
        return fail(Cli::tr("usage: bellboard remote login URL (the token is read from standard input, never the command line)"), 2);
    RemoteServer server;
    server.url = parseServerUrl(parser.positionalArguments().first());
    if (!server.url.isValid())
        return fail(Cli::tr("'%1' is not an http:// or https:// URL").arg(parser.positionalArguments().first()), 2);
    QString pin;
    if (parser.isSet(kPinOption)) {
        pin = normalizedSha256(parser.value(kPinOption));
        if (pin.isEmpty())
            return fail(Cli::tr("--%1: '%2' is not a SHA-256 fingerprint (64 hex digits)").arg(kPinOption, parser.value(kPinOption)), 2);
        if (!server.isSecure())
            return fail(Cli::tr("--%1 needs an https:// server").arg(kPinOption), 2);
    }
    if (server.isSecure()) {
        int exitCode = 0;
        const std::optional<QString> decided = decidePin(server, pin, &exitCode);
        if (!decided)
            return exitCode;
        server.certificateSha256 = *decided;
    } else if (!isLoopback(server.url)) {
        err() << Cli::tr("bellboard: warning: %1 is plain HTTP: your token crosses the network unencrypted").arg(server.url.toString())
              << Qt::endl;
    }

    server.token = readHiddenLine(Cli::tr("Token for %1 (input hidden): ").arg(server.url.toString()));
    if (server.token.isEmpty())
        return fail(Cli::tr("no token given on standard input; nothing stored"), 2);
    RemoteIdentity identity;
    const RemoteReply checked = whoamiAndWait(server, &identity);
    if (checked.needsLogin())
        return fail(Cli::tr("the server refused the token (%1); nothing stored").arg(checked.error));
    if (!checked.ok())
        return fail(checked.message() + Cli::tr("; nothing stored"));

    QString error;
    if (!writeSecret(QString::fromLatin1(kRemoteTokenSecret), server.token, &error))
        return fail(error + Cli::tr("; nothing stored"));
    const QList<ConfigValue> values = {
        ConfigValue::string(kSection, QStringLiteral("server"), server.url.toString()),
        server.certificateSha256.isEmpty() ? ConfigValue{ kSection, QStringLiteral("certificate_sha256"), {} }
                                           : ConfigValue::string(kSection, QStringLiteral("certificate_sha256"), server.certificateSha256),
    };
    if (!ConfigEditor(context.paths.configFile).saveValues(values, &error)) {
        deleteSecret(QString::fromLatin1(kRemoteTokenSecret), nullptr);
        return fail(error);
    }
    out() << Cli::tr("Logged in to %1 as %2 (%3)").arg(server.url.toString(), identity.user, identity.role) << Qt::endl;
    if (!server.certificateSha256.isEmpty())
        out() << Cli::tr("Certificate pinned: %1").arg(server.certificateSha256) << Qt::endl;
    return 0;
}

int logout(const QStringList &arguments)
{
    QCommandLineParser parser;
    RemoteContext context;
    parse(parser, arguments,
          Cli::tr("Detach this console: removes your token from the keychain and [remote] from bellboard.toml."), &context);
    QString error;
    bool missing = false;
    if (!deleteSecret(QString::fromLatin1(kRemoteTokenSecret), &error, &missing) && !missing)
        return fail(error);
    if (!ConfigEditor(context.paths.configFile).removeTable(kSection, &error))
        return fail(error);
    if (context.config.remote.server.isEmpty())
        out() << Cli::tr("Not attached to a server; the keychain holds no token for one now.") << Qt::endl;
    else
        out() << Cli::tr("Logged out of %1: the token is removed from the keychain and [remote] from the config.")
                         .arg(context.config.remote.server)
              << Qt::endl;
    return 0;
}

int status(const QStringList &arguments)
{
    QCommandLineParser parser;
    RemoteContext context;
    parse(parser, arguments, Cli::tr("Show the server this console is attached to, who you are there, and the pinned certificate."),
          &context);
    if (context.config.remote.server.isEmpty()) {
        out() << Cli::tr("Not attached to a server (bellboard remote login URL)") << Qt::endl;
        return 1;
    }
    RemoteServer server;
    server.url = parseServerUrl(context.config.remote.server);
    server.certificateSha256 = context.config.remote.certificateSha256;
    out() << Cli::tr("Server: %1").arg(server.url.toString()) << Qt::endl;
    out() << Cli::tr("Certificate: %1")
                     .arg(!server.isSecure()                   ? Cli::tr("none (plain HTTP)")
                          : server.certificateSha256.isEmpty() ? Cli::tr("checked by the system's certificate authorities")
                                                               : Cli::tr("pinned, SHA-256 %1").arg(server.certificateSha256))
          << Qt::endl;
    const SecretLookup token = readSecret(QString::fromLatin1(kRemoteTokenSecret));
    if (!token.ok()) {
        out() << Cli::tr("Token: %1").arg(token.missing ? Cli::tr("none in the keychain (bellboard remote login %1)").arg(server.url.toString()) : token.error)
              << Qt::endl;
        return 1;
    }
    server.token = token.value;
    RemoteIdentity identity;
    const RemoteReply checked = whoamiAndWait(server, &identity);
    if (!checked.ok()) {
        out() << Cli::tr("User: unknown: %1").arg(checked.message()) << Qt::endl;
        return 1;
    }
    out() << Cli::tr("User: %1").arg(identity.user) << Qt::endl
          << Cli::tr("Role: %1").arg(identity.role) << Qt::endl;
    return 0;
}

} // namespace

int runRemoteCommand(const QStringList &arguments)
{
    static const QStringList actions = { QStringLiteral("login"), QStringLiteral("logout"), QStringLiteral("status") };
    QStringList rest;
    const QString action = takeAction(arguments, actions, &rest);
    if (action == QLatin1String("login"))
        return login(rest);
    if (action == QLatin1String("logout"))
        return logout(rest);
    if (action == QLatin1String("status"))
        return status(rest);
    const QString usage = Cli::tr("usage: bellboard remote ACTION [--help]\n"
                                  "  login URL   attach to a Bellboard server: your token from stdin into the keychain\n"
                                  "  logout      detach: remove the token and [remote] from the config\n"
                                  "  status      the server, your user and role there, the pinned certificate\n"
                                  "Every action takes --config FILE.");
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        out() << usage << Qt::endl;
        return 0;
    }
    return fail(usage, 2);
}

} // namespace bb
