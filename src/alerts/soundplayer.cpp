#include "soundplayer.h"

#include "soundlibrary.h"
#include "soundprocess.h"

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

SoundPlayer::SoundPlayer(const QStringList &recoveryCommand, QObject *parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
    , m_recoveryCommand(recoveryCommand)
{
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &SoundPlayer::updateAvailability);
    updateAvailability();
}

SoundPlayer::~SoundPlayer() = default;

void SoundPlayer::updateAvailability()
{
    m_here = !QMediaDevices::audioOutputs().isEmpty();
    if (m_here && m_process) {
        m_process->disconnect(this);
        m_process->deleteLater(); // (this may run inside its signal)
        m_process = nullptr;
    } else if (!m_here && !m_process && !m_recoveryCommand.isEmpty()) {
        m_process = new SoundProcess(m_recoveryCommand, this);
        connect(m_process, &SoundProcess::availabilityChanged, this, &SoundPlayer::updateAvailability);
        connect(m_process, &SoundProcess::started, this, &SoundPlayer::started);
        connect(m_process, &SoundProcess::undecodable, this, [this](const QString &sound) {
            emit failed(sound, tr("the audio system could not decode %1").arg(sound));
        });
        for (const QString &sound : std::as_const(m_preloaded))
            m_process->preload(sound);
    }
    if (!m_here) {
        qDeleteAll(m_warm);
        m_warm.clear();
    }

    const bool available = m_here || (m_process && m_process->isAvailable());
    if (available == m_available && (available || m_toldUnavailable))
        return;
    m_available = available;
    if (!available) {
        m_message = tr("Sound is unavailable: no audio output device was found. Bellboard keeps "
                       "running; alerts still mark channels and show notifications, but make no sound.");
        qWarning().noquote() << "bellboard:" << m_message;
        m_toldUnavailable = true;
    } else if (m_toldUnavailable) {
        m_message = tr("Sound is available again: an audio output device was found.");
        qInfo().noquote() << "bellboard:" << m_message;
        m_toldUnavailable = false;
    }
    emit availabilityChanged(available, m_message);
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
    if (!m_here) {
        m_process->play(sound, volume);
        return true;
    }
    return playHere(sound, url, volume);
}

bool SoundPlayer::playHere(const QString &sound, const QUrl &url, double volume)
{
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
    startWhenReady(); // already Ready when the sample was cached
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
    if (url.isEmpty())
        return;
    m_preloaded.insert(sound);
    if (m_here)
        keepWarm(url);
    else if (m_process)
        m_process->preload(sound);
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
