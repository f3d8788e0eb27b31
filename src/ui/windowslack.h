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
// token dialog and restarts the mirror with what it stored.
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

public slots:
    void openConnectDialog();

private:
    void show(const SlackStatus &status);

    QWidget *m_window;
    ChannelListModel *m_channels;
    QUrl m_apiUrl;
    std::function<void(const SlackTokens &)> m_restart;
    QToolButton *m_connect;
    QTimer m_tick; // the countdown of "reconnecting in N s"
    SlackStatus m_status;
};

} // namespace bb
