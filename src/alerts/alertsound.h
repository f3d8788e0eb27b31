#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace bb {

// What AlertCenter and the window need of a sound output. The real one is SoundPlayer (Qt
// Multimedia), built into the sound module (libbellboard-sound.so, soundmodule.cpp) so that a
// process that never plays a sound (the subcommands) never loads Qt Multimedia and its codec
// and audio libraries.
class AlertSound : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Plays a bundled sound name or a WAV path at `volume` (0..1). Returns false, with the
    // reason in *why, when it cannot (no audio output, not a playable file).
    virtual bool play(const QString &sound, double volume, QString *why = nullptr) = 0;
    // Loads a sound ahead of its first alert, so even that one starts without delay.
    virtual void preload(const QString &sound) = 0;

    virtual bool isAvailable() const = 0;
    // What was said when sound last became unavailable or available again (empty at first).
    virtual QString availabilityMessage() const = 0;

signals:
    // `message`: the sentence said on stderr for the change (empty when nothing was wrong before).
    void availabilityChanged(bool available, const QString &message);
};

// The sound module's entry points (extern "C", found with QLibrary::resolve).
// A new player; `recoveryCommand` starts a child that plays while this process has no audio
// output (SoundProcess: Bellboard's own binary with kSoundProcessCommand).
using CreateAlertSound = AlertSound *(*)(const QStringList &recoveryCommand);
inline constexpr char kCreateAlertSoundSymbol[] = "bellboard_create_alert_sound";
// The child's side of SoundProcess: serves play requests on stdin until it closes.
using ServeSoundRequests = int (*)();
inline constexpr char kServeSoundRequestsSymbol[] = "bellboard_serve_sound_requests";

} // namespace bb
