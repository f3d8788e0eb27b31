#include "wallclock.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace bb {

WallClock::WallClock(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_time(new QLabel(this))
    , m_date(new QLabel(this))
{
    m_time->setObjectName(QStringLiteral("wallClockTime"));
    m_date->setObjectName(QStringLiteral("wallClockDate"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_time, 0, Qt::AlignRight);
    layout->addWidget(m_date, 0, Qt::AlignRight);
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &WallClock::refresh);
    applyFonts();
    refresh();
}

void WallClock::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

QString WallClock::timeText() const
{
    return m_time->text();
}

QString WallClock::dateText() const
{
    return m_date->text();
}

void WallClock::refresh()
{
    const QDateTime now = m_clock();
    // A 24-hour clock reads at a distance without an AM/PM suffix; the date in the locale's words.
    m_time->setText(now.toString(QStringLiteral("HH:mm")));
    m_date->setText(QLocale().toString(now.date(), tr("dddd, d MMMM yyyy")));
    // Wake just after the next minute starts rather than polling every second.
    const int intoMinute = now.time().second() * 1000 + now.time().msec();
    m_tick.start(60 * 1000 - intoMinute + 50);
}

void WallClock::applyFonts()
{
    QFont time = font();
    time.setPointSizeF(font().pointSizeF() * 3.0);
    time.setBold(true);
    m_time->setFont(time);
    QPalette quiet = palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_date->setPalette(quiet);
}

void WallClock::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyFonts();
}

} // namespace bb
