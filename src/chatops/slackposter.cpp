#include "slackposter.h"

#include "commandanswer.h"
#include "slack/slackmirror.h"

namespace bb {

SlackPoster::SlackPoster(SlackMirror *mirror, QObject *parent)
    : QObject(parent)
    , m_mirror(mirror)
{
}

SlackPoster::~SlackPoster()
{
    if (m_served && m_served->defaultPoster() == this)
        m_served->setDefaultPoster(nullptr);
}

void SlackPoster::serve(ChatOps *chatops)
{
    m_served = chatops;
    chatops->setDefaultPoster(this);
}

bool SlackPoster::takes(const QString &channel) const
{
    return m_mirror && m_mirror->mirrors(channel);
}

// Slack shows the bot's own name on what it posts; the desk's user name is Bellboard's idea.
void SlackPoster::post(const QString &channel, const QString &text, const QString &, CommandOutput *output)
{
    if (!m_mirror)
        return;
    m_mirror->post(channel, text, {}, this, [channel, output](bool ok, const QString &detail) {
        if (ok || !output)
            return;
        ReplyTarget target;
        target.channel = channel;
        target.sender = tr("Slack");
        output->deliver(target, CommandAnswer::error(tr("Not posted to Slack: %1").arg(detail)));
    });
}

} // namespace bb
