#include "composer.h"

#include "composeredit.h"
#include "composerhistory.h"
#include "consolenotices.h"
#include "ui/feed/eventbody.h"
#include "chatops/chatops.h"
#include "core/mrkdwn.h"
#include "core/safetext.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace bb {

namespace {

// Shares of the parent's (the pane's) height the composer's parts may take at most, so that
// in a small split the feed keeps most of the room.
constexpr double kNoticesShare = 0.30;
constexpr double kPreviewShare = 0.15;
constexpr double kEditorShare = 0.20;
constexpr int kNoticesLines = 9; // at most, in a tall pane
constexpr int kPreviewLines = 4;
constexpr int kEditorLines = 6;

QTextBrowser *newReadOnlyView(QWidget *parent, const QString &name)
{
    auto *view = new QTextBrowser(parent);
    view->setObjectName(name);
    view->setDocument(new SafeTextDocument(view)); // answers are untrusted: no resources loaded
    view->setOpenLinks(false);
    view->document()->setDefaultStyleSheet(bodyStyleSheet(view->palette()));
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    view->hide();
    return view;
}

} // namespace

Composer::Composer(ChatOps *chatops, ComposerHistory *history, ConsoleNotices *notices, QWidget *parent)
    : QWidget(parent)
    , m_chatops(chatops)
    , m_history(history ? history : new ComposerHistory(this))
    , m_noticeBoard(notices ? notices : new ConsoleNotices(chatops, this))
    , m_completer(&chatops->registry())
    , m_edit(new ComposerEdit(this))
    , m_preview(newReadOnlyView(this, QStringLiteral("composerPreview")))
    , m_hint(new QLabel(this))
    , m_notices(newReadOnlyView(this, QStringLiteral("composerNotices")))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("composer"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the feed above gets the room
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);

    // Answers only this console sees: never stored, gone with the window. Dismiss sits beside
    // them rather than on a row of its own.
    m_notices->setAccessibleName(tr("Answers only visible to you"));
    connect(m_notices, &QTextBrowser::anchorClicked, this, &Composer::onNoticeLink);
    m_dismiss->setObjectName(QStringLiteral("composerDismiss"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->hide();
    connect(m_dismiss, &QToolButton::clicked, this, &Composer::clearNotices);
    connect(m_noticeBoard, &ConsoleNotices::changed, this, &Composer::showNotices);
    auto *noticesRow = new QHBoxLayout;
    noticesRow->setSpacing(4);
    noticesRow->addWidget(m_notices, 1);
    noticesRow->addWidget(m_dismiss, 0, Qt::AlignTop);

    m_preview->setAccessibleName(tr("Preview of the message"));
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setFrameShape(QFrame::NoFrame);
    m_preview->setBackgroundRole(QPalette::Window); // set apart from the field under it
    m_preview->viewport()->setAutoFillBackground(false);
    m_hint->setObjectName(QStringLiteral("composerHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // drawn in the disabled (dimmer) colour
    m_hint->hide();

    m_edit->setPlaceholderText(tr("Message, or /command (Tab completes, /help lists them)"));
    m_edit->setAccessibleName(tr("Message or command"));
    setFocusProxy(m_edit); // focusing the composer (its pane does) is focusing its field
    layout->addLayout(noticesRow);
    layout->addWidget(m_preview);
    layout->addWidget(m_hint);
    layout->addWidget(m_edit);
    for (QTextBrowser *view : { m_notices, m_preview })
        view->viewport()->installEventFilter(this); // a new width: a new height for its text

    connect(m_edit, &ComposerEdit::sendRequested, this, &Composer::send);
    connect(m_edit, &ComposerEdit::historyRequested, this, &Composer::browseHistory);
    connect(m_edit, &ComposerEdit::completionRequested, this, &Composer::complete);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);

    m_confirm = [this](const QString &text) {
        return QMessageBox::question(this, tr("Run this command?"),
                                     tr("%1\n\nThis command is marked as needing confirmation.").arg(text))
            == QMessageBox::Yes;
    };
    watchParent();
}

Composer::~Composer()
{
    if (m_history)
        m_history->keepDraft(m_channel, text());
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
    return channel == m_channel ? text() : m_history->draft(channel);
}

ComposerHistory *Composer::sharedHistory() const
{
    return m_history;
}

QStringList Composer::history() const
{
    return m_history->lines();
}

int Composer::noticeCount(const QString &channel) const
{
    return m_noticeBoard->count(channel);
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
    m_history->keepDraft(m_channel, text());
    m_channel = channel;
    m_historyIndex = -1;
    setText(m_history->takeDraft(channel));
    showNotices(channel);
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
    m_history->add(typed);
    m_historyIndex = -1;
    // A rejected command stays in the field to be fixed; the reason shows above it.
    if (outcome == ChatOps::Outcome::Rejected)
        return;
    setText(QString());
    emit sent(m_channel, typed);
}

void Composer::browseHistory(int step)
{
    const QStringList lines = m_history->lines();
    if (lines.isEmpty())
        return;
    if (m_historyIndex < 0) {
        if (step > 0)
            return;
        m_unsent = text();
        m_historyIndex = int(lines.size());
    }
    const int index = qMin(m_historyIndex + step, int(lines.size()));
    if (index < 0)
        return;
    if (index >= lines.size()) {
        m_historyIndex = -1;
        setText(m_unsent);
        return;
    }
    m_historyIndex = index;
    setText(lines.at(index));
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
    if (!m_cycle.isEmpty()) { // keep the candidates in sight while cycling
        m_hint->setText(candidates);
        m_hint->show();
    }
}

void Composer::onTextChanged()
{
    if (m_settingText)
        return;
    m_cycleIndex = -1; // typing ends a Tab cycle
    m_cycle.clear();
    updateHints();
}

void Composer::updateHints()
{
    const QString typed = text();
    const bool command = typed.startsWith(QLatin1Char('/')) && !typed.startsWith(QLatin1String("//"));
    // The preview shows only what the typed text does not: formatting, links, emoji. Text that
    // renders as typed needs none, and a pane without the room for one gets none.
    bool preview = false;
    if (!typed.trimmed().isEmpty() && !command && m_previewMax > 0) {
        const QString message = typed.startsWith(QLatin1String("//")) ? typed.mid(1) : typed;
        m_preview->setHtml(mrkdwnToHtml(message));
        preview = m_preview->toPlainText().simplified() != message.simplified(); // spaces being typed are no format
    }
    m_preview->setVisible(preview);
    if (preview)
        fitHeight(m_preview, m_previewMax);
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

void Composer::clearNotices()
{
    m_noticeBoard->clear(m_channel);
}

void Composer::showNotices(const QString &channel)
{
    if (channel != m_channel)
        return;
    const QList<ConsoleNotices::Notice> list = m_noticeBoard->notices(m_channel);
    m_notices->setVisible(!list.isEmpty());
    m_dismiss->setVisible(!list.isEmpty());
    QString html;
    for (const ConsoleNotices::Notice &notice : list) {
        const QString who = notice.answer.isError ? tr("⚠ %1 · only visible to you") : tr("%1 · only visible to you");
        html += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:2px\"><b>%1</b></p>%2")
                        .arg(who.arg(notice.sender.toHtmlEscaped()), ConsoleNotices::bodyHtml(m_channel, notice));
    }
    m_notices->setHtml(html);
    fitHeight(m_notices, m_noticesMax);
    m_notices->verticalScrollBar()->setValue(m_notices->verticalScrollBar()->maximum()); // the newest in sight
}

// A button in a notice goes to its backend; an ordinary link that is safe opens in the browser.
void Composer::onNoticeLink(const QUrl &url)
{
    if (m_noticeBoard->click(m_channel, url))
        return;
    const QUrl safe = safeLinkUrl(url.toString());
    if (safe.isValid())
        QDesktopServices::openUrl(safe);
}

// As tall as its text, up to `maxHeight`; then it scrolls.
void Composer::fitHeight(QTextBrowser *browser, int maxHeight)
{
    QTextDocument *document = browser->document();
    document->setTextWidth(browser->viewport()->width());
    const int frame = 2 * browser->frameWidth();
    const int content = int(std::ceil(document->size().height())) + frame;
    browser->setFixedHeight(qMax(fontMetrics().lineSpacing() + frame, qMin(content, maxHeight)));
}

// The share of the pane each part may take follows the pane's height (and the font's size).
void Composer::fitToParent()
{
    const int available = parentWidget() ? parentWidget()->height() : 600;
    const int line = fontMetrics().lineSpacing();
    m_noticesMax = qMax(2 * line, qMin(kNoticesLines * line, int(available * kNoticesShare)));
    const int previewRoom = qMin(kPreviewLines * line, int(available * kPreviewShare));
    const bool hadPreviewRoom = m_previewMax > 0;
    m_previewMax = previewRoom >= 2 * line ? previewRoom : 0;
    m_edit->setMaxVisibleLines(qBound(2, int(available * kEditorShare) / qMax(1, line), kEditorLines));
    if (!m_notices->isHidden())
        fitHeight(m_notices, m_noticesMax);
    const bool previewRoomChanged = (previewRoom >= 2 * line) != hadPreviewRoom;
    if (previewRoomChanged)
        updateHints(); // the preview comes or goes
    else if (!m_preview->isHidden())
        fitHeight(m_preview, m_previewMax);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_watchedParent)
            fitToParent();
        else if (watched == m_notices->viewport() && !m_notices->isHidden())
            fitHeight(m_notices, m_noticesMax);
        else if (watched == m_preview->viewport() && !m_preview->isHidden())
            fitHeight(m_preview, m_previewMax);
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ParentChange || event->type() == QEvent::FontChange)
        watchParent();
    if (event->type() == QEvent::PaletteChange) { // light ↔ dark: the text's colors follow
        for (QTextBrowser *view : { m_notices, m_preview })
            view->document()->setDefaultStyleSheet(bodyStyleSheet(palette()));
        showNotices(m_channel);
        updateHints();
    }
}

void Composer::watchParent()
{
    if (m_watchedParent)
        m_watchedParent->removeEventFilter(this);
    m_watchedParent = parentWidget();
    if (m_watchedParent)
        m_watchedParent->installEventFilter(this);
    fitToParent();
}

} // namespace bb
