#include "commands.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bellboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BELLBOARD_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString program = QFileInfo(arguments.takeFirst()).fileName(); // "bellboard" in usage lines
    if (!arguments.isEmpty()) {
        if (const Command command = commandFor(arguments.first())) {
            const QString word = arguments.takeFirst();
            return command(QStringList{ program + QLatin1Char(' ') + word } + arguments);
        }
    }
    return bb::runServeCommand(QStringList{ program } + arguments);
}
