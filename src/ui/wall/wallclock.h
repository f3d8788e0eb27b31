#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <functional>

class QLabel;

namespace bb {

// The wall's clock: the time in large type (HH:mm) over the date, refreshed at the turn of
// each minute. Time comes from a clock that tests may replace.
class WallClock : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit WallClock(QWidget *parent = nullptr);

    void setClock(Clock clock);
    QString timeText() const;
    QString dateText() const;

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();

    Clock m_clock;
    QLabel *m_time;
    QLabel *m_date;
    QTimer m_tick;
};

} // namespace bb
