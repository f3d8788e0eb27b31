#include "config.h"

#include "configreader.h"
#include "core/channelname.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

// The resources live in a static library: nothing references them, so the linker would drop
// them unless they are initialized by name.
static void initConfigResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace bb {

QString configLineProblem(int line, const QString &message)
{
    //: %1 is a line number of bellboard.toml, %2 what is wrong there
    return Config::tr("config line %1: %2").arg(line).arg(message);
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
        result.errors = reader.problems();
        return result;
    }
    readConfigTables(reader, root, result.config);
    result.errors = reader.problems();
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
        alerts.mode = channel.notify;
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

} // namespace bb
