#include "channelsettingsfile.h"

namespace bb {

ChannelSettingsFile::ChannelSettingsFile(const QString &configFile)
    : m_editor(configFile)
{
}

bool ChannelSettingsFile::save(const QString &channel, const ChannelAlertSettings &settings, QString *error)
{
    return m_editor.saveChannel(channel, settings, error);
}

} // namespace bb
