#include "composer.h"

#include "composeredit.h"
#include "eventbody.h"
#include "chatops/chatops.h"
#include "core/messagehtml.h"
#include "core/mrkdwn.h"

#include <QLabel>
#include <QMessageBox>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace bb {

Composer::Composer(ChatOps *chatops, QWidget *parent)
    : QWidget(parent), m_chatops(chatops), m_completer(&chatops->registry()),
      m_edit(new ComposerEdit(this)), m_preview(new QLabel(this)), m_hint(new QLabel(this)),
      m_notices(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("composer"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);   // the feed above gets the room
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);

    // Answers only this console sees: never stored, gone with the window.
    m_notices->setObjectName(QStringLiteral("composerNotices"));
    m_notices->setDocument(new SafeTextDocument(m_notices));   // answers are untrusted: no resources loaded
    m_notices->setOpenLinks(false);
    m_notices->document()->setDefaultStyleSheet(messageStyleSheet());
    m_notices->setMaximumHeight(160);
    m_notices->hide();
    auto *dismiss = new QToolButton(this);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    dismiss->hide();
    connect(dismiss, &QToolButton::clicked, this, &Composer::clearNotices);
    connect(m_chatops, &ChatOps::noticeShown, this, &Composer::onNoticeShown);
    connect(m_chatops, &ChatOps::noticeRemoved, this, &Composer::onNoticeRemoved);
    connect(m_notices->document(), &QTextDocument::contentsChanged, dismiss,
            [this, dismiss] { dismiss->setVisible(m_notices->isVisibleTo(this)); });

    m_preview->setObjectName(QStringLiteral("composerPreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::NoTextInteraction);
    m_preview->hide();
    m_hint->setObjectName(QStringLiteral("composerHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);  // drawn in the disabled (dimmer) colour
    m_hint->hide();

    m_edit->setPlaceholderText(tr("Message, or /command (Tab completes, /help lists them)"));
    layout->addWidget(m_notices);
    layout->addWidget(dismiss, 0, Qt::AlignRight);
    layout->addWidget(m_preview);
    layout->addWidget(m_hint);
    layout->addWidget(m_edit);

    connect(m_edit, &ComposerEdit::sendRequested, this, &Composer::send);
    connect(m_edit, &ComposerEdit::historyRequested, this, &Composer::browseHistory);
    connect(m_edit, &ComposerEdit::completionRequested, this, &Composer::complete);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);

    m_confirm = [this](const QString &text) {
        return QMessageBox::question(this, tr("Run this command?"),
                                     tr("%1\n\nThis command is marked as needing confirmation.").arg(text))
                == QMessageBox::Yes;
    };
}

void Composer::setValueSource(CommandCompleter::ValueSource source)
{
    m_completer.setValueSource(std::move(source));
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

QString Composer::draft(const QString &channel) const
{
    return channel == m_channel ? text() : m_drafts.value(channel);
}

void Composer::setText(const QString &text)
{
    m_settingText = true;
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    m_settingText = false;
    m_cycleIndex = -1;
    m_cycle.clear();
    updateHints();
}

void Composer::setChannel(const QString &channel)
{
    if (channel == m_channel)
        return;
    if (!m_channel.isEmpty()) {
        if (text().isEmpty())
            m_drafts.remove(m_channel);
        else
            m_drafts.insert(m_channel, text());
    }
    m_channel = channel;
    m_historyIndex = -1;
    setText(m_drafts.value(channel));
    showNotices();
}

void Composer::send()
{
    const QString typed = text();
    if (typed.trimmed().isEmpty() || m_channel.isEmpty())
        return;
    const qint64 selected = m_selection ? m_selection() : 0;
    ChatOps::Outcome outcome = m_chatops->submit(m_channel, typed, selected);
    if (outcome == ChatOps::Outcome::NeedsConfirmation)
        outcome = m_confirm && m_confirm(typed.trimmed()) ? m_chatops->submit(m_channel, typed, selected, true)
                                                          : ChatOps::Outcome::Rejected;
    if (m_history.isEmpty() || m_history.last() != typed) {
        m_history << typed;
        if (m_history.size() > kHistorySize)
            m_history.removeFirst();
    }
    m_historyIndex = -1;
    // A rejected command stays in the field to be fixed; the reason shows above it.
    if (outcome == ChatOps::Outcome::Rejected)
        return;
    m_drafts.remove(m_channel);
    setText(QString());
    emit sent(m_channel, typed);
}

void Composer::browseHistory(int step)
{
    if (m_history.isEmpty())
        return;
    if (m_historyIndex < 0) {
        if (step > 0)
            return;
        m_unsent = text();
        m_historyIndex = int(m_history.size());
    }
    const int index = m_historyIndex + step;
    if (index < 0)
        return;
    if (index >= m_history.size()) {
        m_historyIndex = -1;
        setText(m_unsent);
        return;
    }
    m_historyIndex = index;
    setText(m_history.at(index));
}

void Composer::complete()
{
    QTextCursor cursor = m_edit->textCursor();
    const QString before = m_edit->toPlainText().left(cursor.position());
    QString replacement;
    int start = 0;
    if (m_cycleIndex >= 0 && !m_cycle.isEmpty()) {
        // Tab again: the next candidate in place of the one just inserted.
        m_cycleIndex = (m_cycleIndex + 1) % int(m_cycle.size());
        start = m_cycleStart;
        replacement = m_cycle.at(m_cycleIndex);
    } else {
        const CommandCompleter::Result result = m_completer.complete(before);
        if (result.candidates.isEmpty()) {
            m_hint->setText(tr("Nothing to complete here."));
            m_hint->show();
            return;
        }
        start = result.wordStart;
        if (result.candidates.size() == 1) {
            replacement = result.candidates.first() + QLatin1Char(' ');
        } else {
            const QString common = CommandCompleter::commonPrefix(result.candidates);
            m_hint->setText(result.candidates.join(QLatin1String("  ")));
            m_hint->show();
            if (common.size() > result.word.size()) {
                replacement = common;
            } else {
                m_cycle = result.candidates;
                m_cycleIndex = 0;
                m_cycleStart = start;
                replacement = m_cycle.first();
            }
        }
    }
    cursor.setPosition(start);
    cursor.setPosition(int(before.size()), QTextCursor::KeepAnchor);
    m_settingText = true;
    cursor.insertText(replacement);
    m_settingText = false;
    m_edit->setTextCursor(cursor);
    const QString candidates = m_hint->text();
    updateHints();
    if (!m_cycle.isEmpty()) {   // keep the candidates in sight while cycling
        m_hint->setText(candidates);
        m_hint->show();
    }
}

void Composer::onTextChanged()
{
    if (m_settingText)
        return;
    m_cycleIndex = -1;   // typing ends a Tab cycle
    m_cycle.clear();
    updateHints();
}

void Composer::updateHints()
{
    const QString typed = text();
    const bool command = typed.startsWith(QLatin1Char('/')) && !typed.startsWith(QLatin1String("//"));
    if (typed.trimmed().isEmpty() || command) {
        m_preview->hide();
    } else {
        m_preview->setText(mrkdwnToHtml(typed.startsWith(QLatin1String("//")) ? typed.mid(1) : typed));
        m_preview->show();
    }
    // For a command: its usage, so the grammar is in sight while typing.
    const QString name = typed.section(QLatin1Char(' '), 0, 0).mid(1);
    const CommandRegistry::Entry *entry = command ? m_chatops->registry().find(name) : nullptr;
    if (entry) {
        m_hint->setText(entry->usage.lines().join(QLatin1String("   ")));
        m_hint->show();
    } else {
        m_hint->hide();
    }
}

void Composer::onNoticeShown(const QString &channel, quint64 id, const QString &sender, const CommandAnswer &answer)
{
    QList<Notice> &list = m_noticesByChannel[channel];
    auto it = std::find_if(list.begin(), list.end(), [id](const Notice &notice) { return notice.id == id; });
    if (it != list.end()) {
        it->answer = answer;
        it->sender = sender;
    } else {
        list << Notice{ id, sender, answer };
        while (list.size() > kNoticesPerChannel)
            list.removeFirst();
    }
    if (channel == m_channel)
        showNotices();
}

void Composer::onNoticeRemoved(const QString &channel, quint64 id)
{
    QList<Notice> &list = m_noticesByChannel[channel];
    list.erase(std::remove_if(list.begin(), list.end(), [id](const Notice &notice) { return notice.id == id; }),
               list.end());
    if (channel == m_channel)
        showNotices();
}

void Composer::clearNotices()
{
    m_noticesByChannel.remove(m_channel);
    showNotices();
}

void Composer::showNotices()
{
    const QList<Notice> list = m_noticesByChannel.value(m_channel);
    m_notices->setVisible(!list.isEmpty());
    QString html;
    for (const Notice &notice : list) {
        Event event;
        event.channel = m_channel;
        event.senderName = notice.sender;
        event.text = notice.answer.text;
        event.blocksJson = notice.answer.blocksJson;
        event.attachmentsJson = notice.answer.attachmentsJson;
        const QString who = notice.answer.isError ? tr("⚠ %1 · only visible to you") : tr("%1 · only visible to you");
        html += QStringLiteral("<p style=\"margin-top:4px\"><b>%1</b></p>%2")
                        .arg(who.arg(notice.sender.toHtmlEscaped()), feedBodyHtml(event));
    }
    m_notices->setHtml(html);
    m_notices->moveCursor(QTextCursor::End);
    m_notices->ensureCursorVisible();
}

} // namespace bb
