#include "alertcommands.h"

#include "store/eventstore.h"

#include "alerts/alertcenter.h"
#include "alerts/alertrepeater.h"
#include "alerts/channelsettingsstore.h"
#include "chatops.h"
#include "core/channelname.h"
#include "alerts/soundlibrary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bb {

namespace {

// lupdate files a tr() call under the class or namespace it stands in (it cannot see this
// helper), so the context here must be that one: the functions here are in namespace bb.
QString tr(const char *text)
{
    return QCoreApplication::translate("bb", text);
}

// "#financials" → "financials"; the command's own channel when not given.
QString channelArgument(const CommandCall &call)
{
    const QString given = call.arguments.value(QStringLiteral("channel"));
    return given.isEmpty() ? call.channel : normalizeChannelName(given);
}

CommandSpec spec(const char *name, const char *usage, const QString &description)
{
    CommandSpec spec;
    spec.name = QLatin1String(name);
    spec.usage = { QLatin1String(usage) };
    spec.description = description;
    return spec;
}

} // namespace

QDateTime muteEndFor(const QString &text, const QDateTime &now)
{
    if (text.compare(QLatin1String("tomorrow"), Qt::CaseInsensitive) == 0)
        return AlertPolicy::muteEnd(AlertPolicy::MuteSpan::UntilTomorrow, now);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})(s|m|h|d)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toLower());
    if (!match.hasMatch())
        return {};
    const qint64 amount = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 seconds = unit == QLatin1Char('s') ? amount
                         : unit == QLatin1Char('m') ? amount * 60
                         : unit == QLatin1Char('h') ? amount * 3600
                                                    : amount * 86400;
    return seconds > 0 ? now.addSecs(seconds) : QDateTime();
}

void registerAlertCommands(ChatOps *chatops, AlertCenter *alerts, ChannelSettingsStore *settingsStore)
{
    CommandRegistry &registry = chatops->registry();

    CommandSpec mute = spec("mute", "mute [<channel>] [<duration>]",
                            tr("Silences a channel (this one unless named) for a while, 1 hour unless given."));
    mute.deskOnly = true;
    mute.values.insert(QStringLiteral("duration"), { QStringLiteral("30m"), QStringLiteral("1h"),
                                                     QStringLiteral("2h"), QStringLiteral("tomorrow") });
    registry.add(mute, [alerts](const CommandCall &call) {
        const QString channel = channelArgument(call);
        const QString duration = call.arguments.value(QStringLiteral("duration"), QStringLiteral("1h"));
        const QDateTime until = muteEndFor(duration, QDateTime::currentDateTime());
        if (channel.isEmpty() || !until.isValid())
            return call.reply(CommandAnswer::error(
                    tr("/mute: '%1' is not a duration such as 30m, 2h, 1d or tomorrow").arg(mrkdwnEscaped(duration))));
        alerts->mute(channel, until);
        call.reply(CommandAnswer::note(tr("#%1 is muted until %2.")
                                               .arg(channel, QLocale().toString(until, QLocale::ShortFormat))));
    });

    CommandSpec unmute = spec("unmute", "unmute [<channel>]", tr("Ends a channel's mute."));
    unmute.deskOnly = true;
    registry.add(unmute, [alerts](const CommandCall &call) {
        const QString channel = channelArgument(call);
        alerts->unmute(channel);
        call.reply(CommandAnswer::note(tr("#%1 is not muted any more.").arg(channel)));
    });

    registry.add(spec("ack", "ack", tr("Acknowledges the selected event (or the newest crit alert still ringing "
                                       "here): the ringing stops and everyone sees who took it.")),
                 [alerts, store = chatops->store()](const CommandCall &call) {
                     const qint64 id = call.selectedEventId ? call.selectedEventId : alerts->awaitingAcknowledgement(call.channel);
                     if (!id)
                         return call.reply(CommandAnswer::note(tr("Nothing is ringing in #%1; select the event to acknowledge.")
                                                                       .arg(call.channel)));
                     Event ack;
                     ack.channel = call.channel;
                     ack.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
                     ack.source = AlertRepeater::ackSource();
                     ack.senderName = call.userName;
                     ack.threadKey = QString::number(id);
                     ack.text = tr(":white_check_mark: acknowledged by %1").arg(call.userName);
                     call.output->post(ack);
                     // The team's record: the event itself says who took it (first wins), every
                     // window and stream client hears of it, and every console's alarm stops.
                     if (store)
                         store->acknowledge(id, call.userName, ack.receivedAtMs);
                 });

    CommandSpec sound = spec("sound", "sound <channel> <sound>",
                             tr("Sets a channel's sound: a bundled one or the path of a 16-bit PCM WAV file."));
    sound.deskOnly = true;
    sound.values.insert(QStringLiteral("sound"), SoundLibrary::bundledNames());
    registry.add(sound, [alerts, settingsStore](const CommandCall &call) {
        const QString channel = channelArgument(call);
        const QString name = call.arguments.value(QStringLiteral("sound"));
        QString why;
        if (SoundLibrary::resolve(name, &why).isEmpty())
            return call.reply(CommandAnswer::error(QStringLiteral("/sound: %1").arg(mrkdwnEscaped(why))));
        AlertSettings settings = alerts->settings();
        ChannelAlertSettings channelSettings = settings.forChannel(channel);
        channelSettings.sound = name;
        if (settingsStore && !settingsStore->save(channel, channelSettings, &why))
            return call.reply(CommandAnswer::error(tr("/sound: could not save the config file: %1").arg(mrkdwnEscaped(why))));
        settings.channels.insert(channel, channelSettings);
        alerts->setSettings(settings);
        call.reply(CommandAnswer::note(tr("#%1 now plays %2.").arg(channel, name)));
    });
}

} // namespace bb
