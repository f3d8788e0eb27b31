#pragma once

#include "alerts/alertsettings.h"

#include <QDialog>
#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;

namespace Ui {
class ChannelSettingsDialog;
}

namespace bb {

class AlertCenter;
class ChannelSettingsStore;

// A channel's alert settings: notify mode, sound (bundled or the user's own WAV), volume with
// a test button, crit escalation, and mutes. OK saves in the settings store (if any) and applies
// the settings to the running AlertCenter at once; when saving fails the dialog stays open
// with the reason and nothing changes. The mute buttons act at once, like the sidebar's.
class ChannelSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ChannelSettingsDialog(const QString &channel, AlertCenter *alerts, QWidget *parent = nullptr);
    ~ChannelSettingsDialog() override;

    // Where OK saves the settings (not owned; must outlive the dialog). None: OK only applies.
    void setSettingsStore(ChannelSettingsStore *store) { m_settingsStore = store; }

    QString channel() const { return m_channel; }
    ChannelAlertSettings chosenSettings() const;

    // Makes `path` the channel's sound when it is a WAV file Bellboard can play; otherwise
    // shows why and keeps the current sound. "Choose a WAV file…" ends here.
    bool chooseSoundFile(const QString &path);

public slots:
    void accept() override;

signals:
    void settingsApplied(const QString &channel, const bb::ChannelAlertSettings &settings);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitHeight();
    void load(const ChannelAlertSettings &settings);
    void selectSound(const QString &sound);
    void onSoundActivated(int index);
    void testSound();
    void updateEnabledControls();
    void updateVolumeText();
    void updateMuteState();
    void showProblem(QLabel *label, const QString &text);

    std::unique_ptr<Ui::ChannelSettingsDialog> m_ui;
    QButtonGroup *m_modes;
    QString m_channel;
    AlertCenter *m_alerts;
    ChannelSettingsStore *m_settingsStore = nullptr;
    std::optional<bool> m_loadedEscalation; // unset stays unset unless the box is changed
    int m_soundIndex = 0;                   // to go back to when choosing a file is cancelled
};

} // namespace bb
