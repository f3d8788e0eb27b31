#pragma once

#include "alerts/alertsettings.h"
#include "core/walltile.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace bb {

class AlertCenter;
class AsyncEventReader;
class EventStore;
class StoreStatusBanner;
class WallClock;
class WallColumn;
class WallTile;

// Wall mode, for a screen in the office that nobody touches: full screen, dark, large type,
// a row of numbers (tiles: sign-ups, revenue, errors today…), the chosen channels side by side
// as columns with their events per minute, and a clock. There is no composer; a tile clicked
// or chosen with Tab and Enter asks for its search (searchRequested()); Esc or F11 asks to leave (leaveRequested()),
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
    StoreStatusBanner *statusBanner() const { return m_statusBanner; } // "Disconnected from …"
    // The numbers above the columns, left to right (none: no row); each starts counting at once.
    void setTiles(const QList<WallTileSpec> &tiles);
    QList<WallTile *> tiles() const { return m_tiles; }

    // "" when every name in `wanted` is one of `known`; otherwise a sentence naming the
    // unknown ones and listing the known channels (for --wall's error message).
    static QString unknownChannelsError(const QStringList &wanted, const QStringList &known);

signals:
    // Esc or F11. (Closing the window closes it like any window: refusing the close
    // would also refuse the application's quit, which closes every window first.)
    void leaveRequested();
    // A tile was activated: show the search for `query`.
    void searchRequested(const QString &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFonts();
    void showCursor();
    void sizeTiles();

    EventStore *m_store;
    AsyncEventReader *m_reader;
    QLabel *m_title;
    WallClock *m_clock;
    StoreStatusBanner *m_statusBanner;
    QList<WallColumn *> m_columns;
    QList<WallTile *> m_tiles;
    QHBoxLayout *m_tileRow;
    QTimer m_cursorIdle;
};

} // namespace bb
