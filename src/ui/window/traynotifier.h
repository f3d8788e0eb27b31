#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QString>
#include <optional>

class QSystemTrayIcon;

namespace bb {

class AlertCenter;

// Desktop notifications through the system tray: AlertCenter's notifications become tray
// messages titled "#channel"; the icon carries the number of unread alerts as a badge, and
// its tooltip says it in words. Its menu shows the window or quits.
//
// The tray shows one message at a time, so the newest one is on screen; each channel keeps
// only its newest message (a burst's "12 new in #user-behavior" replaces its first event).
// Clicking the message asks the window to open that event. Without a system tray (offscreen,
// a bare Xvfb) it says so once in the log and does nothing else.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    struct Message
    {
        QString channel;
        QString text;
        qint64 eventId = 0;
    };

    explicit TrayNotifier(AlertCenter *alerts, QObject *parent = nullptr);

    bool hasTray() const { return m_tray != nullptr; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    std::optional<Message> messageFor(const QString &channel) const; // its newest, until read
    std::optional<Message> shownMessage() const;                     // the newest of all
    int totalUnread() const;
    QString toolTip() const;

    static QIcon appIcon();
    // The app icon with `count` in a red badge (none for 0; "99+" beyond 99).
    static QIcon iconWithCount(int count);

public slots:
    void notify(const QString &channel, const QString &text, qint64 eventId);
    void openShownMessage(); // the tray message was clicked
    void setUnread(const QString &channel, int count);

signals:
    void openEventRequested(const QString &channel, qint64 eventId);
    void showWindowRequested(); // the tray icon itself was clicked

private:
    void updateCount();

    QSystemTrayIcon *m_tray = nullptr;
    QHash<QString, Message> m_latest;
    QString m_shownChannel;
    QHash<QString, int> m_unread;
    int m_shownCount = -1; // the count the icon shows, so it is redrawn only when it changes
};

} // namespace bb
