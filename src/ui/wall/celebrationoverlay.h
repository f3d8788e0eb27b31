#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPixmap>
#include <QPointF>
#include <QWidget>

class QAbstractScrollArea;
class QTimer;

namespace bb {

// "Make it rain": money falls over a feed for about two seconds when a celebrating channel
// (#financials) gets good news. A transparent child of the feed's viewport that lets every
// click through; it paints only while the rain falls, then hides and stops its timer.
// Turned off by setAnimationEnabled(false) or by a style without widget animations
// (QStyle::SH_Widget_Animation_Duration = 0, how reduced motion reaches Qt).
class CelebrationOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit CelebrationOverlay(QAbstractScrollArea *view);

    // The channel the view shows: only its celebrations rain here.
    void setChannel(const QString &channel) { m_channel = channel; }
    QString channel() const { return m_channel; }

    void setAnimationEnabled(bool enabled) { m_enabled = enabled; }
    bool animationEnabled() const;

    void setDuration(int ms) { m_durationMs = ms; }
    int duration() const { return m_durationMs; }

    bool isRunning() const;
    QTimer *frameTimer() const { return m_frames; }

public slots:
    void celebrate(const QString &channel); // AlertCenter::celebrationRequested
    void start();
    void stop();

signals:
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Drop
    {
        int glyph = 0;
        double x = 0;     // 0..1 of the width
        double delay = 0; // 0..1 of the duration before it starts falling
        double speed = 1; // screen heights per duration
        double sway = 0;  // pixels
        double spin = 0;  // degrees over the fall
        double scale = 1;
    };
    void nextFrame();
    void prepareGlyphs();

    QTimer *m_frames;
    QElapsedTimer m_clock;
    QList<Drop> m_drops;
    QList<QPixmap> m_glyphs; // 💸 💰 🪙, drawn once per size and reused every frame
    QString m_channel;
    bool m_enabled = true;
    int m_durationMs = 2000;
};

} // namespace bb
