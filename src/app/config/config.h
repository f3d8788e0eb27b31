#pragma once

#include "alerts/alertsettings.h"
#include "ingest/access.h"
#include "core/units.h"
#include "core/walltile.h"
#include "ingest/decoders/payloaddecoders.h"
#include "ingest/http/httplimits.h"
#include "ingest/sources/sourcesettings.h"
#include "store/eventstore.h"
#include "ui/window/themechoice.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace bb {

struct ChannelSettings
{
    QString name;
    NotifyMode notify = NotifyMode::Bold;
    // Alerts; a [[channels]] entry starts from the channel's defaults (defaultChannelAlertSettings).
    QString sound = QStringLiteral("chime"); // a bundled name or a 16-bit PCM WAV path
    double volume = 0.8;                     // 0..1
    std::optional<bool> escalateCrit;        // unset: [alerts] escalate_crit
    QDateTime mutedUntil;                    // muted_until, local time
    qint64 muteForMs = 0;                    // mute = "30m": muted this long after start
};

// [slack]: the mirror. Tokens are not here: they live in the keychain (`bellboard slack login`).
struct SlackConfig
{
    QString apiUrl = QStringLiteral("https://slack.com/api/");
    QStringList mirror; // Slack channel names (without '#') or ids
};

// [remote]: the Bellboard server this console is attached to (`bellboard remote login`). The
// person's token is not here: it lives in the keychain.
struct RemoteConfig
{
    QString server;            // "https://host:2355"; empty: not attached
    QString certificateSha256; // the pinned certificate's SHA-256 ("AB:CD:…"); empty: system CAs decide
};

// A [[users]] entry: a person of a team server, who signs in with their own token.
struct UserConfig
{
    QString name;      // shown as who acknowledged, who posted
    QString tokenName; // a secret's NAME (keychain, or BELLBOARD_SECRET_<NAME>), never the value
    Role role = Role::Viewer;
    int line = 0; // where it is in the file, for messages
};

// A [[commands]] entry: a Slack-style webhook command (url) or a process command (run).
struct CommandConfig
{
    int line = 0; // where the entry starts, for errors found later
    QString name;
    QStringList usage; // usage lines ("deploy <app> [to <stage>]")
    QString description;
    QString url;               // webhook commands
    QString signingSecret;     // a secret's NAME (bellboard secret set NAME)
    QString verificationToken; // a secret's NAME: Slack's legacy token, sent in the form's `token`
    QStringList run;           // process commands: argv with {placeholders}
    QString workingDir;
    qint64 timeoutMs = 0; // 0: 3 s for url (Slack's rule), 60 s for run
    qint64 maxOutputBytes = 64 * 1024;
    bool confirm = false;
    QHash<QString, QStringList> values; // argument kind → values tab completion offers
};

// An [[interactivity]] entry: where clicks on the buttons of one source's events go.
struct InteractivityConfig
{
    int line = 0;
    QString source; // "webhook", "chat.postMessage:ci", …
    QString url;
    QString signingSecret;     // a secret's NAME
    QString verificationToken; // a secret's NAME: sent as the payload's `token`
};

// Everything a person sets in bellboard.toml: configschema.cpp describes each key and how it is
// read, resources/bellboard.toml documents it.
// Config::tr() is the translation context of what the file's readers say about it.
struct Config
{
    Q_DECLARE_TR_FUNCTIONS(bb::Config)
public:
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = kDefaultPort;
    QStringList ingestTokenNames; // names of secrets, never the values
    HttpLimits limits;
    bool autoCreateChannels = true;
    QString defaultChannel = QStringLiteral("general");
    RetentionPolicy retention;
    EventStore::Durability durability = EventStore::Durability::Full;
    QString storeUrl;            // [store] url: a postgresql:// URL; empty: the SQLite file in the data folder
    QString storePasswordSecret; // [store] password: a secret's NAME, never the password
    QList<ChannelSettings> channels;
    QList<NotifyRoute> routes;
    AlertSettings alerts; // [alerts]; its per-channel part comes from `channels`
    SlackConfig slack;
    RemoteConfig remote;
    Theme theme = Theme::System; // [window] theme
    bool remoteImages = false;   // [window] remote_images: sender icons from icon_url
    QString language;            // [window] language: "" follows the system, else "en", "de", "ja"
    QString deskUserName;        // [chatops] user_name; empty: the OS user's name
    QList<CommandConfig> commands;
    QList<InteractivityConfig> interactivity;
    // The team server: [[users]], and [server] tls_certificate / tls_key (PEM paths; both set:
    // the listener speaks HTTPS and WSS).
    QList<UserConfig> users;
    QString tlsCertificate;
    QString tlsKey;
    QList<SourceSettings> sources;                      // [[sources]]: POST /sources/<name>
    QList<WallTileSpec> wallTiles = defaultWallTiles(); // [[wall.tiles]]; the defaults when the file has none
};

struct ConfigLoadResult
{
    Config config;      // defaults where the file had errors
    QStringList errors; // "config line 14: unknown notify mode 'loud' (ring, bold, mute, celebrate)"
    bool ok() const { return errors.isEmpty(); }
};

// "config line 14: <message>", translated: how every problem found in the file is worded.
QString configLineProblem(int line, const QString &message);

// Reads `path`; a missing file gives the defaults. A broken file never stops the caller:
// every value that could not be used keeps its default and adds a line-precise error.
ConfigLoadResult loadConfig(const QString &path);
ConfigLoadResult parseConfig(const QByteArray &tomlText, const QString &sourceName);

// What the alert policy needs: [alerts] plus every [[channels]] entry, mutes given as a
// duration counted from `now`.
AlertSettings alertSettings(const Config &config, const QDateTime &now);

// The commented default file (resources/bellboard.toml).
QByteArray defaultConfigText();
// Makes sure `path` exists: a missing file (and its folder) is written as the commented
// default; an existing one is never touched. The first start and every writer of the config
// (ConfigEditor, so `bellboard slack mirror`, Preferences, a channel's settings) call it first,
// so a config edited before the first start is the commented default plus the edit.
bool ensureConfigFile(const QString &path, QString *error);

// A Slack channel as [slack] mirror and `bellboard slack mirror` take it: "general", "#general"
// or an id; returns it without '#', or empty when it cannot be one.
QString slackChannelWord(const QString &text);

} // namespace bb
