#pragma once

#include "alerts/channelsettingsstore.h"
#include "app/config/configeditor.h"

namespace bb {

// A channel's alert settings saved in bellboard.toml's [[channels]] entry, in place
// (ConfigEditor keeps every comment and other line). The one ChannelSettingsStore of a running
// `bellboard`: the /sound command and the window's settings dialog both save through it.
// GUI thread.
class ChannelSettingsFile : public ChannelSettingsStore
{
public:
    explicit ChannelSettingsFile(const QString &configFile);

    bool save(const QString &channel, const ChannelAlertSettings &settings, QString *error) override;

private:
    ConfigEditor m_editor;
};

} // namespace bb
