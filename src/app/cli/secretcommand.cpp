#include "commands.h"
#include "console.h"
#include "app/config/paths.h"
#include "secrets/secrets.h"

#include <QCommandLineParser>

namespace bb {

int runSecretCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
            "Keep a named secret (an ingest token, a command's signing secret) in the system keychain.\n"
            "  set NAME      read the value from standard input (hidden on a terminal)\n"
            "  delete NAME   remove it\n"
            "The config file refers to secrets by NAME only. Without a keychain (headless servers),\n"
            "set the environment variable BELLBOARD_SECRET_<NAME> instead."));
    parser.addHelpOption();
    addPathOptions(parser); // accepted like everywhere; secrets live in the keychain, not in these folders
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("set or delete"), QStringLiteral("set|delete"));
    parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("The secret's name."), QStringLiteral("NAME"));
    processArguments(parser, arguments);

    const QStringList words = parser.positionalArguments();
    if (words.size() != 2 || (words[0] != QLatin1String("set") && words[0] != QLatin1String("delete")))
        return fail(Cli::tr("usage: bellboard secret set|delete NAME"), 2);
    const QString &name = words[1];
    if (!isValidSecretName(name))
        return fail(Cli::tr("'%1' is not a secret name (letters, digits, '-', '_', '.')").arg(name), 2);

    QString error;
    if (words[0] == QLatin1String("delete"))
        return deleteSecret(name, &error) ? 0 : fail(error);
    const QString value = readHiddenLine(Cli::tr("Secret (input hidden): "));
    if (value.isEmpty())
        return fail(Cli::tr("empty secret: nothing stored"), 2);
    return writeSecret(name, value, &error) ? 0 : fail(error);
}

} // namespace bb
