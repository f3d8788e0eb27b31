#pragma once

#include "core/event.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace bb {

class EventStore;

// `bellboard --demo`: a believable stream of what a small SaaS posts (sign-ups, failed
// sign-ups, payments, upgrades, 404s, scheduled-task results, one user who adds, removes
// and re-adds a domain, an incident answered in its thread), appended through the store like any sender's events, at an uneven
// rhythm with the occasional burst, so a new user sees the console alive.
class DemoFeed : public QObject
{
    Q_OBJECT
public:
    explicit DemoFeed(EventStore *store, QObject *parent = nullptr);

    void start();
    void stop();
    // Appends `count` events spread over the last `hours` (oldest first), so that an empty
    // store opens with some history and day separators.
    void backfill(int count, int hours);

    // The next thing that "happens", stamped `atMs` (exposed for tests).
    Event nextEvent(qint64 atMs);

private:
    void tick();
    QString randomUser();
    Event signUp();
    Event failedSignUp();
    Event payment();
    Event upgrade();
    Event notFound();
    Event scheduledTask();
    Event domainChange();
    Event incidentReply();

    EventStore *m_store;
    QTimer m_timer;
    QRandomGenerator m_random;
    int m_burstLeft = 0;
    int m_domainStep = 0;
    QString m_incidentTs; // the open incident's ts, its replies' thread_ts
    int m_incidentStep = 0;
};

} // namespace bb
