#pragma once

#include <QPlainTextEdit>

namespace bb {

// The composer's text field: Enter sends, Shift+Enter starts a new line, Up on the first
// line and Down on the last walk the history, Tab completes. It only reports the keys; the
// Composer decides what they do.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    // It grows with its text up to `lines` lines, then scrolls (6 unless set).
    void setMaxVisibleLines(int lines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void sendRequested();
    void historyRequested(int step); // -1 older, +1 newer
    void completionRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override; // Tab completes; Shift+Tab moves focus back

private:
    void fitToText();
    int heightForLines(int lines) const;
    int visibleLines() const;

    int m_maxVisibleLines = 6;
};

} // namespace bb
