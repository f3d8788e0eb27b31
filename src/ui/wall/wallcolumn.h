#pragma once

#include "alerts/alertsettings.h"
#include "core/event.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;

namespace bb {

class CelebrationOverlay;

class AsyncEventReader;
class EventStore;
class FeedModel;
class FeedView;
class Sparkline;

// One channel on the wall: a header (the channel's name, its notify mode mark, its events
// per minute) over the channel's feed, newest at the bottom and always in view. Nobody
// touches a wall, so the feed takes no input: no scroll bars, no focus, no "N new" pill.
class WallColumn : public QWidget
{
    Q_OBJECT
public:
    // `store` may be null (tests feed events through addEvents()).
    WallColumn(const QString &channel, NotifyMode notifyMode, EventStore *store,
               AsyncEventReader *reader, QWidget *parent = nullptr);

    QString channel() const;
    FeedModel *feedModel() const { return m_model; }
    FeedView *feedView() const { return m_view; }
    Sparkline *sparkline() const { return m_sparkline; }
    // "Make it rain" over this column when its channel celebrates.
    CelebrationOverlay *celebration() const { return m_celebration; }

public slots:
    // Live events from the store (any channel): this channel's are counted per minute.
    void addEvents(const bb::EventList &events);

protected:
    void changeEvent(QEvent *event) override;

private:
    void seedSparkline();
    void applyFonts();

    FeedModel *m_model;
    FeedView *m_view;
    QLabel *m_title;
    QLabel *m_mark;
    Sparkline *m_sparkline;
    CelebrationOverlay *m_celebration;
    // The sparkline's history comes from the feed's first page. Live events that arrive
    // before it are held (id, time) and counted after it unless the page already had them.
    bool m_seeded = false;
    qint64 m_seededUpTo = 0;
    QList<QPair<qint64, qint64>> m_early;
};

} // namespace bb
