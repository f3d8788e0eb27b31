#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

class QMediaDevices;
class QSoundEffect;

namespace bb {

class SoundProcess;

// Plays alert sounds. Each play gets a fresh QSoundEffect, parented here and deleted when it
// stops: on Qt 6.4 a reused effect reports playing yet silently drops about half of the
// repeated plays (fixed upstream only in 6.8), and twelve alerts must give twelve sounds.
//
// Without any audio output, QSoundEffect still claims to be ready and playing, so
// availability comes from QMediaDevices instead; the first time sound turns out to be
// unavailable the player says so once, clearly, then stays silent until an output appears,
// and says so once again when one does.
//
// Qt 6.4 never retries an audio server that was not running when the process started, so
// while this process has no output, a SoundProcess (given a command for it) plays instead:
// a child started again until it finds one. This process's own output wins when it has one.
class SoundPlayer : public QObject
{
    Q_OBJECT
public:
    // `recoveryCommand`: how to start a SoundProcess child (program, arguments); empty: none.
    explicit SoundPlayer(const QStringList &recoveryCommand = {}, QObject *parent = nullptr);
    ~SoundPlayer() override;

    bool isAvailable() const { return m_available; }
    // What was said when sound last became unavailable or available again (empty at first).
    QString availabilityMessage() const { return m_message; }

    // Plays a bundled sound name or a WAV path at `volume` (0..1). Returns false, with the
    // reason in *why, when it cannot (no audio output, not a playable file).
    bool play(const QString &sound, double volume, QString *why = nullptr);

    // Loads a sound ahead of its first alert, so even that one starts without delay.
    void preload(const QString &sound);

    int playingCount() const { return int(m_live.size()); }

signals:
    void started(const QString &sound); // playback was asked of the device
    void failed(const QString &sound, const QString &reason);
    // `message`: the sentence said on stderr for the change (empty when nothing was wrong before).
    void availabilityChanged(bool available, const QString &message);

private:
    void updateAvailability();
    bool playHere(const QString &sound, const QUrl &url, double volume);
    void keepWarm(const QUrl &url);
    void finish(QSoundEffect *effect);

    QMediaDevices *m_devices = nullptr;
    QStringList m_recoveryCommand;
    SoundProcess *m_process = nullptr; // only while this process has no output
    bool m_here = false;               // this process has an output
    bool m_available = false;          // here, or in m_process
    QString m_message;
    bool m_toldUnavailable = false;
    QSet<QSoundEffect *> m_live;    // asked to play, not yet finished
    QSet<QSoundEffect *> m_started; // of those, the ones already playing
    // One never-played effect per sound keeps its decoded sample in Qt's sample cache, so a
    // fresh effect for the next alert starts without reading and decoding the file again.
    QHash<QUrl, QSoundEffect *> m_warm;
    QSet<QString> m_preloaded; // for a SoundProcess that starts later
};

} // namespace bb
