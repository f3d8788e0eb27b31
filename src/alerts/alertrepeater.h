#pragma once

#include "core/event.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QString>

class QTimer;

namespace bb {

// A crit alert in a ring channel keeps ringing until someone acknowledges it: every
// `intervalMs` ([alerts] repeat_crit) repeatDue() asks for the alert's sound again, once per
// channel however many of its alerts wait. An acknowledgement is an event in the same
// channel with source "ack" and threadKey = the acked event's id (what /ack stores), so an
// ack from any console or sender stops it, and it is on disk before the ringing stops.
class AlertRepeater : public QObject
{
    Q_OBJECT
public:
    explicit AlertRepeater(QObject *parent = nullptr);

    void setInterval(qint64 intervalMs); // 0: no repeats (pending alerts are forgotten)
    qint64 interval() const { return m_intervalMs; }

    // `sound` / `volume`: what the first alert played (or would have, had it not been silenced).
    void track(const Event &event, const QString &sound, double volume);
    // True when `event` acknowledged a waiting alert (which is then forgotten).
    bool handleAcknowledgement(const Event &event);
    // The same for a stored acknowledgement (EventStore::acknowledge, announced as a changed
    // event whose acknowledgement is set, from this desk or any console of the team).
    bool handleAcknowledged(const Event &event);

    bool isWaiting(qint64 eventId) const { return m_waiting.contains(eventId); }
    qint64 newestWaiting(const QString &channel) const; // 0 when none

    // What rings until someone acknowledges it, for the window to show.
    struct Ringing
    {
        int count = 0;
        QString newestChannel; // the newest one's channel and id; empty and 0 when none
        qint64 newestId = 0;
    };
    Ringing ringing() const;

    static bool isAcknowledgement(const Event &event);
    static QString ackSource() { return QStringLiteral("ack"); }

signals:
    void repeatDue(const QString &channel, const QString &sound, double volume, qint64 eventId);
    void acknowledged(const QString &channel, qint64 eventId, const QString &by);
    void ringingChanged(); // an alert began or ended waiting (ringing())

private:
    void tick();
    void schedule(); // after every change of m_waiting: the next repeat, and ringingChanged

    struct Waiting
    {
        QString channel;
        QString sound;
        double volume = 0;
        qint64 nextMs = 0;
    };
    QMap<qint64, Waiting> m_waiting; // by event id, oldest first
    qint64 m_intervalMs = 0;
    int m_announcedCount = 0; // what ringingChanged last announced
    qint64 m_announcedNewest = 0;
    QTimer *m_timer;
};

} // namespace bb
