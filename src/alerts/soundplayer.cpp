#include "soundplayer.h"

#include "soundlibrary.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTimer>
#include <QtDebug>

namespace bb {

namespace {

// A stuck effect (a device that vanished mid-play never reports the end) is freed anyway.
constexpr int kLongestPlayMs = 60 * 1000;

} // namespace

SoundPlayer::SoundPlayer(QObject *parent) : QObject(parent), m_devices(new QMediaDevices(this))
{
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &SoundPlayer::updateAvailability);
    updateAvailability();
}

SoundPlayer::~SoundPlayer() = default;

void SoundPlayer::updateAvailability()
{
    const bool available = !QMediaDevices::audioOutputs().isEmpty();
    if (available == m_available && (available || m_toldUnavailable))
        return;
    m_available = available;
    QString reason;
    if (!available) {
        reason = tr("Sound is unavailable: no audio output device was found. Bellboard keeps "
                    "running; alerts still mark channels and show notifications, but make no sound.");
        if (!m_toldUnavailable)
            qWarning().noquote() << "bellboard:" << reason;
        m_toldUnavailable = true;
        qDeleteAll(m_warm);
        m_warm.clear();
    } else {
        m_toldUnavailable = false;
    }
    emit availabilityChanged(available, reason);
}

bool SoundPlayer::play(const QString &sound, double volume, QString *why)
{
    if (!m_available) {
        if (why)
            *why = tr("no audio output device");
        return false;
    }
    QString problem;
    const QUrl url = SoundLibrary::resolve(sound, &problem);
    if (url.isEmpty()) {
        if (why)
            *why = problem;
        emit failed(sound, problem);
        return false;
    }
    keepWarm(url);

    auto *effect = new QSoundEffect(this);
    m_live.insert(effect);
    const auto startWhenReady = [this, effect, sound] {
        if (effect->status() == QSoundEffect::Ready && m_live.contains(effect) && !m_started.contains(effect)) {
            m_started.insert(effect);
            effect->play();
            emit started(sound);
        } else if (effect->status() == QSoundEffect::Error) {
            emit failed(sound, tr("the audio system could not decode %1").arg(sound));
            finish(effect);
        }
    };
    connect(effect, &QSoundEffect::statusChanged, this, startWhenReady);
    connect(effect, &QSoundEffect::playingChanged, this, [this, effect] {
        if (!effect->isPlaying() && m_started.contains(effect))
            finish(effect);
    });
    QTimer::singleShot(kLongestPlayMs, effect, [this, effect] { finish(effect); });
    effect->setVolume(float(qBound(0.0, volume, 1.0)));
    effect->setSource(url);
    startWhenReady();  // already Ready when the sample was cached
    return true;
}

void SoundPlayer::finish(QSoundEffect *effect)
{
    if (!m_live.remove(effect))
        return;
    m_started.remove(effect);
    effect->deleteLater();
}

void SoundPlayer::preload(const QString &sound)
{
    const QUrl url = SoundLibrary::resolve(sound);
    if (m_available && !url.isEmpty())
        keepWarm(url);
}

void SoundPlayer::keepWarm(const QUrl &url)
{
    if (m_warm.contains(url))
        return;
    auto *warm = new QSoundEffect(this);
    warm->setSource(url);
    m_warm.insert(url, warm);
}

} // namespace bb
