#pragma once

#include "slack/slackmirror.h"

#include <QDialog>
#include <QUrl>
#include <memory>

namespace Ui {
class SlackConnectDialog;
}

namespace bb {

// "Connect Slack workspace…": paste the bot token and the app-level token. OK checks them
// with Slack (the same check as `bellboard slack login`), stores them in the system keychain
// and closes; a refused token keeps the dialog open with Slack's reason. The tokens never
// leave the dialog but to Slack and the keychain.
class SlackConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SlackConnectDialog(const QUrl &apiUrl, QWidget *parent = nullptr);
    ~SlackConnectDialog() override;

    // Stores in the keychain; tests replace it. Returns an error sentence, empty on success.
    using Store = std::function<QString(const SlackTokens &)>;
    void setStore(Store store) { m_store = std::move(store); }

    QString team() const { return m_team; }

signals:
    // Checked and stored: the mirror can start with them.
    void tokensSaved(const bb::SlackTokens &tokens);

private:
    void check();
    void setBusy(bool busy);

    std::unique_ptr<Ui::SlackConnectDialog> m_ui;
    QUrl m_apiUrl;
    Store m_store;
    QString m_team;
    QObject *m_checking = nullptr; // the check in flight; deleting it drops its answer
};

} // namespace bb
