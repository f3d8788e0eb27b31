#include "composerhistory.h"

namespace bb {

void ComposerHistory::add(const QString &text)
{
    if (!m_lines.isEmpty() && m_lines.last() == text)
        return;
    m_lines << text;
    if (m_lines.size() > kSize)
        m_lines.removeFirst();
}

QString ComposerHistory::takeDraft(const QString &channel)
{
    return m_drafts.take(channel);
}

void ComposerHistory::keepDraft(const QString &channel, const QString &text)
{
    if (channel.isEmpty() || text.isEmpty())
        return;
    const QString kept = m_drafts.value(channel);
    m_drafts.insert(channel, kept.isEmpty() || kept == text ? text : kept + QLatin1Char('\n') + text);
}

} // namespace bb
