#include "celebrationoverlay.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QStyle>
#include <QTimer>

#include <cmath>

namespace bb {

namespace {

constexpr int kFrameMs = 16; // ~60 fps
constexpr int kDrops = 36;
constexpr double kFadeShare = 0.15; // the last part of the rain fades out

} // namespace

CelebrationOverlay::CelebrationOverlay(QAbstractScrollArea *view)
    : QWidget(view->viewport())
    , m_frames(new QTimer(this))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    m_frames->setInterval(kFrameMs);
    m_frames->setTimerType(Qt::PreciseTimer);
    connect(m_frames, &QTimer::timeout, this, &CelebrationOverlay::nextFrame);
    view->viewport()->installEventFilter(this);
    setGeometry(view->viewport()->rect());
    hide();
}

bool CelebrationOverlay::animationEnabled() const
{
    return m_enabled && style()->styleHint(QStyle::SH_Widget_Animation_Duration, nullptr, this) != 0;
}

bool CelebrationOverlay::isRunning() const
{
    return m_frames->isActive();
}

void CelebrationOverlay::celebrate(const QString &channel)
{
    if (channel == m_channel)
        start();
}

void CelebrationOverlay::start()
{
    if (!animationEnabled())
        return;
    prepareGlyphs();
    QRandomGenerator *random = QRandomGenerator::global();
    m_drops.clear();
    for (int i = 0; i < kDrops; ++i) {
        Drop drop;
        drop.glyph = int(random->bounded(m_glyphs.size()));
        drop.x = random->bounded(1.0);
        drop.delay = random->bounded(0.35);
        drop.speed = 1.1 + random->bounded(0.7);
        drop.sway = 6 + random->bounded(18.0);
        drop.spin = random->bounded(240.0) - 120;
        drop.scale = 0.7 + random->bounded(0.6);
        m_drops << drop;
    }
    m_clock.start();
    raise();
    show();
    m_frames->start(); // a repeated celebration restarts the rain rather than stacking it
}

void CelebrationOverlay::stop()
{
    const bool wasRunning = m_frames->isActive();
    m_frames->stop();
    m_drops.clear();
    hide();
    if (wasRunning)
        emit finished();
}

void CelebrationOverlay::nextFrame()
{
    if (m_clock.elapsed() >= m_durationMs)
        stop();
    else
        update();
}

void CelebrationOverlay::prepareGlyphs()
{
    // Big enough to read as money on a wall screen, small enough not to hide a laptop's feed.
    const int size = qBound(fontMetrics().height() * 2, qMin(width(), height()) / 12, 96);
    if (!m_glyphs.isEmpty() && m_glyphs.first().height() == size * devicePixelRatioF())
        return;
    m_glyphs.clear();
    QFont emojiFont = font();
    emojiFont.setPixelSize(int(size * 0.8));
    emojiFont.setFamilies({ QStringLiteral("Noto Color Emoji"), font().family() });
    for (const QString &glyph : { QStringLiteral("\U0001F4B8"), QStringLiteral("\U0001F4B0"), QStringLiteral("\U0001FA99") }) {
        QPixmap pixmap(QSize(size, size) * devicePixelRatioF());
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setFont(emojiFont);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph);
        m_glyphs << pixmap;
    }
}

void CelebrationOverlay::paintEvent(QPaintEvent *)
{
    if (m_drops.isEmpty())
        return;
    const double t = qBound(0.0, double(m_clock.elapsed()) / m_durationMs, 1.0);
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setOpacity(t > 1 - kFadeShare ? (1 - t) / kFadeShare : 1.0);
    const double glyphSize = m_glyphs.first().height() / devicePixelRatioF();
    for (const Drop &drop : m_drops) {
        const double fall = qMax(0.0, t - drop.delay) * drop.speed; // in view heights
        const double y = -glyphSize + fall * (height() + glyphSize);
        const double x = drop.x * width() + std::sin(fall * 6.0 + drop.x * 10) * drop.sway;
        painter.save();
        painter.translate(x, y);
        painter.rotate(drop.spin * fall);
        painter.scale(drop.scale, drop.scale);
        painter.drawPixmap(QPointF(-glyphSize / 2, -glyphSize / 2), m_glyphs.at(drop.glyph));
        painter.restore();
    }
}

bool CelebrationOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace bb
