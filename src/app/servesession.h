#pragma once

#include "app/config/config.h"
#include "app/config/paths.h"
#include "remote/remoteserver.h"

#include <QStringList>
#include <memory>
#include <optional>

namespace bb {

class ChannelSettingsFile;
class ChatOps;
class DemoFeed;
class RemoteCommands;
class ServeWindow;
class ServiceHost;
class SingleInstance;
class SlackPoster;
class StreamNotices;
class WindowModule;

// What a serving `bellboard` was asked to run: the command line and the config file, as
// runServeCommand parsed and checked them.
struct ServeOptions
{
    AppPaths paths;
    QStringList pathArguments;  // --data-dir and --config as given, for the autostart entry
    Config config;              // as it runs (with --listen and --slack-api-url applied)
    Config fileConfig;          // as the file says: what Preferences edit
    QStringList configProblems; // the file's problems (already said on stderr), shown in the window too
    QStringList wall;           // --wall's channels; empty: the normal window
    bool demo = false;          // --demo: fill the channels with sample events
    // The team server this console is attached to (--connect, [remote] server): the store is
    // that server's, and nothing listens or mirrors here.
    std::optional<RemoteServer> remote;
};

// The running `bellboard` (the serve command, with or without its window): the one owner of
// its parts. It builds them in the order each needs the one before (the single-instance
// socket, the host with its store and listener, the channel settings file, ChatOps and the
// Slack poster, the demo feed, the window) and, being members declared in that order, they
// are destroyed in the reverse: the window (whose composers hold ChatOps) goes before ChatOps,
// ChatOps (whose /sound handler holds the settings file) before the settings file, and
// everything before the host whose store they read. Not Qt parent and child: a parent deletes
// its children first-made-first, the opposite of what dependencies need.
//
// GUI thread (the thread of the QCoreApplication). The event loop is the caller's: start(),
// then QCoreApplication::exec(), then destroy the session before the application object.
class ServeSession
{
public:
    // `windowModule` (not owned; loaded for the life of the process) opens the window; null
    // runs headless: no window, no single-instance socket, no sound module beyond the host's.
    ServeSession(ServeOptions options, WindowModule *windowModule);
    ~ServeSession();
    ServeSession(const ServeSession &) = delete;
    ServeSession &operator=(const ServeSession &) = delete;

    // Starts everything, saying on stdout and stderr what a user of the command line needs to
    // know. Nothing when it runs (the caller runs the event loop); otherwise the process's exit
    // status: 0 when a running instance took the request over, 2 for a --wall the running or
    // this instance cannot show, 1 when the host cannot start (the port is taken, …).
    std::optional<int> start();

    ServiceHost *host() const { return m_host.get(); }
    ChatOps *chatops() const { return m_chatops.get(); }
    ServeWindow *window() const { return m_window.get(); } // null when headless

private:
    void startWindow();

    const ServeOptions m_options;
    WindowModule *const m_windowModule;
    QString m_personOnServer; // attached to a team server: who the token is there

    // In construction order; see the class comment before reordering.
    std::unique_ptr<SingleInstance> m_single;       // a window's only; hands later starts to m_window
    std::unique_ptr<StreamNotices> m_streamNotices; // attached only: the store's stream fills it until the host is gone
    std::unique_ptr<ServiceHost> m_host;
    std::unique_ptr<ChannelSettingsFile> m_channelSettings; // saves for /sound and the settings dialog
    std::unique_ptr<ChatOps> m_chatops;
    std::unique_ptr<RemoteCommands> m_remoteCommands; // attached only: the server's commands in m_chatops
    std::unique_ptr<SlackPoster> m_slackPoster;       // installed in m_chatops; only with a Slack mirror
    std::unique_ptr<DemoFeed> m_demo;                 // --demo only
    std::unique_ptr<ServeWindow> m_window;            // from the window module; holds all of the above
};

} // namespace bb
