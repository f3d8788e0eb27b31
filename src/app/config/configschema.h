#pragma once

#include <QLatin1String>
#include <QList>
#include <QStringList>

// The one description of bellboard.toml: every table and every key with its type, the value
// the shipped file gives it and the values it allows. Loading (parseConfig), the unknown-key
// check, ConfigEditor and the test of the shipped resources/bellboard.toml all read it;
// configschema.cpp declares it. docs/ARCHITECTURE.md, "Where to add a config key", says how.
namespace bb {

enum class ConfigValueType {
    String,
    Choice, // a string out of ConfigKeyInfo::allowed (a theme, a notify mode)
    Bool,
    Number,       // ≥ 0, fractions allowed
    Count,        // an integer ≥ 0
    Size,         // "1MiB" or bytes
    Duration,     // "30s" or milliseconds
    DateTime,     // "2026-11-25T09:00", local time
    StringList,   // ["a", "b"]
    StringOrList, // "a" or ["a", "b"]
    ListTable,    // a table of string lists: values.stage = ["staging", "production"]
};

struct ConfigKeyInfo
{
    QLatin1String table; // "server"; "channels" for a [[channels]] entry's keys
    QLatin1String key;   // "max_body"
    ConfigValueType type = ConfigValueType::String;
    QLatin1String shippedValue; // as resources/bellboard.toml writes it ("\"1MiB\""); empty: no one value
    QStringList allowed;        // for Choice
};

struct ConfigTableInfo
{
    QLatin1String name;
    bool array = false;  // [[name]]: a list of entries
    bool legacy = false; // still read but no longer written ([ui], whose language moved to [window])
    QList<ConfigKeyInfo> keys;
};

// Every table in the order they are read (a later one wins: [window] language over [ui]).
const QList<ConfigTableInfo> &configSchema();
// nullptr when `table` has no such key.
const ConfigKeyInfo *configKey(QLatin1String table, QLatin1String key);

} // namespace bb
