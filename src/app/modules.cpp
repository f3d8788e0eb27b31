#include "modules.h"

#include "windowmodule.h"
#include "alerts/alertsound.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace bb {

namespace {

// The executable's folder from the kernel, not from QCoreApplication: the window module is
// loaded before the application object exists, because it makes it.
QString executableFolder()
{
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
}

QFunctionPointer resolveInModule(const QString &name, const char *symbol, QString *error)
{
    const QString fileName = QStringLiteral("libbellboard-%1.so").arg(name);
    for (const QString &folder : moduleFolders()) {
        const QString path = QDir(folder).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: the module's objects live until the process ends.
        QLibrary library(path);
        library.setLoadHints(QLibrary::ResolveAllSymbolsHint); // a missing symbol fails here, not mid-run
        if (!library.load()) {
            *error = library.errorString();
            return nullptr;
        }
        if (const QFunctionPointer function = library.resolve(symbol))
            return function;
        *error = library.errorString();
        return nullptr;
    }
    *error = QStringLiteral("%1 not found in %2").arg(fileName, moduleFolders().join(QStringLiteral(", ")));
    return nullptr;
}

} // namespace

QStringList moduleFolders()
{
    const QString folder = executableFolder();
    return { QDir::cleanPath(folder + QLatin1Char('/') + QStringLiteral(BELLBOARD_MODULE_DIR)), folder };
}

WindowModule *loadWindowModule(QString *error)
{
    static WindowModule *module = nullptr;
    if (!module) {
        const auto get = reinterpret_cast<GetWindowModule>(resolveInModule(QStringLiteral("window"),
                                                                           kGetWindowModuleSymbol, error));
        if (get)
            module = get();
    }
    return module;
}

AlertSound *createAlertSound(const QStringList &recoveryCommand, QString *error)
{
    const auto create = reinterpret_cast<CreateAlertSound>(resolveInModule(QStringLiteral("sound"),
                                                                           kCreateAlertSoundSymbol, error));
    return create ? create(recoveryCommand) : nullptr;
}

int serveSoundRequestsFromModule(QString *error)
{
    const auto serve = reinterpret_cast<ServeSoundRequests>(resolveInModule(QStringLiteral("sound"),
                                                                            kServeSoundRequestsSymbol, error));
    return serve ? serve() : -1;
}

} // namespace bb
