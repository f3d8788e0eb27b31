#pragma once

#include "alerts/alertsettings.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace bb {

class AlertCenter;
class AsyncEventReader;
class EventStore;
class WallClock;
class WallColumn;

// Wall mode, for a screen in the office that nobody touches: full screen, dark, large type,
// the chosen channels side by side as columns with their events per minute, and a clock.
// There is no composer and nothing to click; Esc or F11 asks to leave (leaveRequested()),
// and the mouse cursor hides after 3 s without moving. The screen saver and display power
// management are left to the desktop: the wall does not inhibit them.
class WallWindow : public QWidget
{
    Q_OBJECT
public:
    // `channels` in the order they are shown, left to right; `notifyModes` as in the config.
    WallWindow(EventStore *store, const QStringList &channels, const NotifyModes &notifyModes,
               QWidget *parent = nullptr);
    ~WallWindow() override;

    QList<WallColumn *> columns() const { return m_columns; }
    // Celebrating channels make it rain over their column, as in the feed.
    void setAlerts(AlertCenter *alerts);
    WallClock *clock() const { return m_clock; }

    // "" when every name in `wanted` is one of `known`; otherwise a sentence naming the
    // unknown ones and listing the known channels (for --wall's error message).
    static QString unknownChannelsError(const QStringList &wanted, const QStringList &known);

signals:
    // Esc or F11. (Closing the window closes it like any window: refusing the close
    // would also refuse the application's quit, which closes every window first.)
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();
    void showCursor();

    AsyncEventReader *m_reader;
    QLabel *m_title;
    WallClock *m_clock;
    QList<WallColumn *> m_columns;
    QTimer m_cursorIdle;
};

} // namespace bb
