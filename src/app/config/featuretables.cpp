#include "featuretables.h"

#include "config.h"
#include "configreader.h"
#include "core/channelname.h"
#include "core/searchquery.h"
#include "core/walltile.h"
#include "ingest/access.h"
#include "ingest/sources/jsontemplate.h"
#include "remote/certificatepin.h"
#include "secrets/secrets.h"

#include <QRegularExpression>

namespace bb::featuretables {

using namespace configkeys;

namespace {

QString aDuration(const char *example)
{
    return Config::tr("a duration such as %1").arg(QLatin1String(example));
}

} // namespace

// One [[wall.tiles]] entry; its problems carry their lines, and a tile with any is left out.
static void readWallTile(ConfigReader &reader, const toml::table &table, QList<WallTileSpec> *tiles)
{
    reader.checkKeys(table, QStringLiteral("[[wall.tiles]]"),
                     { QStringLiteral("title"), QStringLiteral("query"), QStringLiteral("compare"), QStringLiteral("sum") });
    WallTileSpec tile;
    const int problemsBefore = reader.problemCount();
    if (const toml::node *title = table.get("title"))
        reader.readString(*title, "title", &tile.title);
    const toml::node *queryNode = table.get("query");
    if (!queryNode || !reader.readString(*queryNode, "query", &tile.query) || tile.query.trimmed().isEmpty()) {
        if (reader.problemCount() == problemsBefore)
            reader.fail(table, Config::tr("a [[wall.tiles]] entry needs a query"));
        return;
    }
    const QueryParseResult parsed = parseSearchQuery(tile.query);
    if (!parsed.ok()) {
        //: %1 is the query as written, %2 what is wrong with it
        reader.fail(*queryNode, Config::tr("the query '%1' is not valid: %2").arg(tile.query, parsed.error));
        return;
    }
    QString compare;
    if (const toml::node *node = table.get("compare"); node && reader.readString(*node, "compare", &compare)) {
        const auto comparison = tileComparisonFromName(compare);
        if (!comparison)
            reader.fail(*node, Config::tr("unknown comparison '%1' (yesterday, last_week)").arg(compare));
        else if (!parsed.query.after.isValid())
            reader.fail(*node, Config::tr("'compare' needs a query with a start, such as 'today' or 'after:'"));
        else
            tile.comparison = *comparison;
    }
    QString sum;
    if (const toml::node *node = table.get("sum"); node && reader.readString(*node, "sum", &sum)) {
        if (sum == QLatin1String("amount"))
            tile.sumAmounts = true;
        else
            reader.fail(*node, Config::tr("unknown sum '%1' (amount)").arg(sum));
    }
    if (tile.title.isEmpty())
        tile.title = tile.query;
    if (reader.problemCount() == problemsBefore)
        tiles->append(tile);
}

// [wall]: its [[wall.tiles]], the numbers above the wall's columns. Tiles written in the file
// replace the defaults, even when none of them is valid: `tiles = []` is a wall without numbers.
TableReader wallTable()
{
    return plainTable("wall", { custom<Config>("tiles", Type::ListTable, "",
                                               [](ConfigReader &reader, const toml::node &node, Config &config) {
                                                   const toml::array *list = node.as_array();
                                                   if (!list) {
                                                       reader.fail(node, Config::tr("'%1' must be written as [[%1]] tables")
                                                                                 .arg(QStringLiteral("wall.tiles")));
                                                       return false;
                                                   }
                                                   config.wallTiles.clear();
                                                   for (const toml::node &item : *list) {
                                                       if (const toml::table *tile = item.as_table())
                                                           readWallTile(reader, *tile, &config.wallTiles);
                                                       else
                                                           reader.fail(item, Config::tr("each [[%1]] entry must be a table")
                                                                                     .arg(QStringLiteral("wall.tiles")));
                                                   }
                                                   return true;
                                               }) });
}

// [remote]: the server this console is attached to (`bellboard remote login` writes it).
TableReader remoteTable()
{
    return plainTable(
            "remote",
            { text<Config>("server", "\"https://bellboard.example:2355\"",
                           [](Config &config, const QString &value) {
                               if (!isWebUrl(value))
                                   return Config::tr("'server' must be an http:// or https:// URL such as "
                                                     "\"https://bellboard.example:2355\", not '%1'")
                                           .arg(value);
                               config.remote.server = value;
                               return QString();
                           }),
              text<Config>("certificate_sha256", "", [](Config &config, const QString &value) {
                  const QString normalized = normalizedSha256(value);
                  if (normalized.isEmpty())
                      return Config::tr("'certificate_sha256' must be a SHA-256 fingerprint (64 hex digits, ':' "
                                        "between pairs allowed), not '%1'")
                              .arg(value);
                  config.remote.certificateSha256 = normalized;
                  return QString();
              }) });
}

// [[users]]: the people of a team server, each with a token of their own and a role.
TableReader usersTable()
{
    return arrayTable<UserConfig>(
            "users",
            { text<UserConfig>("name", "\"alice\"",
                               [](UserConfig &user, const QString &value) {
                                   user.name = value.trimmed();
                                   return QString();
                               }),
              plainText("token", "\"alice\"", &UserConfig::tokenName),
              choice<UserConfig>("role", "\"operator\"",
                                 { QStringLiteral("viewer"), QStringLiteral("operator"), QStringLiteral("admin") },
                                 [](UserConfig &user, const QString &value) {
                                     const std::optional<Role> role = parseRole(value);
                                     if (!role)
                                         return Config::tr("unknown role '%1' (viewer, operator, admin)").arg(value);
                                     user.role = *role;
                                     return QString();
                                 }) },
            [](ConfigReader &reader, const toml::table &table, UserConfig &user, int problemsBefore, Config &config) {
                user.line = int(table.source().begin.line);
                if (user.name.isEmpty() || user.tokenName.isEmpty()) {
                    reader.fail(table, Config::tr("a [[users]] entry needs a name and a token (the name of a secret)"));
                    return;
                }
                if (reader.problemCount() > problemsBefore)
                    return; // a refused role: the person is left out rather than given a default
                for (const UserConfig &other : std::as_const(config.users)) {
                    if (other.name == user.name) {
                        reader.fail(table,
                                    Config::tr("user '%1' is already defined on line %2").arg(user.name).arg(other.line));
                        return;
                    }
                }
                config.users << user;
            });
}

// A template key of a json source, compiled as it is read: a syntax error is a problem on the
// line where it is (a multi-line string's own line, counted from the key's).
static Key<SourceSettings> sourceTemplate(const char *name, const char *shipped, JsonTemplate JsonSourceTemplates::*field)
{
    return custom<SourceSettings>(
            name, Type::String, shipped, [name, field](ConfigReader &reader, const toml::node &node, SourceSettings &source) {
                QString text;
                if (!reader.readString(node, name, &text))
                    return false;
                if (source.kind != SourceKind::Json) {
                    reader.fail(node, Config::tr("'%1' is for json sources only: a %2 source's events are made by Bellboard")
                                              .arg(QLatin1String(name), sourceKindName(source.kind)));
                    return false;
                }
                QString error;
                int line = 0;
                source.templates.*field = JsonTemplate::compile(text, &error, &line);
                if (!error.isEmpty())
                    //: %1 is a key of [[sources]] ("text", "title"), %2 what is wrong in it ("column 5: unclosed {{")
                    reader.fail(int(node.source().begin.line) + line,
                                Config::tr("the %1 template: %2").arg(QLatin1String(name), error));
                return error.isEmpty();
            });
}

// A Grafana contact point's own header names for its HMAC signature.
static Key<SourceSettings> grafanaHeader(const char *name, const char *shipped, QByteArray SourceSettings::*field)
{
    return custom<SourceSettings>(
            name, Type::String, shipped, [name, field](ConfigReader &reader, const toml::node &node, SourceSettings &source) {
                QString header;
                if (!reader.readString(node, name, &header))
                    return false;
                if (source.kind != SourceKind::Grafana) {
                    reader.fail(node, Config::tr("'%1' is for grafana sources only").arg(QLatin1String(name)));
                    return false;
                }
                source.*field = header.trimmed().toLower().toLatin1();
                return true;
            });
}

// [[sources]]: the native sources, each at POST /sources/<name> (README "Native sources").
TableReader sourcesTable()
{
    static const QString kinds = QStringLiteral("stripe, github, gitlab, sentry, alertmanager, grafana, json");
    return arrayTable<SourceSettings>(
            "sources",
            { text<SourceSettings>("name", "\"stripe\"",
                                   [](SourceSettings &source, const QString &value) {
                                       static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
                                       if (!pattern.match(value).hasMatch())
                                           return Config::tr("source name '%1' may only have letters, digits, '-', '_' and '.'")
                                                   .arg(value);
                                       source.name = value;
                                       return QString();
                                   }),
              choice<SourceSettings>("kind", "\"stripe\"", kinds.split(QStringLiteral(", ")),
                                     [](SourceSettings &source, const QString &value) {
                                         const std::optional<SourceKind> kind = sourceKindFromName(value);
                                         if (!kind)
                                             return Config::tr("unknown source kind '%1' (%2)").arg(value, kinds);
                                         source.kind = *kind;
                                         return QString();
                                     }),
              // Read as written: a json source's channel may be a template (finish decides).
              plainText("channel", "\"financials\"", &SourceSettings::channel),
              text<SourceSettings>("secret", "\"stripe_whsec\"",
                                   [](SourceSettings &source, const QString &value) {
                                       if (!isValidSecretName(value))
                                           return Config::tr("'secret' is the NAME of a secret (letters, digits, '-', "
                                                             "'_', '.'; set its value with `bellboard secret set "
                                                             "NAME`), not '%1'")
                                                   .arg(value);
                                       source.secretName = value;
                                       return QString();
                                   }),
              quantity<SourceSettings>(
                      "tolerance", Type::Duration, "\"5m\"", [] { return aDuration("\"5m\""); },
                      kNoMaximum, [](SourceSettings &source, qint64 value) { source.toleranceMs = value; }),
              grafanaHeader("signature_header", "", &SourceSettings::signatureHeader),
              grafanaHeader("timestamp_header", "", &SourceSettings::timestampHeader),
              sourceTemplate("text", "\"{{ user.email }} upgraded to {{ plan }} ({{ amount | money currency }})\"",
                             &JsonSourceTemplates::text),
              sourceTemplate("title", "", &JsonSourceTemplates::title),
              sourceTemplate("level", "\"{{ severity | default \\\"info\\\" }}\"", &JsonSourceTemplates::level),
              sourceTemplate("user", "\"{{ user.email }}\"", &JsonSourceTemplates::user),
              sourceTemplate("thread", "", &JsonSourceTemplates::thread),
              sourceTemplate("delivery_id", "\"{{ id }}\"", &JsonSourceTemplates::deliveryId) },
            [](ConfigReader &reader, const toml::table &table, SourceSettings &source, int problemsBefore, Config &config) {
                source.line = int(table.source().begin.line);
                if (!table.get("name")) {
                    reader.fail(table, Config::tr("a [[sources]] entry needs a name (its URL is /sources/<name>)"));
                    return;
                }
                if (!table.get("kind")) {
                    reader.fail(table, Config::tr("source '%1' needs a kind (%2)").arg(source.name, kinds));
                    return;
                }
                if (reader.problemCount() > problemsBefore)
                    return; // an unknown kind: what else the entry needs depends on it
                for (const SourceSettings &other : std::as_const(config.sources)) {
                    if (other.name == source.name) {
                        reader.fail(*table.get("name"), Config::tr("source '%1' is already defined on line %2")
                                                                .arg(source.name)
                                                                .arg(other.line));
                        return;
                    }
                }
                const bool isJson = source.kind == SourceKind::Json;
                const toml::node *channel = table.get("channel");
                if (source.channel.trimmed().isEmpty()) {
                    reader.fail(table, Config::tr("source '%1' needs a channel").arg(source.name));
                } else if (isJson && source.channel.contains(QLatin1String("{{"))) {
                    QString error;
                    int line = 0;
                    source.templates.channel = JsonTemplate::compile(source.channel, &error, &line);
                    if (!error.isEmpty())
                        reader.fail(int(channel->source().begin.line) + line,
                                    Config::tr("the %1 template: %2").arg(QStringLiteral("channel"), error));
                    source.channel.clear(); // each event's channel is the template's
                } else {
                    const QString name = normalizeChannelName(source.channel);
                    if (name.isEmpty())
                        reader.fail(*channel, Config::tr("'%1' is not a channel name").arg(source.channel));
                    source.channel = name;
                }
                if (isJson && !table.get("text"))
                    reader.fail(table, Config::tr("json source '%1' needs a text template, e.g. text = \"{{ user.email }} "
                                                  "signed up\"")
                                               .arg(source.name));
                if (reader.problemCount() == problemsBefore)
                    config.sources << source;
            });
}

} // namespace bb::featuretables
