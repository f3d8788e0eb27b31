#pragma once

#include "app/config/paths.h"

#include <QStringList>
#include <memory>

class QCoreApplication;

namespace bb {

class ChannelSettingsStore;
class ChatOps;
class ServiceHost;
struct Config;

// What the serving process (ServeSession) hands its window. The pointers are the session's and
// outlive the window.
struct WindowSetup
{
    ServiceHost *host = nullptr;
    ChatOps *chatops = nullptr;
    ChannelSettingsStore *channelSettings = nullptr; // where the channel settings dialog saves
    const Config *config = nullptr;                  // as it runs (with --listen, --slack-api-url)
    const Config *fileConfig = nullptr;              // as the file says: what Preferences edit
    QStringList configProblems;                      // the file's problems, shown in the window too
    AppPaths paths;
    QStringList pathArguments; // --data-dir and --config as given, for the autostart entry
    QStringList wall;          // --wall's channels; empty: the normal window
};

// The window of a running `bellboard` (GUI thread). Destroyed before what WindowSetup named.
class ServeWindow
{
public:
    virtual ~ServeWindow() = default;
    // A second `bellboard` handed over (SingleInstance): no channels brings the window forward,
    // channels show them as the wall. An error sentence for the second process, or empty.
    virtual QString handOver(const QStringList &channels) = 0;
};

// The window, as the window module (libbellboard-window.so, windowmodule.cpp) provides it: the
// only part of Bellboard that uses QtWidgets and QtGui. See modules.h.
class WindowModule
{
public:
    virtual ~WindowModule() = default;
    // The window's QApplication; `argc` must outlive it (Qt keeps the reference).
    virtual QCoreApplication *createApplication(int &argc, char **argv) = 0;
    // "no channel named 'x' (known channels: …)", or empty when all of `wanted` exist.
    virtual QString unknownChannelsError(const QStringList &wanted, const QStringList &known) const = 0;
    // Shows the window (or the wall) over the running host.
    virtual std::unique_ptr<ServeWindow> open(const WindowSetup &setup) = 0;
};

// The window module's one entry point (extern "C", found with QLibrary::resolve).
using GetWindowModule = WindowModule *(*)();
inline constexpr char kGetWindowModuleSymbol[] = "bellboard_window_module";

} // namespace bb
