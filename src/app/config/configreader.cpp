#include "configreader.h"

#include "config.h"

#include <algorithm>
#include <cmath>

namespace bb {

void ConfigReader::fail(int line, const QString &message)
{
    m_problems << qMakePair(line, configLineProblem(line, message));
}

QStringList ConfigReader::problems() const
{
    QList<QPair<int, QString>> sorted = m_problems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList texts;
    for (const auto &problem : sorted)
        texts << problem.second;
    return texts;
}

void ConfigReader::checkKeys(const toml::table &table, const QString &where, const QStringList &known)
{
    for (const auto &[key, node] : table) {
        const QString name = qs(key.str());
        if (!known.contains(name))
            fail(node, Config::tr("unknown key '%1' in %2 (known: %3)").arg(name, where, known.join(QStringLiteral(", "))));
    }
}

bool ConfigReader::readString(const toml::node &node, const char *key, QString *out)
{
    if (const auto *value = node.as_string()) {
        *out = qs(value->get());
        return true;
    }
    fail(node, Config::tr("'%1' must be a string").arg(QLatin1String(key)));
    return false;
}

bool ConfigReader::readBool(const toml::node &node, const char *key, bool *out)
{
    if (const auto *value = node.as_boolean()) {
        *out = value->get();
        return true;
    }
    fail(node, Config::tr("'%1' must be true or false").arg(QLatin1String(key)));
    return false;
}

bool ConfigReader::readNumber(const toml::node &node, const char *key, double *out)
{
    const std::optional<double> value = node.value<double>();
    if (!value || !std::isfinite(*value) || *value < 0) {
        fail(node, Config::tr("'%1' must be a number ≥ 0").arg(QLatin1String(key)));
        return false;
    }
    *out = *value;
    return true;
}

bool ConfigReader::readQuantity(const toml::node &node, const char *key, qint64 *out,
                                qint64 (*parse)(const QString &), const QString &expected, qint64 maximum)
{
    qint64 value = -1;
    if (const auto *integer = node.as_integer())
        value = integer->get();
    else if (const auto *text = node.as_string(); text && parse)
        value = parse(qs(text->get()));
    if (value < 0) {
        //: %1 is a key of the file, %2 what it takes, such as "a duration such as "30s""
        fail(node, Config::tr("'%1' must be %2").arg(QLatin1String(key), expected));
        return false;
    }
    if (value > maximum) {
        fail(node, Config::tr("'%1' is too large (at most %2)").arg(QLatin1String(key)).arg(maximum));
        return false;
    }
    *out = value;
    return true;
}

bool ConfigReader::readStringList(const toml::node &node, const char *key, QStringList *out, bool singleStringToo)
{
    if (const auto *text = node.as_string(); text && singleStringToo) {
        *out = { qs(text->get()) };
        return true;
    }
    const toml::array *list = node.as_array();
    QStringList values;
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        if (const auto *text = list->get(i)->as_string())
            values << qs(text->get());
        else
            list = nullptr;
    }
    if (!list) {
        fail(node, singleStringToo ? Config::tr("'%1' must be a string or a list of strings").arg(QLatin1String(key))
                                   : Config::tr("'%1' must be a list of strings").arg(QLatin1String(key)));
        return false;
    }
    *out = values;
    return true;
}

} // namespace bb
