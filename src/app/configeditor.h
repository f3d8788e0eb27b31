#pragma once

#include "alerts/alertsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace bb {

// Saves a channel's alert settings (the settings dialog's OK) into bellboard.toml, the file a
// person edits by hand: only the values of that one [[channels]] entry change, and every
// comment and every other line stays byte for byte. A result that would not load as cleanly
// as the file did, or would not read back as the settings asked, is never written.
class ConfigEditor
{
    Q_DECLARE_TR_FUNCTIONS(ConfigEditor)
public:
    explicit ConfigEditor(const QString &path);

    // Edits the file in place (atomically: QSaveFile); a missing file starts from the
    // commented default. False with the reason in *error, the file untouched, when it cannot.
    bool saveChannel(const QString &channel, const ChannelAlertSettings &settings, QString *error = nullptr) const;

    // What `text` becomes with `channel`'s entry updated, or appended after the last
    // [[channels]] entry; nullopt with the reason when the result would be refused.
    static std::optional<QByteArray> withChannel(const QByteArray &text, const QString &channel,
                                                 const ChannelAlertSettings &settings, QString *error = nullptr);

    // Sets [slack] mirror to `channels` (the table is appended when missing), the same way.
    bool saveSlackMirror(const QStringList &channels, QString *error = nullptr) const;
    static std::optional<QByteArray> withSlackMirror(const QByteArray &text, const QStringList &channels,
                                                     QString *error = nullptr);

    QString path() const { return m_path; }

private:
    using Rewrite = std::function<std::optional<QByteArray>(const QByteArray &text, QString *error)>;
    bool save(const Rewrite &rewrite, QString *error) const;

    QString m_path;
};

} // namespace bb
