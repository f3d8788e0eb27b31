#pragma once

#include <QObject>
#include <QUrl>

namespace bb {

class ChannelPane;
class ChatOps;
class Composer;
class ComposerHistory;
class ConsoleNotices;
class MainWindow;

// ChatOps in the main window: a Composer at the bottom of every pane, bound to that pane's
// channel (the pane's feed gives its selection for /ack and its users for completion; the
// window's history, drafts and notices are shared), the built-ins that act on the window
// (/search QUERY, /user EMAIL, /wall CH,CH), and clicks on Block Kit buttons in the feeds,
// sent as block_actions.
class WindowChatOps : public QObject
{
    Q_OBJECT
public:
    WindowChatOps(MainWindow *window, ChatOps *chatops);

    Composer *composer() const; // the focused pane's
    static Composer *composerOf(const ChannelPane *pane);
    ComposerHistory *history() const { return m_history; }
    ConsoleNotices *notices() const { return m_notices; }

    // The window's commands, into `chatops`' registry (once per registry).
    static void registerWindowCommands(ChatOps *chatops, MainWindow *window);

private:
    void addComposer(ChannelPane *pane);
    void onFeedLink(ChannelPane *pane, const QUrl &url);

    MainWindow *m_window;
    ChatOps *m_chatops;
    ComposerHistory *m_history;
    ConsoleNotices *m_notices;
};

} // namespace bb
