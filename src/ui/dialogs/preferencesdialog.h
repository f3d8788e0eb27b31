#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace bb {

// What the Preferences dialog edits: values of bellboard.toml and "start at login".
struct Preferences
{
    QString language;      // "" follows the system
    QStringList languages; // the ones offered, "en" first
    bool autostart = false;
    bool autostartSupported = true;
    QString listen;  // "127.0.0.1:2355"
    QString maxBody; // "1MiB"
    bool autoCreateChannels = true;
    int retentionDays = 0;   // 0: forever
    int retentionEvents = 0; // 0: no limit

    bool operator==(const Preferences &other) const;
    bool operator!=(const Preferences &other) const { return !(*this == other); }
};

// Writes the preferences (the app layer: ConfigEditor and the autostart entry); false with
// the reason in *error when it cannot, having changed nothing.
using PreferencesSaver = std::function<bool(const Preferences &preferences, QString *error)>;

// Preferences → the same bellboard.toml a person edits, through the saver, so comments and
// hand-written lines stay. OK saves; when saving fails the dialog stays open with the reason.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const Preferences &current, PreferencesSaver saver, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    Preferences chosen() const;

public slots:
    void accept() override;

signals:
    void saved(const bb::Preferences &preferences);

private:
    void showProblem(const QString &text);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Preferences m_current;
    PreferencesSaver m_saver;
};

} // namespace bb
