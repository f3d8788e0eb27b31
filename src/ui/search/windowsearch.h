#pragma once

#include "core/event.h"

#include <QObject>
#include <QPointer>

class QDockWidget;
class QPoint;
class QUrl;

namespace bb {

class AsyncEventReader;
class ChannelPane;
class EventStore;
class SearchResultsModel;
class FeedView;
class MainWindow;
class SearchPanel;
class UserTimeline;

// The main window's search: Ctrl+F opens the search panel in a dock; an activated result
// opens its channel with the event selected and centred among its neighbours; a user an
// event concerns (from a feed row's context menu, a search result's, or a "bb-user:" link)
// opens that user's timeline. Results follow edits and deletions in the store.
class WindowSearch : public QObject
{
    Q_OBJECT
public:
    // `store` may be null (the results then never change once read).
    WindowSearch(MainWindow *window, AsyncEventReader *reader, EventStore *store = nullptr);

    SearchPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

public slots:
    void openSearch();
    void openEvent(const bb::Event &event);
    UserTimeline *openUserTimeline(const QString &user);

signals:
    // The event asked for by openEvent() is selected in the feed (tests, status).
    void eventShown(qint64 id);

private:
    void watchPane(ChannelPane *pane);
    void followStore(SearchResultsModel *results);
    void showFeedContextMenu(FeedView *view, const QPoint &pos);
    void onFeedLink(const QUrl &url);

    MainWindow *m_window;
    AsyncEventReader *m_reader;
    EventStore *m_store;
    QDockWidget *m_dock;
    SearchPanel *m_panel;
};

} // namespace bb
