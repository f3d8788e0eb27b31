#include "configschema.h"

#include "alerts/soundlibrary.h"
#include "app/translations.h"
#include "chatops/commandusage.h"
#include "config.h"
#include "configkeys.h"
#include "configreader.h"
#include "featuretables.h"
#include "core/channelname.h"
#include "core/searchquery.h"
#include "core/walltile.h"
#include "ingest/access.h"
#include "ingest/sources/jsontemplate.h"
#include "remote/certificatepin.h"
#include "secrets/secrets.h"
#include "store/storebackend.h"

#include <QRegularExpression>
#include <QUrl>

#include <functional>
#include <limits>

namespace bb {

namespace {

using namespace configkeys;
using namespace featuretables;
constexpr qint64 kMaxIntMs = std::numeric_limits<int>::max();

// What a duration or a size key expects, with that key's own example: "a duration such as "30s"".
QString aDuration(const char *example)
{
    return Config::tr("a duration such as %1").arg(QLatin1String(example));
}
QString aSize(const char *example)
{
    return Config::tr("a size such as %1").arg(QLatin1String(example));
}

QString setChannelName(QString *out, const QString &raw)
{
    const QString name = normalizeChannelName(raw);
    if (name.isEmpty())
        return Config::tr("'%1' is not a valid channel name (letters, digits, '-', '_', '.')").arg(raw);
    *out = name;
    return {};
}

// "" (the system's) or a language Bellboard has a translation for.
QString setLanguage(Config &config, const QString &text)
{
    const QString language = text.trimmed();
    if (!language.isEmpty() && !translationLanguages().contains(language))
        return Config::tr("unknown language '%1' (%2, or \"\" for the system's)")
                .arg(language, translationLanguages().join(QStringLiteral(", ")));
    config.language = language;
    return {};
}

QString notWebUrl(const QString &url)
{
    return Config::tr("'url' must be an http:// or https:// URL, not '%1'").arg(url);
}

TableReader serverTable();
TableReader storeTable();
TableReader alertsTable();
TableReader slackTable();
TableReader windowTable();
TableReader channelsTable();
TableReader commandsTable();

// Every table, in the order they are read ([ui] before [window], whose language wins).
const QList<TableReader> &tables()
{
    static const QList<TableReader> all = {
        serverTable(),
        storeTable(),
        alertsTable(),
        slackTable(),
        plainTable("ui", { text<Config>("language", "", setLanguage) }, true),
        windowTable(),
        channelsTable(),
        arrayTable<NotifyRoute>("routes",
                                { plainText("tag", "\"error-s3\"", &NotifyRoute::tag),
                                  text<NotifyRoute>("channel", "\"critical-server-errors\"",
                                                    [](NotifyRoute &route, const QString &value) {
                                                        return setChannelName(&route.channel, value);
                                                    }),
                                  plainText("username", "\"s3-uploader\"", &NotifyRoute::username),
                                  plainText("icon_emoji", "\":rotating_light:\"", &NotifyRoute::iconEmoji),
                                  plainText("icon_url", "", &NotifyRoute::iconUrl) },
                                [](ConfigReader &reader, const toml::table &table, NotifyRoute &route, int, Config &config) {
                                    if (route.tag.isEmpty() || route.channel.isEmpty())
                                        reader.fail(table, Config::tr("a [[routes]] entry needs a tag and a channel"));
                                    else
                                        config.routes << route;
                                }),
        plainTable("chatops", { text<Config>("user_name", "\"\"",
                                             [](Config &config, const QString &value) {
                                                 config.deskUserName = value.trimmed();
                                                 return QString();
                                             }) }),
        commandsTable(),
        remoteTable(),
        usersTable(),
        sourcesTable(),
        wallTable(),
        arrayTable<InteractivityConfig>(
                "interactivity",
                { plainText("source", "\"webhook\"", &InteractivityConfig::source),
                  plainText("url", "\"http://127.0.0.1:3000/slack/actions\"", &InteractivityConfig::url),
                  plainText("signing_secret", "\"deploy\"", &InteractivityConfig::signingSecret),
                  plainText("verification_token", "\"deploy-token\"", &InteractivityConfig::verificationToken) },
                [](ConfigReader &reader, const toml::table &table, InteractivityConfig &entry, int, Config &config) {
                    entry.line = int(table.source().begin.line);
                    if (entry.source.isEmpty() || entry.url.isEmpty())
                        reader.fail(table, Config::tr("an [[interactivity]] entry needs a source and a url"));
                    else if (!isWebUrl(entry.url))
                        reader.fail(*table.get("url"), notWebUrl(entry.url));
                    else
                        config.interactivity << entry;
                }),
    };
    return all;
}

TableReader serverTable()
{
    const auto sizeWords = [] { return aSize("\"1MiB\""); };
    const auto timeWords = [] { return aDuration("\"30s\""); };
    TableReader server = plainTable(
            "server",
            { text<Config>("listen", "\"127.0.0.1:2355\"",
                           [](Config &config, const QString &value) {
                               if (parseListenAddress(value, &config.listenAddress, &config.listenPort))
                                   return QString();
                               return Config::tr("'listen' must look like \"127.0.0.1:%1\", not '%2'")
                                       .arg(kDefaultPort)
                                       .arg(value);
                           }),
              custom<Config>("ingest_tokens", Type::StringList, "[]",
                             [](ConfigReader &reader, const toml::node &node, Config &config) {
                                 const toml::array *list = node.as_array();
                                 if (!list)
                                     reader.fail(node, Config::tr("'ingest_tokens' must be a list of secret names"));
                                 for (std::size_t i = 0; list && i < list->size(); ++i) {
                                     if (const auto *name = list->get(i)->as_string())
                                         config.ingestTokenNames << qs(name->get());
                                     else
                                         reader.fail(*list->get(i), Config::tr("'ingest_tokens' must hold strings"));
                                 }
                                 return list != nullptr;
                             }),
              quantity<Config>("max_body", Type::Size, "\"1MiB\"", sizeWords, kNoMaximum,
                               [](Config &config, qint64 value) { config.limits.maxBodyBytes = value; }),
              quantity<Config>("max_header", Type::Size, "\"16KiB\"", sizeWords, kNoMaximum,
                               [](Config &config, qint64 value) {
                                   config.limits.maxHeaderBytes = int(qMin<qint64>(value, 1 << 24));
                               }),
              quantity<Config>("header_timeout", Type::Duration, "\"10s\"", timeWords, kMaxIntMs,
                               [](Config &config, qint64 value) { config.limits.headerTimeoutMs = int(value); }),
              quantity<Config>("body_timeout", Type::Duration, "\"30s\"", timeWords, kMaxIntMs,
                               [](Config &config, qint64 value) { config.limits.bodyTimeoutMs = int(value); }),
              quantity<Config>("idle_timeout", Type::Duration, "\"60s\"", timeWords, kMaxIntMs,
                               [](Config &config, qint64 value) { config.limits.idleTimeoutMs = int(value); }),
              number<Config>("rate_limit", "0",
                             [](Config &config, double value) {
                                 config.limits.ratePerClient = value;
                                 return QString();
                             }),
              flag<Config>("rate_limit_loopback", "false",
                           [](Config &config, bool value) { config.limits.rateLimitLoopback = value; }),
              flag<Config>("auto_create_channels", "true",
                           [](Config &config, bool value) { config.autoCreateChannels = value; }),
              text<Config>("default_channel", "\"general\"", [](Config &config, const QString &value) {
                  return setChannelName(&config.defaultChannel, value);
              }),
              // The team server: both set, the one listener speaks HTTPS and WSS.
              plainText<Config>("tls_certificate", "\"/etc/bellboard/server.crt\"", &Config::tlsCertificate), plainText<Config>("tls_key", "\"/etc/bellboard/server.key\"", &Config::tlsKey) });
    const auto readKeysOnly = server.read;
    server.read = [readKeysOnly](ConfigReader &reader, const toml::table &table, Config &config) {
        readKeysOnly(reader, table, config);
        if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
            reader.fail(table, Config::tr("tls_certificate and tls_key go together: give both, or neither"));
    };
    return server;
}

TableReader storeTable()
{
    return plainTable(
            "store",
            { quantity<Config>(
                      "retention_days", Type::Count, "0", [] { return Config::tr("a whole number of days"); },
                      std::numeric_limits<int>::max(),
                      [](Config &config, qint64 value) { config.retention.maxAgeDays = int(value); }),
              quantity<Config>(
                      "retention_events", Type::Count, "0", [] { return Config::tr("a whole number"); },
                      kNoMaximum, [](Config &config, qint64 value) { config.retention.maxEvents = value; }),
              choice<Config>("durability", "\"full\"", { QStringLiteral("full"), QStringLiteral("normal") },
                             [](Config &config, const QString &value) {
                                 if (value == QLatin1String("full"))
                                     config.durability = EventStore::Durability::Full;
                                 else if (value == QLatin1String("normal"))
                                     config.durability = EventStore::Durability::Normal;
                                 else
                                     return Config::tr("unknown durability '%1' (full, normal)").arg(value);
                                 return QString();
                             }),
              // PostgreSQL instead of the SQLite file: a libpq URL, passed through as written, and
              // the NAME of the secret holding its password. A password in the URL itself would
              // sit in the file in plain text, so it is refused.
              text<Config>("url", "\"postgresql://bellboard@db.example:5432/bellboard?sslmode=verify-full\"",
                           [](Config &config, const QString &url) {
                               if (storeEngineOf(url) != StoreEngine::Postgres)
                                   return Config::tr("'url' must start with postgresql:// or postgres://");
                               if (!QUrl(url).password().isEmpty() || url.contains(QLatin1String("password=")))
                                   return Config::tr("'url' must not contain the password: name a secret in 'password' instead");
                               config.storeUrl = url;
                               return QString();
                           }),
              plainText<Config>("password", "\"pg\"", &Config::storePasswordSecret) });
}

TableReader alertsTable()
{
    return plainTable(
            "alerts",
            { flag<Config>("sound", "true", [](Config &config, bool value) { config.alerts.soundEnabled = value; }),
              quantity<Config>(
                      "coalesce", Type::Duration, "\"2s\"", [] { return aDuration("\"2s\""); }, kNoMaximum,
                      [](Config &config, qint64 value) { config.alerts.coalesceMs = value; }),
              quantity<Config>(
                      "max_sounds_per_minute", Type::Count, "20", [] { return Config::tr("a whole number"); },
                      kNoMaximum,
                      [](Config &config, qint64 value) {
                          config.alerts.maxSoundsPerMinute = int(qMin<qint64>(value, 1'000'000));
                      }),
              text<Config>("quiet_hours", "\"\"",
                           [](Config &config, const QString &value) {
                               const std::optional<QuietHours> hours = QuietHours::parse(value);
                               if (!hours)
                                   return Config::tr("'quiet_hours' must look like \"22:00-07:00\" (or \"\" for "
                                                     "none), not '%1'")
                                           .arg(value);
                               config.alerts.quietHours = *hours;
                               return QString();
                           }),
              flag<Config>("escalate_crit", "true", [](Config &config, bool value) { config.alerts.escalateCrit = value; }),
              quantity<Config>(
                      "repeat_crit", Type::Duration, "\"5m\"",
                      [] { return Config::tr("a duration such as \"5m\" (\"0s\": never)"); }, kNoMaximum,
                      [](Config &config, qint64 value) { config.alerts.repeatCritMs = value; }) });
}

TableReader slackTable()
{
    return plainTable(
            "slack",
            { text<Config>("api_url", "\"https://slack.com/api/\"",
                           [](Config &config, const QString &value) {
                               if (!isWebUrl(value))
                                   return Config::tr("'api_url' must be an http:// or https:// URL such as "
                                                     "\"https://slack.com/api/\", not '%1'")
                                           .arg(value);
                               config.slack.apiUrl = value;
                               return QString();
                           }),
              custom<Config>("mirror", Type::StringList, "[\"general\"]",
                             [](ConfigReader &reader, const toml::node &node, Config &config) {
                                 const toml::array *list = node.as_array();
                                 if (!list)
                                     reader.fail(node, Config::tr("'mirror' must be a list of Slack channel names, "
                                                                  "such as [\"general\"]"));
                                 for (std::size_t i = 0; list && i < list->size(); ++i) {
                                     const auto *name = list->get(i)->as_string();
                                     const QString word = name ? slackChannelWord(qs(name->get())) : QString();
                                     if (word.isEmpty())
                                         reader.fail(*list->get(i), Config::tr("'mirror' must hold Slack channel "
                                                                               "names (letters, digits, '-', '_', '.')"));
                                     else if (!config.slack.mirror.contains(word))
                                         config.slack.mirror << word;
                                 }
                                 return list != nullptr;
                             }) });
}

TableReader windowTable()
{
    return plainTable(
            "window",
            { choice<Config>("theme", "\"system\"", themeNames(),
                             [](Config &config, const QString &value) {
                                 const std::optional<Theme> theme = parseTheme(value);
                                 if (!theme)
                                     return Config::tr("unknown theme '%1' (system, light, dark)").arg(value);
                                 config.theme = *theme;
                                 return QString();
                             }),
              flag<Config>("remote_images", "false", [](Config &config, bool value) { config.remoteImages = value; }),
              text<Config>("language", "\"\"", setLanguage) });
}

// A [[channels]] entry starts from its channel's defaults (defaultChannelAlertSettings), set
// once the name is known: `name` comes first.
TableReader channelsTable()
{
    return arrayTable<ChannelSettings>(
            "channels",
            { required(text<ChannelSettings>("name", "",
                                             [](ChannelSettings &channel, const QString &value) {
                                                 const QString problem = setChannelName(&channel.name, value);
                                                 if (!problem.isEmpty())
                                                     return problem;
                                                 const ChannelAlertSettings defaults = defaultChannelAlertSettings(channel.name);
                                                 channel.notify = defaults.mode;
                                                 channel.sound = defaults.sound;
                                                 channel.volume = defaults.volume;
                                                 return QString();
                                             }),
                       [] { return Config::tr("a [[channels]] entry needs a name"); }),
              choice<ChannelSettings>("notify", "", notifyModeNames(),
                                      [](ChannelSettings &channel, const QString &value) {
                                          const std::optional<NotifyMode> mode = parseNotifyMode(value);
                                          if (!mode)
                                              return Config::tr("unknown notify mode '%1' (%2)")
                                                      .arg(value, notifyModeNames().join(QStringLiteral(", ")));
                                          channel.notify = *mode;
                                          return QString();
                                      }),
              // A bundled sound, or a WAV file Bellboard can play (checked now, so a bad file is
              // reported with its line instead of failing silently at the first alert).
              text<ChannelSettings>("sound", "",
                                    [](ChannelSettings &channel, const QString &value) {
                                        QString why;
                                        if (SoundLibrary::resolve(value, &why).isEmpty())
                                            return Config::tr("sound: %1").arg(why);
                                        channel.sound = value;
                                        return QString();
                                    }),
              number<ChannelSettings>("volume", "0.8",
                                      [](ChannelSettings &channel, double value) {
                                          if (value > 1.0)
                                              return Config::tr("'volume' must be a number from 0 to 1");
                                          channel.volume = value;
                                          return QString();
                                      }),
              flag<ChannelSettings>("escalate_crit", "",
                                    [](ChannelSettings &channel, bool value) { channel.escalateCrit = value; }),
              described(text<ChannelSettings>("muted_until", "",
                                              [](ChannelSettings &channel, const QString &value) {
                                                  const QDateTime parsed = QDateTime::fromString(value.trimmed(), Qt::ISODate);
                                                  if (!parsed.isValid())
                                                      return Config::tr("'muted_until' must be a local date and time such as "
                                                                        "\"2026-11-25T09:00\", not '%1'")
                                                              .arg(value);
                                                  channel.mutedUntil = parsed;
                                                  return QString();
                                              }),
                        Type::DateTime),
              quantity<ChannelSettings>(
                      "mute", Type::Duration, "", [] { return aDuration("\"30m\""); }, kNoMaximum,
                      [](ChannelSettings &channel, qint64 value) { channel.muteForMs = value; }) },
            [](ConfigReader &, const toml::table &, ChannelSettings &channel, int, Config &config) {
                config.channels << channel;
            });
}

TableReader commandsTable()
{
    using C = CommandConfig;
    return arrayTable<C>(
            "commands",
            { required(text<C>("name", "\"deploy\"",
                               [](C &command, const QString &value) {
                                   command.name = value.startsWith(QLatin1Char('/')) ? value.mid(1) : value;
                                   return command.name.isEmpty() ? Config::tr("a [[commands]] entry needs a name")
                                                                 : QString();
                               }),
                       [] { return Config::tr("a [[commands]] entry needs a name"); }),
              strings<C>("usage", Type::StringOrList, "\"deploy <app> [to <stage>]\"",
                         [](C &command, const QStringList &value) {
                             command.usage = value;
                             QString usageError;
                             CommandUsage::parse(command.name, command.usage, &usageError);
                             return usageError.isEmpty() ? QString() : Config::tr("usage %1").arg(usageError);
                         }),
              plainText("description", "\"Deploys an app\"", &C::description),
              plainText("url", "\"http://127.0.0.1:3000/slack/commands\"", &C::url),
              plainText("signing_secret", "\"deploy\"", &C::signingSecret),
              plainText("verification_token", "\"deploy-token\"", &C::verificationToken),
              strings<C>("run", Type::StringList, "",
                         [](C &command, const QStringList &value) {
                             command.run = value;
                             return QString();
                         }),
              plainText("working_dir", "", &C::workingDir),
              quantity<C>(
                      "timeout", Type::Duration, "\"60s\"", [] { return aDuration("\"60s\""); }, kNoMaximum,
                      [](C &command, qint64 value) { command.timeoutMs = value; }),
              quantity<C>(
                      "max_output", Type::Size, "", [] { return aSize("\"64KiB\""); }, kNoMaximum,
                      [](C &command, qint64 value) { command.maxOutputBytes = value; }),
              flag<C>("confirm", "true", [](C &command, bool value) { command.confirm = value; }),
              custom<C>("values", Type::ListTable, "",
                        [](ConfigReader &reader, const toml::node &node, C &command) {
                            const toml::table *kinds = node.as_table();
                            if (!kinds) {
                                reader.fail(node, Config::tr("'values' must be a table of lists, e.g. values.stage = "
                                                             "[\"staging\", \"production\"]"));
                                return false;
                            }
                            for (const auto &[kind, list] : *kinds) {
                                QStringList items;
                                if (reader.readStringList(list, std::string(kind.str()).c_str(), &items, false))
                                    command.values.insert(qs(kind.str()), items);
                            }
                            return true;
                        }) },
            [](ConfigReader &reader, const toml::table &table, C &command, int problemsBefore, Config &config) {
                command.line = int(table.source().begin.line);
                const bool hasUrl = table.get("url") != nullptr;
                const bool hasRun = table.get("run") != nullptr;
                if (hasUrl == hasRun)
                    reader.fail(table, hasUrl ? Config::tr("/%1 has both url and run: give either url (a Slack-style "
                                                           "backend) or run (a program)")
                                                        .arg(command.name)
                                              : Config::tr("/%1 needs either url (a Slack-style backend) or run (a "
                                                           "program)")
                                                        .arg(command.name));
                else if (hasUrl && !command.url.isEmpty() && !isWebUrl(command.url))
                    reader.fail(*table.get("url"), notWebUrl(command.url));
                else if (hasRun && command.run.isEmpty() && reader.problemCount() == problemsBefore)
                    reader.fail(*table.get("run"), Config::tr("'run' must name a program"));
                if (reader.problemCount() == problemsBefore)
                    config.commands << command;
            });
}

} // namespace

const QList<ConfigTableInfo> &configSchema()
{
    static const QList<ConfigTableInfo> schema = [] {
        QList<ConfigTableInfo> result;
        for (const TableReader &table : tables())
            result << table.info;
        return result;
    }();
    return schema;
}

const ConfigKeyInfo *configKey(QLatin1String table, QLatin1String key)
{
    for (const ConfigTableInfo &info : configSchema()) {
        if (info.name != table)
            continue;
        for (const ConfigKeyInfo &entry : info.keys) {
            if (entry.key == key)
                return &entry;
        }
    }
    return nullptr;
}

void readConfigTables(ConfigReader &reader, const toml::table &root, Config &config)
{
    QStringList known;
    for (const TableReader &table : tables())
        known << table.info.name;
    //: where in the file a key is: "unknown key 'x' in the file", as with "in [server]"
    reader.checkKeys(root, Config::tr("the file"), known);
    for (const TableReader &table : tables()) {
        const QLatin1String name = table.info.name;
        const toml::node *node = root.get(std::string_view(name.data(), size_t(name.size())));
        if (!node)
            continue;
        if (!table.info.array) {
            if (const toml::table *plain = node->as_table())
                table.read(reader, *plain, config);
            else
                reader.fail(*node, Config::tr("'%1' must be a table ([%1])").arg(name));
            continue;
        }
        const toml::array *array = node->as_array();
        if (!array) {
            reader.fail(*node, Config::tr("'%1' must be written as [[%1]] tables").arg(name));
            continue;
        }
        for (const toml::node &item : *array) {
            if (const toml::table *entry = item.as_table())
                table.read(reader, *entry, config);
            else
                reader.fail(item, Config::tr("each [[%1]] entry must be a table").arg(name));
        }
    }
}

} // namespace bb
