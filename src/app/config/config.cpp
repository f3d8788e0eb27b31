#include "config.h"

#include "alerts/soundlibrary.h"
#include "chatops/commandusage.h"
#include "core/channelname.h"
#include "remote/certificatepin.h"
#include "app/translations.h"
#include "secrets/secrets.h"
#include "store/storebackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <toml++/toml.h>

#include <cmath>
#include <limits>

// The resources live in a static library: nothing references them, so the linker would drop
// them unless they are initialized by name.
static void initConfigResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace bb {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// What a duration or a size key expects, with that key's own example: "a duration such as "30s"".
QString aDuration(const char *example)
{
    return Config::tr("a duration such as %1").arg(QLatin1String(example));
}
QString aSize(const char *example)
{
    return Config::tr("a size such as %1").arg(QLatin1String(example));
}

// Collects line-precise errors while reading typed values out of toml++ nodes.
class ConfigReader
{
public:
    QStringList errors;

    void fail(const toml::node &node, const QString &message)
    {
        fail(int(node.source().begin.line), message);
    }
    void fail(int line, const QString &message)
    {
        errors << configLineProblem(line, message);
    }

    // Reports keys the table does not know, so a typo is not silently ignored.
    void checkKeys(const toml::table &table, const QString &where, const QStringList &known)
    {
        for (const auto &[key, node] : table) {
            const QString name = qs(key.str());
            if (!known.contains(name))
                fail(node, Config::tr("unknown key '%1' in %2 (known: %3)")
                                   .arg(name, where, known.join(QStringLiteral(", "))));
        }
    }

    bool readString(const toml::table &table, const char *key, QString *out)
    {
        const toml::node *node = table.get(key);
        if (!node)
            return false;
        if (const auto *value = node->as_string()) {
            *out = qs(value->get());
            return true;
        }
        fail(*node, Config::tr("'%1' must be a string").arg(QLatin1String(key)));
        return false;
    }

    void readBool(const toml::table &table, const char *key, bool *out)
    {
        const toml::node *node = table.get(key);
        if (!node)
            return;
        if (const auto *value = node->as_boolean())
            *out = value->get();
        else
            fail(*node, Config::tr("'%1' must be true or false").arg(QLatin1String(key)));
    }

    // A non-negative integer, or a string the given unit parser understands ("1MiB", "30s").
    // `maximum` keeps the value within what the setting's type holds (an int of milliseconds
    // is 24 days), so that a huge value is an error rather than a wrapped-around negative one.
    template<typename Parse>
    bool readQuantity(const toml::table &table, const char *key, qint64 *out, Parse parse,
                      const QString &expected, qint64 maximum = std::numeric_limits<qint64>::max())
    {
        const toml::node *node = table.get(key);
        if (!node)
            return false;
        qint64 value = -1;
        if (const auto *integer = node->as_integer())
            value = integer->get();
        else if (const auto *text = node->as_string())
            value = parse(qs(text->get()));
        if (value < 0) {
            //: %1 is a key of the file, %2 what it takes, such as "a duration such as "30s""
            fail(*node, Config::tr("'%1' must be %2").arg(QLatin1String(key), expected));
            return false;
        }
        if (value > maximum) {
            fail(*node, Config::tr("'%1' is too large (at most %2)").arg(QLatin1String(key)).arg(maximum));
            return false;
        }
        *out = value;
        return true;
    }

    bool readNumber(const toml::table &table, const char *key, double *out)
    {
        const toml::node *node = table.get(key);
        if (!node)
            return false;
        std::optional<double> value = node->value<double>();
        if (!value || !std::isfinite(*value) || *value < 0) { // TOML has nan and inf
            fail(*node, Config::tr("'%1' must be a number ≥ 0").arg(QLatin1String(key)));
            return false;
        }
        *out = *value;
        return true;
    }

    void readChannelName(const toml::table &table, const char *key, QString *out)
    {
        QString raw;
        if (!readString(table, key, &raw))
            return;
        const QString name = normalizeChannelName(raw);
        if (name.isEmpty())
            fail(*table.get(key), Config::tr("'%1' is not a valid channel name "
                                             "(letters, digits, '-', '_', '.')")
                                          .arg(raw));
        else
            *out = name;
    }
};

void readServer(ConfigReader &reader, const toml::table &server, Config &config)
{
    reader.checkKeys(server, QStringLiteral("[server]"),
                     { QStringLiteral("listen"), QStringLiteral("ingest_tokens"),
                       QStringLiteral("max_body"), QStringLiteral("max_header"),
                       QStringLiteral("header_timeout"), QStringLiteral("body_timeout"),
                       QStringLiteral("idle_timeout"), QStringLiteral("rate_limit"),
                       QStringLiteral("rate_limit_loopback"), QStringLiteral("auto_create_channels"),
                       QStringLiteral("default_channel"),
                       // the team server (issue 15)
                       QStringLiteral("tls_certificate"), QStringLiteral("tls_key") });

    QString listen;
    if (reader.readString(server, "listen", &listen)
        && !parseListenAddress(listen, &config.listenAddress, &config.listenPort))
        reader.fail(*server.get("listen"),
                    Config::tr("'listen' must look like \"127.0.0.1:%1\", not '%2'")
                            .arg(kDefaultPort)
                            .arg(listen));

    if (const toml::node *tokens = server.get("ingest_tokens")) {
        const toml::array *list = tokens->as_array();
        if (!list)
            reader.fail(*tokens, Config::tr("'ingest_tokens' must be a list of secret names"));
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            if (const auto *name = list->get(i)->as_string())
                config.ingestTokenNames << qs(name->get());
            else
                reader.fail(*list->get(i), Config::tr("'ingest_tokens' must hold strings"));
        }
    }

    const QString sizeWords = aSize("\"1MiB\"");
    const QString timeWords = aDuration("\"30s\"");
    constexpr qint64 kMaxIntMs = std::numeric_limits<int>::max();
    qint64 value = 0;
    if (reader.readQuantity(server, "max_body", &value, parseByteSize, sizeWords))
        config.limits.maxBodyBytes = value;
    if (reader.readQuantity(server, "max_header", &value, parseByteSize, sizeWords))
        config.limits.maxHeaderBytes = int(qMin<qint64>(value, 1 << 24));
    if (reader.readQuantity(server, "header_timeout", &value, parseDurationMs, timeWords, kMaxIntMs))
        config.limits.headerTimeoutMs = int(value);
    if (reader.readQuantity(server, "body_timeout", &value, parseDurationMs, timeWords, kMaxIntMs))
        config.limits.bodyTimeoutMs = int(value);
    if (reader.readQuantity(server, "idle_timeout", &value, parseDurationMs, timeWords, kMaxIntMs))
        config.limits.idleTimeoutMs = int(value);
    reader.readNumber(server, "rate_limit", &config.limits.ratePerClient);
    reader.readBool(server, "rate_limit_loopback", &config.limits.rateLimitLoopback);
    reader.readBool(server, "auto_create_channels", &config.autoCreateChannels);
    reader.readChannelName(server, "default_channel", &config.defaultChannel);

    // ---- the team server (issue 15): TLS ----
    reader.readString(server, "tls_certificate", &config.tlsCertificate);
    reader.readString(server, "tls_key", &config.tlsKey);
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        reader.fail(server, Config::tr("tls_certificate and tls_key go together: give both, or neither"));
}

void readStore(ConfigReader &reader, const toml::table &store, Config &config)
{
    reader.checkKeys(store, QStringLiteral("[store]"),
                     { QStringLiteral("retention_days"), QStringLiteral("retention_events"),
                       QStringLiteral("durability"), QStringLiteral("url"), QStringLiteral("password") });
    qint64 value = 0;
    const auto plainNumber = [](const QString &) { return qint64(-1); };
    if (reader.readQuantity(store, "retention_days", &value, plainNumber, Config::tr("a whole number of days"),
                            std::numeric_limits<int>::max()))
        config.retention.maxAgeDays = int(value);
    if (reader.readQuantity(store, "retention_events", &value, plainNumber, Config::tr("a whole number")))
        config.retention.maxEvents = value;
    QString durability;
    if (reader.readString(store, "durability", &durability)) {
        if (durability == QLatin1String("full"))
            config.durability = EventStore::Durability::Full;
        else if (durability == QLatin1String("normal"))
            config.durability = EventStore::Durability::Normal;
        else
            reader.fail(*store.get("durability"),
                        Config::tr("unknown durability '%1' (full, normal)").arg(durability));
    }

    // PostgreSQL instead of the SQLite file (issue 17): a libpq URL, passed through as written,
    // and the NAME of the secret holding its password. A password in the URL itself would sit
    // in the file in plain text, so it is refused.
    QString url;
    if (reader.readString(store, "url", &url)) {
        const QUrl parsed(url);
        if (storeEngineOf(url) != StoreEngine::Postgres)
            reader.fail(*store.get("url"), Config::tr("'url' must start with postgresql:// or postgres://"));
        else if (!parsed.password().isEmpty() || url.contains(QLatin1String("password=")))
            reader.fail(*store.get("url"),
                        Config::tr("'url' must not contain the password: name a secret in 'password' instead"));
        else
            config.storeUrl = url;
    }
    reader.readString(store, "password", &config.storePasswordSecret);
}

// "" (the system's) or a language Bellboard has a translation for.
void readLanguage(ConfigReader &reader, const toml::table &table, Config &config)
{
    QString language;
    if (!reader.readString(table, "language", &language))
        return;
    language = language.trimmed();
    if (language.isEmpty() || translationLanguages().contains(language))
        config.language = language;
    else
        reader.fail(*table.get("language"), Config::tr("unknown language '%1' (%2, or \"\" for the system's)")
                                                    .arg(language, translationLanguages().join(QStringLiteral(", "))));
}

void readWindow(ConfigReader &reader, const toml::table &window, Config &config)
{
    reader.checkKeys(window, QStringLiteral("[window]"),
                     { QStringLiteral("theme"), QStringLiteral("remote_images"), QStringLiteral("language") });
    QString theme;
    if (reader.readString(window, "theme", &theme)) {
        if (theme == QLatin1String("system") || theme == QLatin1String("light") || theme == QLatin1String("dark"))
            config.theme = theme;
        else
            reader.fail(*window.get("theme"), Config::tr("unknown theme '%1' (system, light, dark)").arg(theme));
    }
    reader.readBool(window, "remote_images", &config.remoteImages);
    readLanguage(reader, window, config);
}

// Calls `read` for each table of an array of tables ([[channels]], [[routes]]).
template<typename Read>
void forEachTable(ConfigReader &reader, const toml::node *node, const char *name, Read read)
{
    if (!node)
        return;
    const toml::array *array = node->as_array();
    if (!array) {
        reader.fail(*node, Config::tr("'%1' must be written as [[%1]] tables").arg(QLatin1String(name)));
        return;
    }
    for (const toml::node &item : *array) {
        if (const toml::table *table = item.as_table())
            read(*table);
        else
            reader.fail(item, Config::tr("each [[%1]] entry must be a table").arg(QLatin1String(name)));
    }
}

// A bundled sound name, or a path to a WAV file Bellboard can play (checked now, so a bad file
// is reported with its line instead of failing silently at the first alert).
void readSound(ConfigReader &reader, const toml::table &table, QString *sound)
{
    QString value;
    if (!reader.readString(table, "sound", &value))
        return;
    QString why;
    if (SoundLibrary::resolve(value, &why).isEmpty())
        reader.fail(*table.get("sound"), Config::tr("sound: %1").arg(why));
    else
        *sound = value;
}

void readChannelAlerts(ConfigReader &reader, const toml::table &table, ChannelSettings &channel)
{
    const ChannelAlertSettings defaults = defaultChannelAlertSettings(channel.name);
    channel.notify = notifyModeName(defaults.mode);
    channel.sound = defaults.sound;
    channel.volume = defaults.volume;

    QString notify;
    if (reader.readString(table, "notify", &notify)) {
        if (parseNotifyMode(notify))
            channel.notify = notify.trimmed().toLower();
        else
            reader.fail(*table.get("notify"), Config::tr("unknown notify mode '%1' (%2)")
                                                      .arg(notify, notifyModeNames().join(QStringLiteral(", "))));
    }
    readSound(reader, table, &channel.sound);
    double volume = channel.volume;
    if (reader.readNumber(table, "volume", &volume)) {
        if (volume > 1.0)
            reader.fail(*table.get("volume"), Config::tr("'volume' must be a number from 0 to 1"));
        else
            channel.volume = volume;
    }
    if (table.get("escalate_crit")) {
        bool escalate = true;
        const int before = reader.errors.size();
        reader.readBool(table, "escalate_crit", &escalate);
        if (reader.errors.size() == before)
            channel.escalateCrit = escalate;
    }
    QString until;
    if (reader.readString(table, "muted_until", &until)) {
        const QDateTime parsed = QDateTime::fromString(until.trimmed(), Qt::ISODate);
        if (parsed.isValid())
            channel.mutedUntil = parsed;
        else
            reader.fail(*table.get("muted_until"),
                        Config::tr("'muted_until' must be a local date and time such as "
                                   "\"2026-11-25T09:00\", not '%1'")
                                .arg(until));
    }
    qint64 muteFor = 0;
    if (reader.readQuantity(table, "mute", &muteFor, parseDurationMs, aDuration("\"30m\"")))
        channel.muteForMs = muteFor;
}

void readChannel(ConfigReader &reader, const toml::table &table, Config &config)
{
    reader.checkKeys(table, QStringLiteral("[[channels]]"),
                     { QStringLiteral("name"), QStringLiteral("notify"), QStringLiteral("sound"),
                       QStringLiteral("volume"), QStringLiteral("escalate_crit"),
                       QStringLiteral("muted_until"), QStringLiteral("mute") });
    ChannelSettings channel;
    reader.readChannelName(table, "name", &channel.name);
    if (channel.name.isEmpty()) {
        if (!table.get("name"))
            reader.fail(table, Config::tr("a [[channels]] entry needs a name"));
        return;
    }
    readChannelAlerts(reader, table, channel);
    config.channels << channel;
}

void readAlerts(ConfigReader &reader, const toml::table &alerts, Config &config)
{
    reader.checkKeys(alerts, QStringLiteral("[alerts]"),
                     { QStringLiteral("sound"), QStringLiteral("coalesce"),
                       QStringLiteral("max_sounds_per_minute"), QStringLiteral("quiet_hours"),
                       QStringLiteral("escalate_crit"), QStringLiteral("repeat_crit") });
    AlertSettings &settings = config.alerts;
    reader.readBool(alerts, "sound", &settings.soundEnabled);
    reader.readBool(alerts, "escalate_crit", &settings.escalateCrit);
    qint64 value = 0;
    if (reader.readQuantity(alerts, "coalesce", &value, parseDurationMs, aDuration("\"2s\"")))
        settings.coalesceMs = value;
    if (reader.readQuantity(alerts, "repeat_crit", &value, parseDurationMs, Config::tr("a duration such as \"5m\" (\"0s\": never)")))
        settings.repeatCritMs = value;
    const auto plainNumber = [](const QString &) { return qint64(-1); };
    if (reader.readQuantity(alerts, "max_sounds_per_minute", &value, plainNumber, Config::tr("a whole number")))
        settings.maxSoundsPerMinute = int(qMin<qint64>(value, 1'000'000));
    QString quiet;
    if (reader.readString(alerts, "quiet_hours", &quiet)) {
        if (const std::optional<QuietHours> hours = QuietHours::parse(quiet))
            settings.quietHours = *hours;
        else
            reader.fail(*alerts.get("quiet_hours"),
                        Config::tr("'quiet_hours' must look like \"22:00-07:00\" (or \"\" for none), not '%1'")
                                .arg(quiet));
    }
}

void readRoute(ConfigReader &reader, const toml::table &table, Config &config)
{
    reader.checkKeys(table, QStringLiteral("[[routes]]"),
                     { QStringLiteral("tag"), QStringLiteral("channel"), QStringLiteral("username"),
                       QStringLiteral("icon_emoji"), QStringLiteral("icon_url") });
    NotifyRoute route;
    reader.readString(table, "tag", &route.tag);
    reader.readChannelName(table, "channel", &route.channel);
    reader.readString(table, "username", &route.username);
    reader.readString(table, "icon_emoji", &route.iconEmoji);
    reader.readString(table, "icon_url", &route.iconUrl);
    if (route.tag.isEmpty() || route.channel.isEmpty()) {
        reader.fail(table, Config::tr("a [[routes]] entry needs a tag and a channel"));
        return;
    }
    config.routes << route;
}

void readSlack(ConfigReader &reader, const toml::table &slack, Config &config)
{
    reader.checkKeys(slack, QStringLiteral("[slack]"), { QStringLiteral("api_url"), QStringLiteral("mirror") });
    QString url;
    if (reader.readString(slack, "api_url", &url)) {
        if (isWebUrl(url))
            config.slack.apiUrl = url;
        else
            reader.fail(*slack.get("api_url"),
                        Config::tr("'api_url' must be an http:// or https:// URL such as \"https://slack.com/api/\", not '%1'").arg(url));
    }
    if (const toml::node *mirror = slack.get("mirror")) {
        const toml::array *list = mirror->as_array();
        if (!list)
            reader.fail(*mirror, Config::tr("'mirror' must be a list of Slack channel names, such as [\"general\"]"));
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            const auto *name = list->get(i)->as_string();
            const QString word = name ? slackChannelWord(qs(name->get())) : QString();
            if (word.isEmpty())
                reader.fail(*list->get(i), Config::tr("'mirror' must hold Slack channel names (letters, digits, '-', '_', '.')"));
            else if (!config.slack.mirror.contains(word))
                config.slack.mirror << word;
        }
    }
}

// ---- [remote] (issue 15: the console attached to a server). Kept as one block, apart from the
// rest, while the reading of the other tables moves to a declarative schema.
void readRemote(ConfigReader &reader, const toml::table &remote, Config &config)
{
    reader.checkKeys(remote, QStringLiteral("[remote]"), { QStringLiteral("server"), QStringLiteral("certificate_sha256") });
    QString server;
    if (reader.readString(remote, "server", &server)) {
        if (isWebUrl(server))
            config.remote.server = server;
        else
            reader.fail(*remote.get("server"),
                        Config::tr("'server' must be an http:// or https:// URL such as \"https://bellboard.example:2355\", not '%1'").arg(server));
    }
    QString pin;
    if (reader.readString(remote, "certificate_sha256", &pin)) {
        const QString normalized = normalizedSha256(pin);
        if (!normalized.isEmpty())
            config.remote.certificateSha256 = normalized;
        else
            reader.fail(*remote.get("certificate_sha256"),
                        Config::tr("'certificate_sha256' must be a SHA-256 fingerprint (64 hex digits, ':' between pairs allowed), not '%1'").arg(pin));
    }
}
// ---- end of [remote]

// [ui] language is where older files keep the language (it moved to [window]): still read,
// without a warning, since every file Bellboard wrote before has it. [window] language, read
// after it, wins; Preferences moves it there when the language is changed.
void readUi(ConfigReader &reader, const toml::table &ui, Config &config)
{
    reader.checkKeys(ui, QStringLiteral("[ui]"), { QStringLiteral("language") });
    readLanguage(reader, ui, config);
}

// A string or a list of strings ("usage"), or a list of strings only ("run", values).
bool readStringList(ConfigReader &reader, const toml::table &table, const char *key, QStringList *out,
                    bool singleStringToo)
{
    const toml::node *node = table.get(key);
    if (!node)
        return false;
    if (const auto *text = node->as_string(); text && singleStringToo) {
        *out = { qs(text->get()) };
        return true;
    }
    const toml::array *list = node->as_array();
    QStringList values;
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        if (const auto *text = list->get(i)->as_string())
            values << qs(text->get());
        else
            list = nullptr;
    }
    if (!list) {
        reader.fail(*node, singleStringToo ? Config::tr("'%1' must be a string or a list of strings").arg(QLatin1String(key))
                                           : Config::tr("'%1' must be a list of strings").arg(QLatin1String(key)));
        return false;
    }
    *out = values;
    return true;
}

void readCommand(ConfigReader &reader, const toml::table &table, Config &config)
{
    reader.checkKeys(table, QStringLiteral("[[commands]]"),
                     { QStringLiteral("name"), QStringLiteral("usage"), QStringLiteral("description"),
                       QStringLiteral("url"), QStringLiteral("signing_secret"), QStringLiteral("verification_token"),
                       QStringLiteral("run"),
                       QStringLiteral("working_dir"), QStringLiteral("timeout"), QStringLiteral("max_output"),
                       QStringLiteral("confirm"), QStringLiteral("values") });
    CommandConfig command;
    command.line = int(table.source().begin.line);
    reader.readString(table, "name", &command.name);
    if (command.name.startsWith(QLatin1Char('/')))
        command.name.remove(0, 1);
    if (command.name.isEmpty()) {
        reader.fail(table, Config::tr("a [[commands]] entry needs a name"));
        return;
    }
    const int errorsBefore = int(reader.errors.size());
    if (readStringList(reader, table, "usage", &command.usage, true)) {
        QString usageError;
        CommandUsage::parse(command.name, command.usage, &usageError);
        if (!usageError.isEmpty())
            reader.fail(*table.get("usage"), Config::tr("usage %1").arg(usageError));
    }
    reader.readString(table, "description", &command.description);
    reader.readString(table, "url", &command.url);
    reader.readString(table, "signing_secret", &command.signingSecret);
    reader.readString(table, "verification_token", &command.verificationToken);
    readStringList(reader, table, "run", &command.run, false);
    reader.readString(table, "working_dir", &command.workingDir);
    reader.readQuantity(table, "timeout", &command.timeoutMs, parseDurationMs, aDuration("\"60s\""));
    reader.readQuantity(table, "max_output", &command.maxOutputBytes, parseByteSize, aSize("\"64KiB\""));
    reader.readBool(table, "confirm", &command.confirm);
    if (const toml::node *values = table.get("values")) {
        if (const toml::table *kinds = values->as_table()) {
            for (const auto &[kind, list] : *kinds) {
                QStringList items;
                if (readStringList(reader, *kinds, std::string(kind.str()).c_str(), &items, false))
                    command.values.insert(qs(kind.str()), items);
            }
        } else {
            reader.fail(*values, Config::tr("'values' must be a table of lists, e.g. values.stage = [\"staging\", \"production\"]"));
        }
    }

    const bool hasUrl = table.get("url") != nullptr;
    const bool hasRun = table.get("run") != nullptr;
    if (hasUrl == hasRun)
        reader.fail(table, hasUrl ? Config::tr("/%1 has both url and run: give either url (a Slack-style backend) "
                                               "or run (a program)")
                                            .arg(command.name)
                                  : Config::tr("/%1 needs either url (a Slack-style backend) or run (a program)")
                                            .arg(command.name));
    else if (hasUrl && !command.url.isEmpty() && !isWebUrl(command.url))
        reader.fail(*table.get("url"), Config::tr("'url' must be an http:// or https:// URL, not '%1'").arg(command.url));
    else if (hasRun && command.run.isEmpty() && int(reader.errors.size()) == errorsBefore)
        reader.fail(*table.get("run"), Config::tr("'run' must name a program"));
    if (int(reader.errors.size()) == errorsBefore)
        config.commands << command;
}

void readInteractivity(ConfigReader &reader, const toml::table &table, Config &config)
{
    reader.checkKeys(table, QStringLiteral("[[interactivity]]"),
                     { QStringLiteral("source"), QStringLiteral("url"), QStringLiteral("signing_secret"),
                       QStringLiteral("verification_token") });
    InteractivityConfig entry;
    entry.line = int(table.source().begin.line);
    reader.readString(table, "source", &entry.source);
    reader.readString(table, "url", &entry.url);
    reader.readString(table, "signing_secret", &entry.signingSecret);
    reader.readString(table, "verification_token", &entry.verificationToken);
    if (entry.source.isEmpty() || entry.url.isEmpty()) {
        reader.fail(table, Config::tr("an [[interactivity]] entry needs a source and a url"));
        return;
    }
    if (!isWebUrl(entry.url)) {
        reader.fail(*table.get("url"), Config::tr("'url' must be an http:// or https:// URL, not '%1'").arg(entry.url));
        return;
    }
    config.interactivity << entry;
}

// ---- the team server (issue 15): [[users]] ----
void readUser(ConfigReader &reader, const toml::table &table, Config &config)
{
    reader.checkKeys(table, QStringLiteral("[[users]]"),
                     { QStringLiteral("name"), QStringLiteral("token"), QStringLiteral("role") });
    UserConfig user;
    user.line = int(table.source().begin.line);
    reader.readString(table, "name", &user.name);
    reader.readString(table, "token", &user.tokenName);
    user.name = user.name.trimmed();
    if (user.name.isEmpty() || user.tokenName.isEmpty()) {
        reader.fail(table, Config::tr("a [[users]] entry needs a name and a token (the name of a secret)"));
        return;
    }
    QString role = QStringLiteral("viewer");
    if (reader.readString(table, "role", &role)) {
        const std::optional<Role> parsed = parseRole(role);
        if (!parsed) {
            reader.fail(*table.get("role"), Config::tr("unknown role '%1' (viewer, operator, admin)").arg(role));
            return;
        }
        user.role = *parsed;
    }
    for (const UserConfig &other : std::as_const(config.users)) {
        if (other.name == user.name) {
            reader.fail(table, Config::tr("user '%1' is already defined on line %2").arg(user.name).arg(other.line));
            return;
        }
    }
    config.users << user;
}

void readChatOps(ConfigReader &reader, const toml::table &chatops, Config &config)
{
    reader.checkKeys(chatops, QStringLiteral("[chatops]"), { QStringLiteral("user_name") });
    reader.readString(chatops, "user_name", &config.deskUserName);
    config.deskUserName = config.deskUserName.trimmed();
}

// [[sources]]: the native sources (README "Native sources"). Kept in one piece so that it
// moves as one into a declarative schema.
namespace sourcesconfig {

const QStringList &templateKeys()
{
    static const QStringList keys = { QStringLiteral("text"), QStringLiteral("title"), QStringLiteral("level"),
                                      QStringLiteral("user"), QStringLiteral("thread"), QStringLiteral("delivery_id") };
    return keys;
}

// A template key of a json source: compiled now, so a syntax error is a config error on the
// line where it is (a multi-line string's own line, counted from the key's).
void readTemplate(ConfigReader &reader, const toml::table &table, const char *key, JsonTemplate *out)
{
    QString text;
    if (!reader.readString(table, key, &text))
        return;
    const toml::node &node = *table.get(key);
    QString error;
    int line = 0;
    *out = JsonTemplate::compile(text, &error, &line);
    if (!error.isEmpty())
        //: %1 is a key of [[sources]] ("text", "title"), %2 what is wrong in it ("column 5: unclosed {{")
        reader.fail(int(node.source().begin.line) + line, Config::tr("the %1 template: %2").arg(QLatin1String(key), error));
}

void readSource(ConfigReader &reader, const toml::table &table, Config &config)
{
    reader.checkKeys(table, QStringLiteral("[[sources]]"),
                     QStringList{ QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("channel"),
                                  QStringLiteral("secret"), QStringLiteral("tolerance"),
                                  QStringLiteral("signature_header"), QStringLiteral("timestamp_header") }
                             + templateKeys());
    const int errorsBefore = int(reader.errors.size());
    SourceSettings source;
    source.line = int(table.source().begin.line);
    reader.readString(table, "name", &source.name);
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (source.name.isEmpty()) {
        reader.fail(table, Config::tr("a [[sources]] entry needs a name (its URL is /sources/<name>)"));
        return;
    }
    if (!namePattern.match(source.name).hasMatch()) {
        reader.fail(*table.get("name"), Config::tr("source name '%1' may only have letters, digits, '-', '_' and '.'").arg(source.name));
        return;
    }
    for (const SourceSettings &other : config.sources) {
        if (other.name == source.name) {
            reader.fail(*table.get("name"), Config::tr("source '%1' is already defined on line %2").arg(source.name).arg(other.line));
            return;
        }
    }
    QString kind;
    reader.readString(table, "kind", &kind);
    const std::optional<SourceKind> parsedKind = sourceKindFromName(kind);
    if (!parsedKind) {
        const toml::node *node = table.get("kind");
        const QString known = QStringLiteral("stripe, github, gitlab, sentry, alertmanager, grafana, json");
        if (node)
            reader.fail(*node, Config::tr("unknown source kind '%1' (%2)").arg(kind, known));
        else
            reader.fail(table, Config::tr("source '%1' needs a kind (%2)").arg(source.name, known));
        return;
    }
    source.kind = *parsedKind;
    const bool isJson = source.kind == SourceKind::Json;

    if (!reader.readString(table, "channel", &source.channel) || source.channel.trimmed().isEmpty()) {
        reader.fail(table, Config::tr("source '%1' needs a channel").arg(source.name));
    } else if (isJson && source.channel.contains(QLatin1String("{{"))) {
        readTemplate(reader, table, "channel", &source.templates.channel);
        source.channel.clear(); // each event's channel is the template's
    } else {
        const QString channel = normalizeChannelName(source.channel);
        if (channel.isEmpty())
            reader.fail(*table.get("channel"), Config::tr("'%1' is not a channel name").arg(source.channel));
        source.channel = channel;
    }

    QString secret;
    if (reader.readString(table, "secret", &secret)) {
        if (!isValidSecretName(secret))
            reader.fail(*table.get("secret"), Config::tr("'secret' is the NAME of a secret (letters, digits, '-', '_', '.'; "
                                                         "set its value with `bellboard secret set NAME`), not '%1'")
                                                      .arg(secret));
        source.secretName = secret;
    }
    reader.readQuantity(table, "tolerance", &source.toleranceMs, parseDurationMs, aDuration("\"5m\""));

    QString header;
    for (const char *key : { "signature_header", "timestamp_header" }) {
        if (!table.get(key))
            continue;
        if (source.kind != SourceKind::Grafana) {
            reader.fail(*table.get(key), Config::tr("'%1' is for grafana sources only").arg(QLatin1String(key)));
            continue;
        }
        if (reader.readString(table, key, &header))
            (QLatin1String(key) == QLatin1String("signature_header") ? source.signatureHeader : source.timestampHeader) =
                    header.trimmed().toLower().toLatin1();
    }

    for (const QString &key : templateKeys()) {
        const toml::node *node = table.get(key.toStdString());
        if (node && !isJson)
            reader.fail(*node, Config::tr("'%1' is for json sources only: a %2 source's events are made by Bellboard")
                                       .arg(key, kind));
    }
    if (isJson) {
        readTemplate(reader, table, "text", &source.templates.text);
        readTemplate(reader, table, "title", &source.templates.title);
        readTemplate(reader, table, "level", &source.templates.level);
        readTemplate(reader, table, "user", &source.templates.user);
        readTemplate(reader, table, "thread", &source.templates.thread);
        readTemplate(reader, table, "delivery_id", &source.templates.deliveryId);
        if (!table.get("text"))
            reader.fail(table, Config::tr("json source '%1' needs a text template, e.g. text = \"{{ user.email }} signed up\"")
                                       .arg(source.name));
    }
    if (int(reader.errors.size()) == errorsBefore)
        config.sources << source;
}

} // namespace sourcesconfig
} // namespace

QString configLineProblem(int line, const QString &message)
{
    //: %1 is a line number of bellboard.toml, %2 what is wrong there
    return Config::tr("config line %1: %2").arg(line).arg(message);
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QString slackChannelWord(const QString &text)
{
    QString word = text.trimmed();
    if (word.startsWith(QLatin1Char('#')))
        word.remove(0, 1);
    // Slack's channel names are Bellboard's rules (lower case, digits, '-', '_', '.'); ids are
    // upper case letters and digits ("C0123ABC") and are kept as they are.
    static const QRegularExpression id(QStringLiteral("^[CG][A-Z0-9]{6,}$"));
    if (id.match(word).hasMatch())
        return word;
    return normalizeChannelName(word) == word ? word : QString();
}

ConfigLoadResult parseConfig(const QByteArray &tomlText, const QString &sourceName)
{
    ConfigLoadResult result;
    ConfigReader reader;
    toml::table root;
    try {
        root = toml::parse(std::string_view(tomlText.constData(), size_t(tomlText.size())),
                           sourceName.toStdString());
    } catch (const toml::parse_error &error) {
        reader.fail(int(error.source().begin.line), qs(error.description()));
        result.errors = reader.errors;
        return result;
    }

    //: where in the file a key is: "unknown key 'x' in the file", as with "in [server]"
    reader.checkKeys(root, Config::tr("the file"),
                     { QStringLiteral("server"), QStringLiteral("store"), QStringLiteral("channels"),
                       QStringLiteral("routes"), QStringLiteral("commands"), QStringLiteral("slack"),
                       QStringLiteral("alerts"), QStringLiteral("window"),
                       QStringLiteral("ui"), QStringLiteral("chatops"), QStringLiteral("interactivity"),
                       QStringLiteral("remote"), QStringLiteral("users"), QStringLiteral("sources") });
    if (const toml::table *server = root["server"].as_table())
        readServer(reader, *server, result.config);
    if (const toml::table *store = root["store"].as_table())
        readStore(reader, *store, result.config);
    if (const toml::table *alerts = root["alerts"].as_table())
        readAlerts(reader, *alerts, result.config);
    if (const toml::node *slack = root.get("slack")) {
        if (const toml::table *table = slack->as_table())
            readSlack(reader, *table, result.config);
        else
            reader.fail(*slack, Config::tr("'slack' must be a table ([slack])"));
    }
    if (const toml::table *remote = root["remote"].as_table())
        readRemote(reader, *remote, result.config);
    if (const toml::table *ui = root["ui"].as_table())
        readUi(reader, *ui, result.config);
    if (const toml::table *window = root["window"].as_table())
        readWindow(reader, *window, result.config);
    forEachTable(reader, root.get("channels"), "channels",
                 [&](const toml::table &t) { readChannel(reader, t, result.config); });
    forEachTable(reader, root.get("routes"), "routes",
                 [&](const toml::table &t) { readRoute(reader, t, result.config); });
    if (const toml::table *chatops = root["chatops"].as_table())
        readChatOps(reader, *chatops, result.config);
    forEachTable(reader, root.get("commands"), "commands",
                 [&](const toml::table &t) { readCommand(reader, t, result.config); });
    forEachTable(reader, root.get("interactivity"), "interactivity",
                 [&](const toml::table &t) { readInteractivity(reader, t, result.config); });
    forEachTable(reader, root.get("users"), "users",
                 [&](const toml::table &t) { readUser(reader, t, result.config); });
    forEachTable(reader, root.get("sources"), "sources",
                 [&](const toml::table &t) { sourcesconfig::readSource(reader, t, result.config); });
    result.errors = reader.errors;
    return result;
}

ConfigLoadResult loadConfig(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigLoadResult result;
        result.errors << Config::tr("config %1: %2").arg(path, file.errorString());
        return result;
    }
    return parseConfig(file.readAll(), path);
}

AlertSettings alertSettings(const Config &config, const QDateTime &now)
{
    AlertSettings settings = config.alerts;
    for (const ChannelSettings &channel : config.channels) {
        ChannelAlertSettings alerts;
        alerts.mode = parseNotifyMode(channel.notify).value_or(NotifyMode::Bold);
        alerts.sound = channel.sound;
        alerts.volume = channel.volume;
        alerts.escalateCrit = channel.escalateCrit;
        alerts.mutedUntil = channel.mutedUntil;
        const QDateTime muteEnds = now.addMSecs(channel.muteForMs);
        if (channel.muteForMs > 0 && (!alerts.mutedUntil.isValid() || alerts.mutedUntil < muteEnds))
            alerts.mutedUntil = muteEnds;
        settings.channels.insert(channel.name, alerts);
    }
    return settings;
}

QByteArray defaultConfigText()
{
    initConfigResources();
    QFile file(QStringLiteral(":/bellboard/bellboard.toml"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

bool ensureConfigFile(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(path))
            return true; // another bellboard wrote it meanwhile: NewOnly never overwrites
        if (error)
            *error = Config::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(defaultConfigText()) < 0) {
        if (error)
            *error = Config::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    static const QRegularExpression pattern(
            QStringLiteral(R"(^(?:\[([0-9A-Fa-f:.]+)\]|([^:\[\]]*))(?::(\d{1,5}))?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    QString host = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    if (host.isEmpty() || host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    QHostAddress parsed;
    if (!parsed.setAddress(host))
        return false;
    quint16 parsedPort = kDefaultPort;
    if (match.hasCaptured(3) && !match.captured(3).isEmpty()) {
        const int value = match.captured(3).toInt();
        if (value < 1 || value > 65535)
            return false;
        parsedPort = quint16(value);
    }
    *address = parsed;
    *port = parsedPort;
    return true;
}

QString listenAddressText(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                               ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                               : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

namespace {

// "<number><unit>" with the unit's multiplier looked up in `units` ("" is the bare number).
qint64 parseWithUnits(const QString &text, const QList<QPair<QString, qint64>> &units)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const double number = match.captured(1).toDouble();
    for (const auto &[unit, factor] : units) {
        if (match.captured(2).compare(unit, Qt::CaseInsensitive) == 0) {
            const double value = number * double(factor);
            // Beyond 2^62 the conversion to qint64 would be undefined: too large is an error.
            return value < double(qint64(1) << 62) ? qint64(value) : -1;
        }
    }
    return -1;
}

} // namespace

// The unit tables are laid out by hand: clang-format 14 would join each into one line.
// clang-format off
qint64 parseByteSize(const QString &text)
{
    return parseWithUnits(text, { { QString(), 1 }, { QStringLiteral("B"), 1 },
                                  { QStringLiteral("KiB"), 1024 }, { QStringLiteral("KB"), 1000 },
                                  { QStringLiteral("MiB"), 1024 * 1024 }, { QStringLiteral("MB"), 1000 * 1000 },
                                  { QStringLiteral("GiB"), qint64(1) << 30 }, { QStringLiteral("GB"), 1000 * 1000 * 1000 } });
}

qint64 parseDurationMs(const QString &text)
{
    return parseWithUnits(text, { { QStringLiteral("ms"), 1 }, { QStringLiteral("s"), 1000 },
                                  { QStringLiteral("m"), 60 * 1000 }, { QStringLiteral("h"), 3600 * 1000 },
                                  { QStringLiteral("d"), 24 * 3600 * 1000 } });
}
// clang-format on

} // namespace bb
