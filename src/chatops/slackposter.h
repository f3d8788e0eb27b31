#pragma once

#include "chatops.h"

#include <QObject>
#include <QPointer>

namespace bb {

class SlackMirror;

// The composer's plain text in a mirrored Slack channel goes to Slack (chat.postMessage)
// instead of being stored as a local event: the mirror stores it once Slack accepts it, and
// a refusal comes back to this console as an error notice under the channel.
class SlackPoster : public QObject, public MessagePoster
{
    Q_OBJECT
public:
    explicit SlackPoster(SlackMirror *mirror, QObject *parent = nullptr);
    ~SlackPoster() override; // leaves the ChatOps it serves posting locally

    // Installs this poster in `chatops` (as its default poster) for every channel the mirror
    // fills, until this poster or `chatops` goes.
    void serve(ChatOps *chatops);

    void post(const QString &channel, const QString &text, const QString &userName,
              CommandOutput *output) override;
    bool takes(const QString &channel) const override;

private:
    QPointer<SlackMirror> m_mirror;
    QPointer<ChatOps> m_served;
};

} // namespace bb
