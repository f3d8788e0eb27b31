#pragma once

#include "alerts/alertsettings.h"
#include "configschema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace bb {

// One value of a plain table ([server], [store], [window]) as TOML text; an empty `toml` removes
// the key. The editor writes only keys the schema (configschema.h) has, with the type it says.
struct ConfigValue
{
    QString section;
    QString key;
    QByteArray toml;
    ConfigValueType type = ConfigValueType::String;

    static ConfigValue string(const QString &section, const QString &key, const QString &value);
    static ConfigValue boolean(const QString &section, const QString &key, bool value);
    static ConfigValue integer(const QString &section, const QString &key, qint64 value);
    static ConfigValue removal(const QString &section, const QString &key);
};

// Saves the window's changes into bellboard.toml, the file a person edits by hand: a channel's
// alert settings (the channel settings dialog) or values of plain tables (Preferences). Only
// the values named change, in place; every comment and every other line stays byte for byte. A result that would not load as cleanly
// as the file did, or would not read back as the settings asked, is never written.
class ConfigEditor
{
    Q_DECLARE_TR_FUNCTIONS(ConfigEditor)
public:
    explicit ConfigEditor(const QString &path);

    // Edits the file in place (atomically: QSaveFile); a missing file (and folder) is first
    // written as the commented default (ensureConfigFile), as on first start. False with the
    // reason in *error, the file untouched, when it cannot.
    bool saveChannel(const QString &channel, const ChannelAlertSettings &settings, QString *error = nullptr) const;

    // What `text` becomes with `channel`'s entry updated, or appended after the last
    // [[channels]] entry; nullopt with the reason when the result would be refused.
    static std::optional<QByteArray> withChannel(const QByteArray &text, const QString &channel,
                                                 const ChannelAlertSettings &settings, QString *error = nullptr);

    // Sets [slack] mirror to `channels` (the table is appended when missing), the same way.
    bool saveSlackMirror(const QStringList &channels, QString *error = nullptr) const;
    static std::optional<QByteArray> withSlackMirror(const QByteArray &text, const QStringList &channels,
                                                     QString *error = nullptr);
    // Sets plain tables' values the same way: changed ones in place, new keys after the
    // table's last value, a missing table appended at the end of the file.
    bool saveValues(const QList<ConfigValue> &values, QString *error = nullptr) const;
    static std::optional<QByteArray> withValues(const QByteArray &text, const QList<ConfigValue> &values,
                                                QString *error = nullptr);

    // Removes table [`section`] (`bellboard remote logout`): its keys, then its header line;
    // comments around it stay.
    bool removeTable(const QString &section, QString *error = nullptr) const;
    static std::optional<QByteArray> withoutTable(const QByteArray &text, const QString &section, QString *error = nullptr);

    QString path() const { return m_path; }

private:
    // Ensures the file exists, reads it, edits it, and writes it back atomically if changed.
    bool rewrite(const std::function<std::optional<QByteArray>(const QByteArray &, QString *)> &edit,
                 QString *error) const;

    QString m_path;
};

} // namespace bb
