#include "sparkline.h"

#include "ui/feed/levelcolors.h"

#include <QDateTime>
#include <QPainter>
#include <algorithm>

namespace bb {

void MinuteCounter::advanceTo(qint64 minute)
{
    if (minute <= m_newestMinute)
        return;
    // Buckets for the minutes in between had no events: empty them on the way.
    const qint64 first = std::max(m_newestMinute + 1, minute - kMinutes + 1);
    for (qint64 m = first; m <= minute; ++m)
        m_counts[size_t(m % kMinutes)] = 0;
    m_newestMinute = minute;
}

void MinuteCounter::add(qint64 atMs, qint64 nowMs, int count)
{
    const qint64 now = minuteOf(nowMs);
    advanceTo(now);
    const qint64 at = std::min(minuteOf(atMs), now);
    if (at <= now - kMinutes)
        return; // older than the hour shown
    m_counts[size_t(at % kMinutes)] += count;
}

QList<int> MinuteCounter::perMinute(qint64 nowMs) const
{
    const qint64 now = minuteOf(nowMs);
    QList<int> counts;
    counts.reserve(kMinutes);
    for (qint64 m = now - kMinutes + 1; m <= now; ++m) {
        // A bucket holds minute m only if m is one of the 60 minutes it last stood for.
        const bool held = m <= m_newestMinute && m > m_newestMinute - kMinutes;
        counts << (held ? m_counts[size_t(m % kMinutes)] : 0);
    }
    return counts;
}

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Events per minute over the last hour"));
    m_repaint.setInterval(10 * 1000);
    connect(&m_repaint, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_repaint.start();
}

void Sparkline::setClock(Clock clock)
{
    m_clock = std::move(clock);
    update();
}

void Sparkline::addEvent(qint64 receivedAtMs, int count)
{
    m_counter.add(receivedAtMs, m_clock(), count);
    update();
}

QList<int> Sparkline::perMinute() const
{
    return m_counter.perMinute(m_clock());
}

QSize Sparkline::sizeHint() const
{
    const int line = fontMetrics().height();
    return { line * 12, line * 2 };
}

QSize Sparkline::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return { line * 6, line * 2 };
}

void Sparkline::paintEvent(QPaintEvent *)
{
    const QList<int> counts = perMinute();
    const int current = counts.last();
    const QString label = tr("%1/min").arg(current);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("0000/min"));
    const QRect labelRect(width() - labelWidth, 0, labelWidth, height());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, label);

    // Bars scale to the busiest minute of the hour; a quiet hour keeps a visible baseline.
    const QRectF chart(0, 2, std::max(0, width() - labelWidth - metrics.averageCharWidth()), height() - 4);
    const int peak = std::max(1, *std::max_element(counts.cbegin(), counts.cend()));
    const qreal step = chart.width() / counts.size();
    const qreal barWidth = std::max(1.0, step - 1.0);
    const QColor accent = levelColor(Level::Info, palette());
    const QColor quiet = tint(palette().color(QPalette::WindowText), palette(), 0.35);
    for (int i = 0; i < counts.size(); ++i) {
        const qreal h = counts.at(i) == 0 ? 1.0 : std::max(2.0, chart.height() * counts.at(i) / peak);
        const QRectF bar(chart.left() + i * step, chart.bottom() - h, barWidth, h);
        painter.fillRect(bar, i == counts.size() - 1 ? accent : quiet);
    }
}

} // namespace bb
