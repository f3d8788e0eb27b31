#pragma once

#include <QLabel>

namespace bb {

class EventStore;
struct StoreStatus;

// A line above the feeds while the store cannot be reached: the team server a console is
// attached to ("Disconnected from host: reason — retrying at 14:05:03", or what to do when no
// retry comes: log in again) or a PostgreSQL database ("Store unavailable (db.example:5432):
// reason"). Hidden while the store is reachable; the feeds keep what they show meanwhile.
class StoreStatusBanner : public QLabel
{
    Q_OBJECT
public:
    explicit StoreStatusBanner(EventStore *store, QWidget *parent = nullptr);

    void showStatus(const StoreStatus &status);

private:
    QString m_host;  // the store's host (and port), as the person knows the server
    bool m_database; // a database this process writes to, rather than a team server
};

} // namespace bb
