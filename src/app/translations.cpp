#include "translations.h"

#include "app/config/config.h"
#include "app/config/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bb {

QStringList translationLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja") };
}

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString chosen = QStringLiteral("en");
    // Both are children of the application: they live as long as it, and go with it.
    auto *own = new QTranslator(QCoreApplication::instance());
    // English is the source text: an English user whose second language is German must not
    // get German because there is no bellboard_en.qm.
    const bool english = locale.uiLanguages().value(0).startsWith(QLatin1String("en"))
                      || locale.language() == QLocale::C;
    if (!english && own->load(locale, QStringLiteral("bellboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        chosen = own->language().section(QLatin1Char('_'), 0, 0);
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    } else {
        delete own;
    }
    return chosen;
}

QString configuredLanguage(const QStringList &arguments)
{
    QString path;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--config") && i + 1 < arguments.size())
            path = arguments.at(i + 1);
        else if (argument.startsWith(QLatin1String("--config=")))
            path = argument.mid(9);
    }
    return loadConfig(path.isEmpty() ? defaultConfigFile() : QDir().absoluteFilePath(path)).config.language;
}

} // namespace bb
