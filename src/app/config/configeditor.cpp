#include "configeditor.h"

#include "config.h"
#include "configschema.h"
#include "core/channelname.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <functional>
#include <toml++/toml.h>

namespace bb {

namespace {

// One byte range of the file and what replaces it.
struct Edit
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray replacement;
};

// Turns toml++'s source positions (1-based lines, 1-based columns counted in code points)
// into byte offsets of the text they came from.
class Positions
{
public:
    explicit Positions(const QByteArray &text)
        : m_text(text)
    {
        m_lineStarts << 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == '\n')
                m_lineStarts << i + 1;
        }
    }

    qsizetype offset(const toml::source_position &position) const
    {
        qsizetype at = lineStart(int(position.line));
        for (auto column = position.column; column > 1 && at < m_text.size(); --column) {
            ++at; // past the lead byte, then past its continuation bytes
            while (at < m_text.size() && (uchar(m_text.at(at)) & 0xC0) == 0x80)
                ++at;
        }
        return at;
    }
    qsizetype lineStart(int line) const { return m_lineStarts.value(qMax(0, line - 1), m_text.size()); }
    qsizetype nextLineStart(int line) const { return m_lineStarts.value(line, m_text.size()); }
    bool startsWith(const toml::source_position &position, const char *text) const
    {
        return m_text.mid(offset(position)).startsWith(text);
    }

private:
    const QByteArray &m_text;
    QList<qsizetype> m_lineStarts;
};

QByteArray tomlString(const QString &value)
{
    QByteArray out = "\"";
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\' + QString(c).toUtf8();
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUtf8();
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

QByteArray tomlVolume(double volume)
{
    QByteArray text = QByteArray::number(qBound(0.0, volume, 1.0), 'f', 2);
    while (text.endsWith('0') && !text.endsWith(".0"))
        text.chop(1);
    return text;
}

QString mutedUntilText(const QDateTime &until)
{
    return until.toLocalTime().toString(Qt::ISODate);
}

// Keys of one table with their new values as TOML text, in the order new ones are appended;
// an empty value removes the key.
using KeyValues = QList<QPair<QByteArray, QByteArray>>;

// True when the schema has [table] key of one of `types`: a writer names only keys that load.
bool inSchema(const QString &table, const QByteArray &key, std::initializer_list<ConfigValueType> types)
{
    const QByteArray tableName = table.toLatin1();
    const ConfigKeyInfo *info = configKey(QLatin1String(tableName), QLatin1String(key));
    return info && std::find(types.begin(), types.end(), info->type) != types.end();
}

// The keys of a [[channels]] entry the dialog owns.
KeyValues channelValues(const ChannelAlertSettings &settings)
{
    using T = ConfigValueType;
    Q_ASSERT(inSchema(QStringLiteral("channels"), "notify", { T::Choice }) && inSchema(QStringLiteral("channels"), "sound", { T::String })
             && inSchema(QStringLiteral("channels"), "volume", { T::Number })
             && inSchema(QStringLiteral("channels"), "escalate_crit", { T::Bool })
             && inSchema(QStringLiteral("channels"), "muted_until", { T::DateTime }));
    return { { "notify", tomlString(notifyModeName(settings.mode)) },
             { "sound", tomlString(settings.sound) },
             { "volume", tomlVolume(settings.volume) },
             { "escalate_crit", settings.escalateCrit ? QByteArray(*settings.escalateCrit ? "true" : "false")
                                                      : QByteArray() },
             { "muted_until", settings.mutedUntil.isValid() ? tomlString(mutedUntilText(settings.mutedUntil))
                                                            : QByteArray() } };
}

// True when `node` already holds what `tomlText` says, so an unchanged value keeps its
// spelling (0.80, 'alarm', a comment-aligned column) byte for byte.
bool holds(const toml::node &node, const QByteArray &tomlText)
{
    try {
        const toml::table parsed = toml::parse(("v = " + tomlText).toStdString());
        const toml::node *wanted = parsed.get("v");
        if (node.is_number() && wanted->is_number())
            return qFuzzyCompare(1.0 + node.value<double>().value_or(-1), 1.0 + wanted->value<double>().value_or(-2));
        if (node.is_boolean() && wanted->is_boolean())
            return node.value<bool>() == wanted->value<bool>();
        if (const toml::array *list = node.as_array(); list && wanted->is_array()) {
            const toml::array &wantedList = *wanted->as_array();
            if (list->size() != wantedList.size())
                return false;
            for (size_t i = 0; i < list->size(); ++i) {
                if (list->get(i)->value<std::string>() != wantedList.get(i)->value<std::string>())
                    return false;
            }
            return true;
        }
        return node.is_string() && wanted->is_string() && node.value<std::string>() == wanted->value<std::string>();
    } catch (const toml::parse_error &) {
        return false;
    }
}

// The edits that give `table` the values: a changed value replaced where it stands, a removed
// key's line dropped, a new key appended after the table's last value. With no table
// (nullptr) the values follow `header`, appended at `fallbackAt`.
QList<Edit> tableEdits(const QByteArray &text, const Positions &positions, const toml::table *table,
                       const KeyValues &values, const QByteArray &header, qsizetype fallbackAt)
{
    QList<Edit> edits;
    QByteArray appended;
    for (const auto &[key, value] : values) {
        const toml::node *node = table ? table->get(std::string_view(key.constData(), size_t(key.size()))) : nullptr;
        if (node && value.isEmpty()) {
            // The whole line goes: a key/value pair always ends its line.
            const toml::key &name = table->find(key.toStdString())->first;
            edits << Edit{ positions.lineStart(int(name.source().begin.line)),
                           positions.nextLineStart(int(node->source().end.line)),
                           {} };
        } else if (node && !holds(*node, value)) {
            edits << Edit{ positions.offset(node->source().begin), positions.offset(node->source().end), value };
        } else if (!node && !value.isEmpty()) {
            appended += key + QByteArray(" = ") + value + '\n';
        }
    }
    if (!table && !appended.isEmpty())
        appended = header + appended;
    if (!appended.isEmpty()) {
        qsizetype at = fallbackAt;
        if (table) {
            int afterLine = int(table->source().begin.line);
            for (const auto &[key, value] : *table)
                afterLine = qMax(afterLine, int(value.source().end.line));
            at = positions.nextLineStart(afterLine);
        }
        if (at > 0 && text.at(at - 1) != '\n')
            appended.prepend('\n');
        edits << Edit{ at, at, appended };
    }
    return edits;
}

QByteArray applied(const QByteArray &text, QList<Edit> edits)
{
    // From the end of the file backwards, so earlier offsets stay valid; insertions at one
    // offset end up in the order they were listed.
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.begin < b.begin; });
    QByteArray result = text;
    for (auto edit = edits.crbegin(); edit != edits.crend(); ++edit)
        result.replace(edit->begin, edit->end - edit->begin, edit->replacement);
    return result;
}

// The first error `edited` has that `original` did not, if any.
std::optional<QString> newError(const QByteArray &original, const QByteArray &edited)
{
    const ConfigLoadResult before = parseConfig(original, QStringLiteral("bellboard.toml"));
    const ConfigLoadResult after = parseConfig(edited, QStringLiteral("bellboard.toml"));
    if (after.errors.size() <= before.errors.size())
        return std::nullopt;
    for (const QString &problem : after.errors) {
        if (!before.errors.contains(problem))
            return problem;
    }
    return after.errors.first();
}

QString channelNameOf(const toml::table &table)
{
    const std::optional<std::string> name = table["name"].value<std::string>();
    return name ? normalizeChannelName(QString::fromStdString(*name)) : QString();
}

// Checks that `edited` loads as cleanly as `original` and gives `channel` exactly `settings`.
bool readsBack(const QByteArray &original, const QByteArray &edited, const QString &channel,
               const ChannelAlertSettings &settings, QString *error)
{
    if (const std::optional<QString> problem = newError(original, edited)) {
        *error = *problem;
        return false;
    }
    const ConfigLoadResult after = parseConfig(edited, QStringLiteral("bellboard.toml"));
    const auto entry = std::find_if(after.config.channels.rbegin(), after.config.channels.rend(),
                                    [&](const ChannelSettings &c) { return c.name == channel; });
    const bool same = entry != after.config.channels.rend()
                   && entry->notify == settings.mode && entry->sound == settings.sound
                   && qFuzzyCompare(1.0 + entry->volume, 1.0 + tomlVolume(settings.volume).toDouble())
                   && entry->escalateCrit == settings.escalateCrit
                   && entry->mutedUntil.isValid() == settings.mutedUntil.isValid()
                   && (!settings.mutedUntil.isValid()
                       || entry->mutedUntil.toSecsSinceEpoch() == settings.mutedUntil.toSecsSinceEpoch());
    if (!same)
        *error = ConfigEditor::tr("the channel's entry would not read back as saved (%1 is edited in an "
                                  "unusual way: change it by hand)")
                         .arg(channel);
    return same;
}

std::optional<toml::table> parsedForEditing(const QByteArray &text, QString *error)
{
    try {
        return toml::parse(std::string_view(text.constData(), size_t(text.size())));
    } catch (const toml::parse_error &problem) {
        *error = ConfigEditor::tr("the config file has an error at line %1 (%2); fix it first")
                         .arg(problem.source().begin.line)
                         .arg(QString::fromStdString(std::string(problem.description())));
        return std::nullopt;
    }
}

} // namespace

ConfigEditor::ConfigEditor(const QString &path)
    : m_path(path) {}

std::optional<QByteArray> ConfigEditor::withChannel(const QByteArray &text, const QString &channelName,
                                                    const ChannelAlertSettings &settings, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const QString channel = normalizeChannelName(channelName);
    if (channel.isEmpty()) {
        why = tr("'%1' is not a valid channel name").arg(channelName);
        return std::nullopt;
    }
    std::optional<toml::table> parsed = parsedForEditing(text, &why);
    if (!parsed)
        return std::nullopt;
    const toml::table &root = *parsed;

    const Positions positions(text);
    const toml::array *channels = root["channels"].as_array();
    if (root.contains("channels") && !channels) {
        why = tr("'channels' in the config file is not a list of [[channels]] tables; edit it by hand");
        return std::nullopt;
    }
    const toml::table *entry = nullptr; // the last one wins when a name repeats, as in loading
    int lastLine = 0;                   // of the last [[channels]] entry's last value
    for (std::size_t i = 0; channels && i < channels->size(); ++i) {
        const toml::table *table = channels->get(i)->as_table();
        if (!table)
            continue;
        if (!positions.startsWith(table->source().begin, "[[")) {
            why = tr("the config file lists channels inline; edit %1 by hand").arg(channel);
            return std::nullopt;
        }
        int end = int(table->source().begin.line);
        for (const auto &[key, value] : *table)
            end = qMax(end, int(value.source().end.line));
        lastLine = qMax(lastLine, end);
        if (channelNameOf(*table) == channel)
            entry = table;
    }

    const qsizetype fallbackAt = lastLine > 0 ? positions.nextLineStart(lastLine) : text.size();
    const QByteArray result = applied(text, tableEdits(text, positions, entry, channelValues(settings),
                                                       "\n[[channels]]\nname = " + tomlString(channel) + '\n', fallbackAt));
    if (!readsBack(text, result, channel, settings, &why))
        return std::nullopt;
    return result;
}

bool ConfigEditor::saveChannel(const QString &channel, const ChannelAlertSettings &settings, QString *error) const
{
    return rewrite([&](const QByteArray &text, QString *why) { return withChannel(text, channel, settings, why); }, error);
}

namespace {

ConfigValue slackMirrorValue(const QStringList &channels)
{
    QByteArray list = "[";
    for (const QString &channel : channels)
        list += (list.size() > 1 ? ", " : "") + tomlString(channel);
    list += ']';
    return { QStringLiteral("slack"), QStringLiteral("mirror"), list, ConfigValueType::StringList };
}

} // namespace

bool ConfigEditor::saveSlackMirror(const QStringList &channels, QString *error) const
{
    return saveValues({ slackMirrorValue(channels) }, error);
}

std::optional<QByteArray> ConfigEditor::withSlackMirror(const QByteArray &text, const QStringList &channels, QString *error)
{
    return withValues(text, { slackMirrorValue(channels) }, error);
}

bool ConfigEditor::saveValues(const QList<ConfigValue> &values, QString *error) const
{
    return rewrite([&](const QByteArray &text, QString *why) { return withValues(text, values, why); }, error);
}

std::optional<QByteArray> ConfigEditor::withValues(const QByteArray &text, const QList<ConfigValue> &values, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    std::optional<toml::table> parsed = parsedForEditing(text, &why);
    if (!parsed)
        return std::nullopt;
    const toml::table &root = *parsed;
    QStringList sections; // in the order they are first named, so new ones append in that order
    for (const ConfigValue &value : values) {
        if (!inSchema(value.section, value.key.toUtf8(), { value.type })) {
            why = tr("[%1] %2 is not a key Bellboard knows").arg(value.section, value.key);
            return std::nullopt;
        }
        if (!sections.contains(value.section))
            sections << value.section;
    }
    const Positions positions(text);
    QList<Edit> edits;
    for (const QString &section : sections) {
        KeyValues keys;
        for (const ConfigValue &value : values) {
            if (value.section == section)
                keys << qMakePair(value.key.toUtf8(), value.toml);
        }
        const toml::node *node = root.get(section.toStdString());
        const toml::table *table = node ? node->as_table() : nullptr;
        if (node && (!table || !positions.startsWith(table->source().begin, "["))) {
            why = tr("[%1] in the config file is not written as a [%1] table; edit it by hand").arg(section);
            return std::nullopt;
        }
        edits << tableEdits(text, positions, table, keys, "\n[" + section.toUtf8() + "]\n", text.size());
    }
    const QByteArray result = applied(text, edits);
    if (const std::optional<QString> problem = newError(text, result)) {
        why = *problem;
        return std::nullopt;
    }
    // Every value reads back as written (a key written twice by hand, say, would not).
    const toml::table edited = toml::parse(std::string_view(result.constData(), size_t(result.size())));
    for (const ConfigValue &value : values) {
        const toml::table *table = edited[value.section.toStdString()].as_table();
        const toml::node *node = table ? table->get(value.key.toStdString()) : nullptr;
        if (value.toml.isEmpty() ? node != nullptr : (!node || !holds(*node, value.toml))) {
            why = tr("[%1] %2 would not read back as saved; change it by hand").arg(value.section, value.key);
            return std::nullopt;
        }
    }
    return result;
}

bool ConfigEditor::removeTable(const QString &section, QString *error) const
{
    return rewrite([&](const QByteArray &text, QString *why) { return withoutTable(text, section, why); }, error);
}

std::optional<QByteArray> ConfigEditor::withoutTable(const QByteArray &text, const QString &section, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    std::optional<toml::table> parsed = parsedForEditing(text, &why);
    if (!parsed)
        return std::nullopt;
    const toml::table *table = (*parsed)[section.toStdString()].as_table();
    if (!table)
        return text;
    QList<ConfigValue> keys;
    for (const auto &entry : *table)
        keys << ConfigValue{ section, QString::fromUtf8(entry.first.str().data(), qsizetype(entry.first.str().size())), {} };
    std::optional<QByteArray> result = keys.isEmpty() ? std::optional<QByteArray>(text) : withValues(text, keys, &why);
    if (!result)
        return std::nullopt;
    // The header line, and the blank line withValues puts before a table it appends.
    const QRegularExpression header(QStringLiteral("(^|\\n)(\\n?)[ \\t]*\\[%1\\][ \\t]*(#[^\\n]*)?(\\n|$)")
                                            .arg(QRegularExpression::escape(section)));
    const QString current = QString::fromUtf8(*result);
    const QRegularExpressionMatch match = header.match(current);
    if (!match.hasMatch())
        return result;
    QString edited = current;
    edited.replace(match.capturedStart(), match.capturedLength(), match.captured(1));
    const QByteArray bytes = edited.toUtf8();
    if (const std::optional<QString> problem = newError(text, bytes)) {
        why = *problem;
        return std::nullopt;
    }
    return bytes;
}

bool ConfigEditor::rewrite(const std::function<std::optional<QByteArray>(const QByteArray &, QString *)> &edit,
                           QString *error) const
{
    QString ignored;
    QString &why = error ? *error : ignored;
    // Before the first start there is neither file nor folder: the edit then starts from the
    // commented default, written as the first start would write it.
    if (!ensureConfigFile(m_path, &why))
        return false;
    QFile current(m_path);
    if (!current.open(QIODevice::ReadOnly)) {
        why = tr("cannot read %1: %2").arg(m_path, current.errorString());
        return false;
    }
    const QByteArray text = current.readAll();
    current.close();

    QString problem;
    const std::optional<QByteArray> edited = edit(text, &problem);
    if (!edited) {
        why = tr("not saved to %1: %2").arg(m_path, problem);
        return false;
    }
    if (*edited == text)
        return true;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*edited) != edited->size() || !file.commit()) {
        why = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

namespace {

// The schema's type for [section] key when it is one of `accepted` (a size, a duration or a
// choice is written as text too, "1MiB"); else `fallback`, which withValues then refuses.
ConfigValueType typeFor(const QString &section, const QString &key, std::initializer_list<ConfigValueType> accepted,
                        ConfigValueType fallback)
{
    const QByteArray table = section.toLatin1(), name = key.toLatin1();
    const ConfigKeyInfo *info = configKey(QLatin1String(table), QLatin1String(name));
    return info && std::find(accepted.begin(), accepted.end(), info->type) != accepted.end() ? info->type : fallback;
}

} // namespace

ConfigValue ConfigValue::string(const QString &section, const QString &key, const QString &value)
{
    using T = ConfigValueType;
    return { section, key, tomlString(value),
             typeFor(section, key, { T::String, T::Choice, T::Size, T::Duration, T::DateTime }, T::String) };
}

ConfigValue ConfigValue::boolean(const QString &section, const QString &key, bool value)
{
    return { section, key, value ? QByteArray("true") : QByteArray("false"), ConfigValueType::Bool };
}

ConfigValue ConfigValue::integer(const QString &section, const QString &key, qint64 value)
{
    using T = ConfigValueType;
    return { section, key, QByteArray::number(value), typeFor(section, key, { T::Count, T::Size, T::Duration, T::Number }, T::Count) };
}

ConfigValue ConfigValue::removal(const QString &section, const QString &key)
{
    const QByteArray table = section.toLatin1(), name = key.toLatin1();
    const ConfigKeyInfo *info = configKey(QLatin1String(table), QLatin1String(name));
    return { section, key, {}, info ? info->type : ConfigValueType::String };
}

} // namespace bb
