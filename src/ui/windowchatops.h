#pragma once

#include <QObject>
#include <QUrl>

namespace bb {

class ChatOps;
class Composer;
class MainWindow;

// ChatOps in the main window: the Composer under the feed (following the open channel, with
// the feed's selection for /ack and channel and user names for completion), the built-ins
// that act on the window (/search QUERY, /user EMAIL, /wall CH,CH), and clicks on Block Kit
// buttons in the feed, sent as block_actions.
class WindowChatOps : public QObject
{
    Q_OBJECT
public:
    WindowChatOps(MainWindow *window, ChatOps *chatops);

    Composer *composer() const { return m_composer; }

    // The window's commands, into `chatops`' registry (once per registry).
    static void registerWindowCommands(ChatOps *chatops, MainWindow *window);

private:
    void onFeedLink(const QUrl &url);
    void followChannel();

    MainWindow *m_window;
    ChatOps *m_chatops;
    Composer *m_composer;
};

} // namespace bb
