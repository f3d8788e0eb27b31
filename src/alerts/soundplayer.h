#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QMediaDevices;
class QSoundEffect;

namespace bb {

// Plays alert sounds. Each play gets a fresh QSoundEffect, parented here and deleted when it
// stops: on Qt 6.4 a reused effect reports playing yet silently drops about half of the
// repeated plays (fixed upstream only in 6.8), and twelve alerts must give twelve sounds.
//
// Without any audio output, QSoundEffect still claims to be ready and playing, so
// availability comes from QMediaDevices instead; the first time sound turns out to be
// unavailable the player says so once, clearly, then stays silent until an output appears.
class SoundPlayer : public QObject
{
    Q_OBJECT
public:
    explicit SoundPlayer(QObject *parent = nullptr);
    ~SoundPlayer() override;

    bool isAvailable() const { return m_available; }

    // Plays a bundled sound name or a WAV path at `volume` (0..1). Returns false, with the
    // reason in *why, when it cannot (no audio output, not a playable file).
    bool play(const QString &sound, double volume, QString *why = nullptr);

    // Loads a sound ahead of its first alert, so even that one starts without delay.
    void preload(const QString &sound);

    int playingCount() const { return int(m_live.size()); }

signals:
    void started(const QString &sound);                         // playback was asked of the device
    void failed(const QString &sound, const QString &reason);
    void availabilityChanged(bool available, const QString &reason);

private:
    void updateAvailability();
    void keepWarm(const QUrl &url);
    void finish(QSoundEffect *effect);

    QMediaDevices *m_devices = nullptr;
    bool m_available = false;
    bool m_toldUnavailable = false;
    QSet<QSoundEffect *> m_live;      // asked to play, not yet finished
    QSet<QSoundEffect *> m_started;   // of those, the ones already playing
    // One never-played effect per sound keeps its decoded sample in Qt's sample cache, so a
    // fresh effect for the next alert starts without reading and decoding the file again.
    QHash<QUrl, QSoundEffect *> m_warm;
};

} // namespace bb
