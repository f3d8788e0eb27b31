#pragma once

#include "chatops/commandanswer.h"
#include "chatops/commandcompleter.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>
#include <functional>

class QLabel;
class QTextBrowser;

namespace bb {

class ChatOps;
class ComposerEdit;

// The bottom of a channel's feed: plain text is posted to the channel, "/command …" runs a
// command (ChatOps). History with Up/Down, Shift+Enter for a new line, a draft kept per
// channel, a mrkdwn preview of what will be posted, Tab completion from the commands'
// usages, and the answers only this console sees ("only visible to you") above the field.
// Self-contained: it knows its channel and ChatOps, nothing of the window around it.
class Composer : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(ChatOps *chatops, QWidget *parent = nullptr);

    void setChannel(const QString &channel);   // keeps the old channel's draft, restores the new one's
    QString channel() const { return m_channel; }

    // Completion values by kind ("channel" as "#name", "user", …) beyond the commands' own.
    void setValueSource(CommandCompleter::ValueSource source);
    // The event selected in the feed, for /ack and friends (0 when none).
    void setSelectionSource(std::function<qint64()> source) { m_selection = std::move(source); }
    // Asks before running a confirm = true command; the default asks with a message box.
    void setConfirmer(std::function<bool(const QString &text)> confirmer) { m_confirm = std::move(confirmer); }

    ComposerEdit *editor() const { return m_edit; }
    QString text() const;
    QString draft(const QString &channel) const;
    QStringList history() const { return m_history; }
    QLabel *preview() const { return m_preview; }
    QLabel *hint() const { return m_hint; }
    QTextBrowser *notices() const { return m_notices; }
    int noticeCount(const QString &channel) const { return int(m_noticesByChannel.value(channel).size()); }

    static constexpr int kHistorySize = 100;
    static constexpr int kNoticesPerChannel = 20;

public slots:
    void send();
    void complete();
    void browseHistory(int step);
    void clearNotices();

signals:
    void sent(const QString &channel, const QString &text);

private:
    struct Notice
    {
        quint64 id = 0;
        QString sender;
        CommandAnswer answer;
    };
    void onTextChanged();
    void updateHints();
    void onNoticeShown(const QString &channel, quint64 id, const QString &sender, const CommandAnswer &answer);
    void onNoticeRemoved(const QString &channel, quint64 id);
    void showNotices();
    void setText(const QString &text);

    ChatOps *m_chatops;
    CommandCompleter m_completer;
    ComposerEdit *m_edit;
    QLabel *m_preview;
    QLabel *m_hint;
    QTextBrowser *m_notices;
    QString m_channel;
    QHash<QString, QString> m_drafts;
    QStringList m_history;          // oldest first
    int m_historyIndex = -1;        // -1: not browsing
    QString m_unsent;               // what was typed before browsing began
    QHash<QString, QList<Notice>> m_noticesByChannel;
    std::function<qint64()> m_selection;
    std::function<bool(const QString &)> m_confirm;
    // Repeated Tab cycles through the candidates of one completion.
    QStringList m_cycle;
    int m_cycleIndex = -1;
    int m_cycleStart = 0;
    bool m_settingText = false;
};

} // namespace bb
