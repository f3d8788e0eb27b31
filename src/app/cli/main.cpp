#include "commands.h"
#include "console.h"
#include "app/modules.h"
#include "app/translations.h"
#include "app/windowmodule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstring>
#include <memory>

namespace {

using Command = int (*)(const QStringList &);

Command commandFor(const QString &word)
{
    if (word == QLatin1String("send"))
        return bb::runSendCommand;
    if (word == QLatin1String("run"))
        return bb::runRunCommand;
    if (word == QLatin1String("search"))
        return bb::runSearchCommand;
    if (word == QLatin1String("secret"))
        return bb::runSecretCommand;
    if (word == QLatin1String("slack"))
        return bb::runSlackCommand;
    if (word == QLatin1String("remote"))
        return bb::runRemoteCommand;
    if (word == QLatin1String("store"))
        return bb::runStoreCommand;
    if (word == QLatin1String(bb::kSoundProcessCommand))
        return bb::runSoundProcessCommand;
    return nullptr;
}

// Decided from argv before any Qt object exists, because the kind of application object
// is: only the window needs a display (and the window module, with QtWidgets and QtGui);
// subcommands, --headless, --help and --version run on servers and in scripts without them.
bool wantsWindow(int argc, char *argv[])
{
    if (argc > 1 && commandFor(QString::fromLocal8Bit(argv[1])))
        return false;
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : { "--headless", "--help", "-h", "--help-all", "--version", "-v" }) {
            if (std::strcmp(argv[i], flag) == 0)
                return false;
        }
    }
    return true;
}

// A window needs a display server (or a Qt platform chosen explicitly, such as offscreen).
// Without one `bellboard` runs headless instead of aborting inside Qt.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    // Worker threads (the HTTP listener, the window's store reader) get Qt's plain UNIX event
    // dispatcher instead of the GLib one: GLib keeps one source per socket notifier and costs
    // O(connections) per loop pass, measurable with hundreds of keep-alive senders. The GUI
    // thread keeps GLib for the desktop's sake.
    if (qEnvironmentVariableIsEmpty("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");

    const bool wanted = wantsWindow(argc, argv);
    const bool display = wanted && displayAvailable();
    QString moduleError;
    bb::WindowModule *window = display ? bb::loadWindowModule(&moduleError) : nullptr;
    std::unique_ptr<QCoreApplication> app(window ? window->createApplication(argc, argv)
                                                 : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("bellboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BELLBOARD_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    bb::installTranslations(bb::configuredLanguage(arguments));
    const QString program = QFileInfo(arguments.takeFirst()).fileName(); // "bellboard" in usage lines
    if (!arguments.isEmpty()) {
        if (const Command command = commandFor(arguments.first())) {
            const QString word = arguments.takeFirst();
            return command(QStringList{ program + QLatin1Char(' ') + word } + arguments);
        }
    }
    QString whyNoWindow;
    if (wanted && !display)
        whyNoWindow = bb::Cli::tr("no display found (DISPLAY and WAYLAND_DISPLAY are not set)");
    else if (display && !window)
        whyNoWindow = bb::Cli::tr("the window cannot be loaded (%1)").arg(moduleError);
    return bb::runServeCommand(QStringList{ program } + arguments, window, whyNoWindow);
}
