#pragma once

#include "chatops/commandcompleter.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <functional>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace bb {

class ChatOps;
class ComposerEdit;
class ComposerHistory;
class ConsoleNotices;

// The bottom of a channel's feed: plain text is posted to the channel, "/command …" runs a
// command (ChatOps). History with Up/Down, Shift+Enter for a new line, a draft kept per
// channel, a mrkdwn preview of what will be posted, Tab completion from the commands'
// usages, and the answers only this console sees ("only visible to you") above the field,
// their buttons clickable. Each pane of a window has one; they share the window's history,
// drafts and notices. Self-contained: it knows its channel and ChatOps, nothing of the
// window around it; it keeps to a share of its parent's height, so a small pane keeps its feed.
class Composer : public QWidget
{
    Q_OBJECT
public:
    // Null `history` or `notices`: the composer keeps its own.
    explicit Composer(ChatOps *chatops, ComposerHistory *history = nullptr, ConsoleNotices *notices = nullptr,
                      QWidget *parent = nullptr);
    ~Composer() override; // keeps its unsent text as the channel's draft

    void setChannel(const QString &channel); // keeps the old channel's draft, takes over the new one's
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
    QStringList history() const;
    ComposerHistory *sharedHistory() const;
    ConsoleNotices *sharedNotices() const { return m_noticeBoard; }
    QTextBrowser *preview() const { return m_preview; }
    QLabel *hint() const { return m_hint; }
    QTextBrowser *notices() const { return m_notices; }
    int noticeCount(const QString &channel) const;

public slots:
    void send();
    void complete();
    void browseHistory(int step);
    void clearNotices();

signals:
    void sent(const QString &channel, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextChanged();
    void updateHints();
    void showNotices(const QString &channel);
    void onNoticeLink(const QUrl &url);
    void setText(const QString &text);
    void watchParent();
    void fitToParent();
    void fitHeight(QTextBrowser *browser, int maxHeight);

    ChatOps *m_chatops;
    QPointer<ComposerHistory> m_history; // the window's may go first at shutdown
    ConsoleNotices *m_noticeBoard;
    CommandCompleter m_completer;
    ComposerEdit *m_edit;
    QTextBrowser *m_preview;
    QLabel *m_hint;
    QTextBrowser *m_notices;
    QToolButton *m_dismiss;
    QPointer<QWidget> m_watchedParent;
    QString m_channel;
    int m_historyIndex = -1; // -1: not browsing
    QString m_unsent;        // what was typed before browsing began
    std::function<qint64()> m_selection;
    std::function<bool(const QString &)> m_confirm;
    // Repeated Tab cycles through the candidates of one completion.
    QStringList m_cycle;
    int m_cycleIndex = -1;
    int m_cycleStart = 0;
    bool m_settingText = false;
    int m_previewMax = 0;   // px; 0: no room for a preview in this pane
    int m_noticesMax = 160; // px
};

} // namespace bb
