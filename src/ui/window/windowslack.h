#pragma once

#include "slack/slackstatus.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class QListView;
class QToolButton;

namespace bb {

class ChannelListModel;
class SlackMirror;
struct SlackTokens;

// The window's side of the Slack mirror: the workspace heading over the mirrored channels in
// the sidebar, with the connection's state ("reconnecting in 4 s", counting down), and a
// "Connect Slack workspace…" button, shown while no working login exists, that opens the
// token dialog and restarts the mirror with what it stored; once logged in, a "Slack
// channels…" button picks the mirrored channels (the app saves them in [slack] mirror and
// the running mirror follows the file).
class WindowSlack : public QObject
{
    Q_OBJECT
public:
    // `restart` starts the mirror again with new tokens (the app knows its settings).
    WindowSlack(QWidget *window, QListView *channelList, ChannelListModel *channels, SlackMirror *mirror,
                const QUrl &apiUrl, std::function<void(const SlackTokens &)> restart);

    // "Slack · Acme — connected": the sidebar's heading for `status` at `nowMs`.
    static QString heading(const SlackStatus &status, qint64 nowMs);
    QToolButton *connectButton() const { return m_connect; }
    QToolButton *channelsButton() const { return m_choose; }

    // What [slack] mirror holds now, and how a new choice is saved (an error sentence, empty on
    // success). Without these the channels button stays hidden.
    using CurrentMirror = std::function<QStringList()>;
    using SaveMirror = std::function<QString(const QStringList &)>;
    void setMirrorChoice(CurrentMirror current, SaveMirror save);
    // The bot token the channel list is asked with; by default the keychain's (slacktokens).
    void setBotToken(std::function<QString(QString *error)> token) { m_botToken = std::move(token); }

public slots:
    void openConnectDialog();
    void openChannelsDialog();

private:
    void show(const SlackStatus &status);

    QWidget *m_window;
    ChannelListModel *m_channels;
    QUrl m_apiUrl;
    std::function<void(const SlackTokens &)> m_restart;
    QToolButton *m_connect;
    QToolButton *m_choose;
    CurrentMirror m_currentMirror;
    SaveMirror m_saveMirror;
    std::function<QString(QString *error)> m_botToken;
    QTimer m_tick; // the countdown of "reconnecting in N s"
    SlackStatus m_status;
};

} // namespace bb
