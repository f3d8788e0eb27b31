// The sound module, libbellboard-sound.so: SoundPlayer behind the AlertSound interface, and the
// sound child's request loop. It is loaded by the serving process only when sound is on
// (ServiceHost) and by `bellboard internal-sound-process`, and takes everything else it uses
// (SoundLibrary, Qt Core) from the executable that loads it.
#include "alertsound.h"
#include "soundplayer.h"
#include "soundprocess.h"

namespace bb {

namespace {

class ModuleSound : public AlertSound
{
public:
    explicit ModuleSound(const QStringList &recoveryCommand)
        : m_player(new SoundPlayer(recoveryCommand, this))
    {
        connect(m_player, &SoundPlayer::availabilityChanged, this, &AlertSound::availabilityChanged);
    }

    bool play(const QString &sound, double volume, QString *why) override { return m_player->play(sound, volume, why); }
    void preload(const QString &sound) override { m_player->preload(sound); }
    bool isAvailable() const override { return m_player->isAvailable(); }
    QString availabilityMessage() const override { return m_player->availabilityMessage(); }

private:
    SoundPlayer *m_player;
};

} // namespace

} // namespace bb

extern "C" Q_DECL_EXPORT bb::AlertSound *bellboard_create_alert_sound(const QStringList &recoveryCommand)
{
    return new bb::ModuleSound(recoveryCommand);
}

extern "C" Q_DECL_EXPORT int bellboard_serve_sound_requests()
{
    return bb::serveSoundRequests();
}
