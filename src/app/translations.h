#pragma once

#include <QString>
#include <QStringList>

namespace bb {

// The languages Bellboard ships translations for, "en" (the source language) first.
QStringList translationLanguages();

// Installs Bellboard's translation (built into the binary from translations/*.ts) and Qt's
// own (OK, Cancel, --help's "Usage:"; from Debian's qt6-translations-l10n when installed)
// for `language`, or for the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
// when it is empty. Returns the language chosen: "en" when nothing matched.
QString installTranslations(const QString &language);

// The [window] language from the config file named on the command line (--config FILE) or the
// default one, read before the command line is parsed: --help must already be translated.
// Problems in the file are not reported here; the command that loads it reports them.
QString configuredLanguage(const QStringList &arguments);

} // namespace bb
