#include "consolenotices.h"

#include "ui/feed/eventbody.h"
#include "chatops/blockactions.h"
#include "chatops/chatops.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>

namespace bb {

namespace {
const QString kNoticeKey = QStringLiteral("notice");
}

ConsoleNotices::ConsoleNotices(ChatOps *chatops, QObject *parent)
    : QObject(parent)
    , m_chatops(chatops)
{
    connect(chatops, &ChatOps::noticeShown, this, &ConsoleNotices::onShown);
    connect(chatops, &ChatOps::noticeRemoved, this, &ConsoleNotices::onRemoved);
}

void ConsoleNotices::onShown(const QString &channel, quint64 id, const QString &sender, const CommandAnswer &answer)
{
    QList<Notice> &list = m_notices[channel];
    auto it = std::find_if(list.begin(), list.end(), [id](const Notice &notice) { return notice.id == id; });
    if (it != list.end()) { // replace_original: the same notice, new content
        it->answer = answer;
        it->sender = sender;
    } else {
        list << Notice{ id, sender, answer, QDateTime::currentMSecsSinceEpoch() };
        while (list.size() > kPerChannel)
            list.removeFirst();
    }
    emit changed(channel);
}

void ConsoleNotices::onRemoved(const QString &channel, quint64 id)
{
    QList<Notice> &list = m_notices[channel];
    list.erase(std::remove_if(list.begin(), list.end(), [id](const Notice &notice) { return notice.id == id; }),
               list.end());
    emit changed(channel);
}

void ConsoleNotices::clear(const QString &channel)
{
    if (m_notices.remove(channel))
        emit changed(channel);
}

Event ConsoleNotices::messageOf(const QString &channel, const Notice &notice)
{
    Event event;
    event.channel = channel;
    event.receivedAtMs = notice.shownAtMs;
    event.senderName = notice.sender;
    event.text = notice.answer.text;
    event.blocksJson = notice.answer.blocksJson;
    event.attachmentsJson = notice.answer.attachmentsJson;
    return event;
}

QString ConsoleNotices::bodyHtml(const QString &channel, const Notice &notice)
{
    // Core percent-encodes block and action ids, so a '"' or '?' in the href is never theirs.
    static const QRegularExpression buttonLink(QStringLiteral("href=\"(bb-action:[^\"?]*)\""));
    return feedBodyHtml(messageOf(channel, notice))
            .replace(buttonLink, QStringLiteral("href=\"\\1?%1=%2\"").arg(kNoticeKey).arg(notice.id));
}

bool ConsoleNotices::click(const QString &channel, const QUrl &link)
{
    if (link.scheme() != QLatin1String("bb-action"))
        return false;
    const quint64 id = QUrlQuery(link).queryItemValue(kNoticeKey).toULongLong();
    for (const Notice &notice : m_notices.value(channel)) {
        if (notice.id != id)
            continue;
        ReplyTarget shownUnder = m_chatops->noticeTarget(id);
        if (shownUnder.channel.isEmpty()) // forgotten by ChatOps: the click still goes, answers come as new notices
            shownUnder = ReplyTarget{ channel, notice.sender, QString(), 0, QString() };
        m_chatops->blockActions()->clickNotice(messageOf(channel, notice), id, shownUnder, link, m_chatops->userName());
        return true;
    }
    return false;
}

} // namespace bb
