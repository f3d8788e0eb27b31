#pragma once

#include "slack/slackstatus.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <functional>

class QListView;
class QToolButton;

namespace bb {

class ChannelListModel;
class SlackMirror;
class SlackMirrorChoice;
struct SlackTokens;

// The window's side of the Slack mirror: the workspace heading over the mirrored channels in
// the sidebar, with the connection's state ("reconnecting in 4 s", counting down), and a
// "Connect Slack workspace…" button, shown while no working login exists, that opens the
// token dialog (the app restarts the mirror on tokensSaved); once logged in, a "Slack
// channels…" button picks the mirrored channels (the app saves them in [slack] mirror and
// the running mirror follows the file). GUI thread; a child of the window.
class WindowSlack : public QObject
{
    Q_OBJECT
public:
    // `mirror` (may be null) is not owned and outlives the window.
    WindowSlack(QWidget *window, QListView *channelList, ChannelListModel *channels, SlackMirror *mirror,
                const QUrl &apiUrl);

    // "Slack · Acme — connected": the sidebar's heading for `status` at `nowMs`.
    static QString heading(const SlackStatus &status, qint64 nowMs);
    QToolButton *connectButton() const { return m_connect; }
    QToolButton *channelsButton() const { return m_choose; }

    // Where [slack] mirror is read and saved (not owned; outlives the window). Without it the
    // channels button stays hidden.
    void setMirrorChoice(SlackMirrorChoice *choice);
    // The bot token the channel list is asked with; by default the keychain's (slacktokens).
    // A function, not an interface: the one seam tests replace the keychain by.
    void setBotToken(std::function<QString(QString *error)> token) { m_botToken = std::move(token); }

signals:
    // The connect dialog checked and stored new tokens: the mirror should start again with them.
    void tokensSaved(const bb::SlackTokens &tokens);

public slots:
    void openConnectDialog();
    void openChannelsDialog();

private:
    void show(const SlackStatus &status);

    QWidget *m_window;
    ChannelListModel *m_channels;
    QUrl m_apiUrl;
    QToolButton *m_connect;
    QToolButton *m_choose;
    SlackMirrorChoice *m_mirrorChoice = nullptr;
    std::function<QString(QString *error)> m_botToken;
    QTimer m_tick; // the countdown of "reconnecting in N s"
    SlackStatus m_status;
};

} // namespace bb
