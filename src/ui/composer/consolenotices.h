#pragma once

#include "chatops/commandanswer.h"
#include "core/event.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

namespace bb {

class ChatOps;

// The answers only this console sees ("only visible to you"), kept per channel for every
// composer of a window: ChatOps announces them (noticeShown, noticeRemoved), each composer
// shows its own channel's, and a click on a button in one goes back, as Slack's block_actions
// for an ephemeral message, to the backend whose answer it is. Never stored: gone with the window.
class ConsoleNotices : public QObject
{
    Q_OBJECT
public:
    struct Notice
    {
        quint64 id = 0;
        QString sender;
        CommandAnswer answer;
        qint64 shownAtMs = 0;
    };
    static constexpr int kPerChannel = 20;

    explicit ConsoleNotices(ChatOps *chatops, QObject *parent = nullptr);

    QList<Notice> notices(const QString &channel) const { return m_notices.value(channel); }
    int count(const QString &channel) const { return int(m_notices.value(channel).size()); }
    void clear(const QString &channel);

    // The notice as a message (channel, sender, text, blocks, attachments; no id: not stored).
    static Event messageOf(const QString &channel, const Notice &notice);
    // Its body for the composer: the feed's rendering, with the notice's id in the links of its
    // buttons ("bb-action:block/action?notice=7"), so that a click says which notice it was in.
    static QString bodyHtml(const QString &channel, const Notice &notice);
    // A click on such a link in `channel`'s notices: block_actions to the notice's backend.
    // False when the link is no notice's button (not a bb-action link, or the notice is gone).
    bool click(const QString &channel, const QUrl &link);

signals:
    void changed(const QString &channel);

private:
    void onShown(const QString &channel, quint64 id, const QString &sender, const CommandAnswer &answer);
    void onRemoved(const QString &channel, quint64 id);

    ChatOps *m_chatops;
    QHash<QString, QList<Notice>> m_notices; // oldest first
};

} // namespace bb
