#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

namespace bb {

// What the composers of one window share: the lines sent, for Up/Down (one history for the
// window, as a shell keeps one: a command run in one pane is recalled in the next), and the
// unsent draft of each channel. A draft belongs to its channel, not to a pane: the composer
// that opens the channel takes it over, the one that leaves it (or closes) keeps it here.
class ComposerHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSize = 100;

    using QObject::QObject;

    void add(const QString &text);                // the newest; a repeat of the last one is not added
    QStringList lines() const { return m_lines; } // oldest first

    QString draft(const QString &channel) const { return m_drafts.value(channel); }
    QString takeDraft(const QString &channel);
    // Keeps `text` as `channel`'s draft; another pane's draft of the same channel is kept too,
    // above it, so that no typed text is lost. Empty text keeps nothing.
    void keepDraft(const QString &channel, const QString &text);

private:
    QStringList m_lines;
    QHash<QString, QString> m_drafts;
};

} // namespace bb
