#pragma once

#include <QObject>
#include <QString>

namespace bb {

// What AlertCenter needs of a sound output. The real one is SoundPlayer (Qt Multimedia), built
// into the sound module (libbellboard-sound.so, soundmodule.cpp) so that a process that never
// plays a sound (the subcommands) never loads Qt Multimedia and its codec and audio libraries.
class AlertSound : public QObject
{
public:
    using QObject::QObject;

    // Plays a bundled sound name or a WAV path at `volume` (0..1). Returns false, with the
    // reason in *why, when it cannot (no audio output, not a playable file).
    virtual bool play(const QString &sound, double volume, QString *why = nullptr) = 0;
    // Loads a sound ahead of its first alert, so even that one starts without delay.
    virtual void preload(const QString &sound) = 0;
};

// The sound module's one entry point (extern "C", found with QLibrary::resolve).
using CreateAlertSound = AlertSound *(*)();
inline constexpr char kCreateAlertSoundSymbol[] = "bellboard_create_alert_sound";

} // namespace bb
