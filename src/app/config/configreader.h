#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <toml++/toml.h>

#include <limits>
#include <string_view>

// Reading typed values out of toml++ nodes with line-precise problems: the one place the
// schema's key types (configschema.cpp) meet the TOML library. Private to src/app/config.
namespace bb {

struct Config;
class ConfigReader;

// Reads every table the schema (configschema.cpp) knows from `root` into `config`.
void readConfigTables(ConfigReader &reader, const toml::table &root, Config &config);

inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

class ConfigReader
{
public:
    void fail(const toml::node &node, const QString &message) { fail(int(node.source().begin.line), message); }
    void fail(int line, const QString &message);
    int problemCount() const { return int(m_problems.size()); }
    // "config line N: …" in the order of the file's lines (a stable sort: one line's problems
    // keep the order they were found in).
    QStringList problems() const;

    // Reports keys the table does not know, so a typo is not silently ignored.
    void checkKeys(const toml::table &table, const QString &where, const QStringList &known);

    bool readString(const toml::node &node, const char *key, QString *out);
    bool readBool(const toml::node &node, const char *key, bool *out);
    // A number ≥ 0 (TOML has nan and inf, which are refused).
    bool readNumber(const toml::node &node, const char *key, double *out);
    // A non-negative integer, or a string `parse` understands ("1MiB", "30s"; no parser: an
    // integer only). `maximum` keeps the value within what the setting's type holds (an int of
    // milliseconds is 24 days), so that a huge value is an error rather than a wrapped-around one.
    bool readQuantity(const toml::node &node, const char *key, qint64 *out, qint64 (*parse)(const QString &),
                      const QString &expected, qint64 maximum = std::numeric_limits<qint64>::max());
    // A list of strings, or (singleStringToo) also one string.
    bool readStringList(const toml::node &node, const char *key, QStringList *out, bool singleStringToo);

private:
    QList<QPair<int, QString>> m_problems;
};

} // namespace bb
