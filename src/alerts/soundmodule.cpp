// The sound module, libbellboard-sound.so: SoundPlayer behind the AlertSound interface. It is
// loaded by the serving process only when sound is on (ServiceHost), and takes everything
// else it uses (SoundLibrary, Qt Core) from the executable that loads it.
#include "alertsound.h"
#include "soundplayer.h"

namespace bb {

namespace {

class ModuleSound : public AlertSound
{
public:
    ModuleSound() : m_player(new SoundPlayer(this)) {}

    bool play(const QString &sound, double volume, QString *why) override { return m_player->play(sound, volume, why); }
    void preload(const QString &sound) override { m_player->preload(sound); }

private:
    SoundPlayer *m_player;
};

} // namespace

} // namespace bb

extern "C" Q_DECL_EXPORT bb::AlertSound *bellboard_create_alert_sound()
{
    return new bb::ModuleSound;
}
