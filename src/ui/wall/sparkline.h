#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>
#include <array>
#include <functional>

namespace bb {

// Events per minute over the last hour: a ring of 60 counters indexed by minute number,
// so that counting is O(1) and old minutes fall off by being overwritten, never shifted.
class MinuteCounter
{
public:
    static constexpr int kMinutes = 60;

    // Counts `count` events received at `atMs` (nowMs decides what "the last hour" is).
    // Events from the future (a sender's clock ahead of ours) count in the current minute.
    void add(qint64 atMs, qint64 nowMs, int count = 1);
    // The 60 counts ending with the minute of `nowMs`, oldest first.
    QList<int> perMinute(qint64 nowMs) const;

private:
    static qint64 minuteOf(qint64 ms) { return ms / 60000; }
    void advanceTo(qint64 minute);

    std::array<int, kMinutes> m_counts{};
    qint64 m_newestMinute = -1; // the minute the newest bucket stands for
};

// A small painted bar chart of a channel's events per minute over the last hour, the current
// minute on the right and highlighted, with the current minute's count beside it. Time comes
// from a clock that tests may replace.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    explicit Sparkline(QWidget *parent = nullptr);

    void setClock(Clock clock);
    void addEvent(qint64 receivedAtMs, int count = 1);
    QList<int> perMinute() const; // oldest first; the last is the current minute

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Clock m_clock;
    MinuteCounter m_counter;
    QTimer m_repaint; // the bars move left as minutes pass, even with no events
};

} // namespace bb
