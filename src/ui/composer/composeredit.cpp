#include "composeredit.h"

#include <QKeyEvent>
#include <QTextBlock>

namespace bb {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPlainTextEdit::textChanged, this, &ComposerEdit::fitToText);
    fitToText();
}

int ComposerEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    return fontMetrics().lineSpacing() * lines + int(2 * document()->documentMargin()) + margins.top()
         + margins.bottom() + 2 * frameWidth();
}

void ComposerEdit::setMaxVisibleLines(int lines)
{
    if (lines == m_maxVisibleLines)
        return;
    m_maxVisibleLines = qMax(1, lines);
    fitToText();
}

int ComposerEdit::visibleLines() const
{
    return qBound(1, document()->blockCount(), m_maxVisibleLines);
}

void ComposerEdit::fitToText()
{
    setFixedHeight(heightForLines(visibleLines()));
}

QSize ComposerEdit::sizeHint() const
{
    return { QPlainTextEdit::sizeHint().width(), heightForLines(visibleLines()) };
}

QSize ComposerEdit::minimumSizeHint() const
{
    return { 100, heightForLines(1) };
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier));
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (event->modifiers() & Qt::ShiftModifier) {
            textCursor().insertText(QStringLiteral("\n"));
        } else {
            emit sendRequested();
        }
        return;
    case Qt::Key_Up:
        if (plain && textCursor().block() == document()->firstBlock()) {
            emit historyRequested(-1);
            return;
        }
        break;
    case Qt::Key_Down:
        if (plain && textCursor().block() == document()->lastBlock()) {
            emit historyRequested(+1);
            return;
        }
        break;
    case Qt::Key_Tab:
        if (plain) {
            emit completionRequested();
            return;
        }
        break;
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool ComposerEdit::focusNextPrevChild(bool next)
{
    // Tab completes; Shift+Tab still leaves the field.
    return next ? false : QPlainTextEdit::focusNextPrevChild(next);
}

} // namespace bb
