#include "preferencessaver.h"

#include "app/translations.h"

#include <memory>

namespace bb {

QString byteSizeText(qint64 bytes)
{
    for (const auto &[unit, factor] : { std::pair{ "GiB", qint64(1) << 30 }, std::pair{ "MiB", qint64(1) << 20 },
                                        std::pair{ "KiB", qint64(1) << 10 } }) {
        if (bytes >= factor && bytes % factor == 0)
            return QString::number(bytes / factor) + QLatin1String(unit);
    }
    return QString::number(bytes);
}

Preferences preferencesFrom(const Config &config, const Autostart &autostart)
{
    Preferences preferences;
    preferences.language = config.language;
    preferences.languages = translationLanguages();
    preferences.autostartSupported = Autostart::isSupported();
    preferences.autostart = autostart.isEnabled();
    preferences.listen = listenAddressText(config.listenAddress, config.listenPort);
    preferences.maxBody = byteSizeText(config.limits.maxBodyBytes);
    preferences.autoCreateChannels = config.autoCreateChannels;
    preferences.retentionDays = config.retention.maxAgeDays;
    preferences.retentionEvents = int(qMin<qint64>(config.retention.maxEvents, std::numeric_limits<int>::max()));
    return preferences;
}

QList<ConfigValue> changedConfigValues(const Preferences &before, const Preferences &after)
{
    QList<ConfigValue> values;
    const QString window = QStringLiteral("window"), server = QStringLiteral("server"), store = QStringLiteral("store");
    if (after.language != before.language) {
        values << ConfigValue::string(window, QStringLiteral("language"), after.language);
        // Older files have it as [ui] language: it moves, so that one place says what is used.
        values << ConfigValue::removal(QStringLiteral("ui"), QStringLiteral("language"));
    }
    if (after.listen != before.listen)
        values << ConfigValue::string(server, QStringLiteral("listen"), after.listen);
    if (after.maxBody != before.maxBody)
        values << ConfigValue::string(server, QStringLiteral("max_body"), after.maxBody);
    if (after.autoCreateChannels != before.autoCreateChannels)
        values << ConfigValue::boolean(server, QStringLiteral("auto_create_channels"), after.autoCreateChannels);
    if (after.retentionDays != before.retentionDays)
        values << ConfigValue::integer(store, QStringLiteral("retention_days"), after.retentionDays);
    if (after.retentionEvents != before.retentionEvents)
        values << ConfigValue::integer(store, QStringLiteral("retention_events"), after.retentionEvents);
    return values;
}

PreferencesSaver preferencesSaver(const ConfigEditor &editor, const Autostart &autostart, const Preferences &current,
                                  std::function<void(const Preferences &)> applied)
{
    // The last saved preferences, shared by copies of the saver: the next save compares with them.
    auto saved = std::make_shared<Preferences>(current);
    return [=](const Preferences &wanted, QString *error) {
        const bool autostartChanges = wanted.autostart != saved->autostart;
        if (autostartChanges && !autostart.setEnabled(wanted.autostart, error))
            return false;
        const QList<ConfigValue> values = changedConfigValues(*saved, wanted);
        if (!values.isEmpty() && !editor.saveValues(values, error)) {
            QString ignored;
            if (autostartChanges)
                autostart.setEnabled(saved->autostart, &ignored);
            return false;
        }
        *saved = wanted;
        if (applied)
            applied(wanted);
        return true;
    };
}

} // namespace bb
