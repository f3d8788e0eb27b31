#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bb {

// Where a channel's sound comes from: a bundled name ("service-bell") or the user's own WAV
// file. QSoundEffect on Qt 6.4 plays 16-bit PCM WAV only and reports anything else merely
// as "Error decoding source", so files are checked here first and refused with a reason a
// person can act on.
class SoundLibrary
{
    Q_DECLARE_TR_FUNCTIONS(SoundLibrary)
public:
    // service-bell, cash-register, alarm, chime, soft-pop (resources/sounds, made by
    // scripts/make-sounds.py).
    static QStringList bundledNames();
    static bool isBundled(const QString &sound);

    // A URL QSoundEffect can play; an empty URL with the reason in *why when it cannot.
    static QUrl resolve(const QString &sound, QString *why = nullptr);

    // Empty when `path` (a file, or a ":/" resource) is a 16-bit PCM WAV with audio in it;
    // otherwise why not, as a sentence ending in what to do about it.
    static QString checkWav(const QString &path);

    static QString resourcePath(const QString &bundledName); // ":/bellboard/sounds/NAME.wav"
};

} // namespace bb
