#pragma once

#include "config.h"
#include "configreader.h"
#include "configschema.h"

#include <functional>
#include <limits>

// The building blocks of the schema (configschema.cpp): a key is one call, such as
//   flag<Config>("remote_images", "false", [](Config &c, bool on) { c.remoteImages = on; })
// which gives its description (ConfigKeyInfo) and how it is read. Private to src/app/config.
namespace bb::configkeys {

using Type = ConfigValueType;
constexpr qint64 kNoMaximum = std::numeric_limits<qint64>::max();

// One key: its description, and how its value is read into the Target (Config for a plain
// table, the entry's struct for an array table). A setter returns why a value that has the
// right type is refused ("" when it is taken); the problem is reported at the value's line.
template<typename Target>
struct Key
{
    ConfigKeyInfo info;
    std::function<bool(ConfigReader &, const toml::node &, Target &)> read; // false: refused, reported
    bool required = false;                                                  // an entry without it, or with a refused one, is dropped
    QString (*missing)() = nullptr;                                         // said at the entry's first line when the key is absent
};

template<typename T>
Key<T> custom(const char *name, Type type, const char *shipped,
              std::function<bool(ConfigReader &, const toml::node &, T &)> read)
{
    return { { {}, QLatin1String(name), type, QLatin1String(shipped), {} }, std::move(read) };
}

template<typename T>
Key<T> text(const char *name, const char *shipped, std::function<QString(T &, const QString &)> set)
{
    return custom<T>(name, Type::String, shipped, [name, set](ConfigReader &reader, const toml::node &node, T &target) {
        QString value;
        if (!reader.readString(node, name, &value))
            return false;
        const QString problem = set(target, value);
        if (!problem.isEmpty())
            reader.fail(node, problem);
        return problem.isEmpty();
    });
}

// A text that is only stored (a secret's name, a description).
template<typename T>
Key<T> plainText(const char *name, const char *shipped, QString T::*field)
{
    return text<T>(name, shipped, [field](T &target, const QString &value) {
        target.*field = value;
        return QString();
    });
}

template<typename T>
Key<T> choice(const char *name, const char *shipped, const QStringList &allowed,
              std::function<QString(T &, const QString &)> set)
{
    Key<T> key = text<T>(name, shipped, std::move(set));
    key.info.type = Type::Choice;
    key.info.allowed = allowed;
    return key;
}

template<typename T>
Key<T> flag(const char *name, const char *shipped, std::function<void(T &, bool)> set)
{
    return custom<T>(name, Type::Bool, shipped, [name, set](ConfigReader &reader, const toml::node &node, T &target) {
        bool value = false;
        if (!reader.readBool(node, name, &value))
            return false;
        set(target, value);
        return true;
    });
}

template<typename T>
Key<T> number(const char *name, const char *shipped, std::function<QString(T &, double)> set)
{
    return custom<T>(name, Type::Number, shipped, [name, set](ConfigReader &reader, const toml::node &node, T &target) {
        double value = 0;
        if (!reader.readNumber(node, name, &value))
            return false;
        const QString problem = set(target, value);
        if (!problem.isEmpty())
            reader.fail(node, problem);
        return problem.isEmpty();
    });
}

// A count, size or duration; `expected` says what the key takes, in the reader's language.
template<typename T>
Key<T> quantity(const char *name, Type type, const char *shipped, QString (*expected)(), qint64 maximum,
                std::function<void(T &, qint64)> set)
{
    qint64 (*parse)(const QString &) = type == Type::Size     ? parseByteSize
                                     : type == Type::Duration ? parseDurationMs
                                                              : nullptr;
    return custom<T>(name, type, shipped, [=](ConfigReader &reader, const toml::node &node, T &target) {
        qint64 value = 0;
        if (!reader.readQuantity(node, name, &value, parse, expected(), maximum))
            return false;
        set(target, value);
        return true;
    });
}

template<typename T>
Key<T> strings(const char *name, Type type, const char *shipped, std::function<QString(T &, const QStringList &)> set)
{
    return custom<T>(name, type, shipped, [=](ConfigReader &reader, const toml::node &node, T &target) {
        QStringList value;
        if (!reader.readStringList(node, name, &value, type == Type::StringOrList))
            return false;
        const QString problem = set(target, value);
        if (!problem.isEmpty())
            reader.fail(node, problem);
        return problem.isEmpty();
    });
}

// The same reading, described by a more precise type (a date and time written as a string).
template<typename T>
Key<T> described(Key<T> key, Type type)
{
    key.info.type = type;
    return key;
}

template<typename T>
Key<T> required(Key<T> key, QString (*missing)() = nullptr)
{
    key.required = true;
    key.missing = missing;
    return key;
}

// How one table of the file is read: the schema's entries hide their target types behind this.
struct TableReader
{
    ConfigTableInfo info;
    std::function<void(ConfigReader &, const toml::table &, Config &)> read; // one table or one entry
};

template<typename T>
QList<ConfigKeyInfo> infos(const char *table, const QList<Key<T>> &keys)
{
    QList<ConfigKeyInfo> result;
    for (Key<T> key : keys) {
        key.info.table = QLatin1String(table);
        result << key.info;
    }
    return result;
}

inline QString where(const ConfigTableInfo &info)
{
    return info.array ? QStringLiteral("[[%1]]").arg(info.name) : QStringLiteral("[%1]").arg(info.name);
}

// Reads the keys in the schema's order; false when a required one is missing or refused.
// `afterKeyCheck`: the reader's problem count once unknown keys are reported (a typo of an
// optional key does not drop an entry).
template<typename T>
bool readKeys(ConfigReader &reader, const toml::table &table, const ConfigTableInfo &info, const QList<Key<T>> &keys,
              T &target, int *afterKeyCheck = nullptr)
{
    QStringList known;
    for (const Key<T> &key : keys)
        known << key.info.key;
    reader.checkKeys(table, where(info), known);
    if (afterKeyCheck)
        *afterKeyCheck = reader.problemCount();
    for (const Key<T> &key : keys) {
        const toml::node *node = table.get(std::string_view(key.info.key.data(), size_t(key.info.key.size())));
        if (!node && key.missing)
            reader.fail(table, key.missing());
        if ((!node || !key.read(reader, *node, target)) && key.required)
            return false;
    }
    return true;
}

// [name]: its keys set fields of Config.
inline TableReader plainTable(const char *name, const QList<Key<Config>> &keys, bool legacy = false)
{
    const ConfigTableInfo info{ QLatin1String(name), false, legacy, infos(name, keys) };
    return { info, [info, keys](ConfigReader &reader, const toml::table &table, Config &config) {
                readKeys(reader, table, info, keys, config);
            } };
}

// [[name]]: each entry starts as Entry{}; `finish` checks it as a whole and adds it to the
// config (`problemsBefore`: the reader's count before its values, so an entry can be dropped
// when any of them was refused).
template<typename Entry>
TableReader arrayTable(const char *name, const QList<Key<Entry>> &keys,
                       std::function<void(ConfigReader &, const toml::table &, Entry &, int problemsBefore, Config &)> finish)
{
    const ConfigTableInfo info{ QLatin1String(name), true, false, infos(name, keys) };
    return { info, [info, keys, finish](ConfigReader &reader, const toml::table &table, Config &config) {
                Entry entry;
                int problemsBefore = 0;
                if (readKeys(reader, table, info, keys, entry, &problemsBefore))
                    finish(reader, table, entry, problemsBefore, config);
            } };
}

} // namespace bb::configkeys
