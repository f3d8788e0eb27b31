#include "windowsearch.h"

#include "feedmodel.h"
#include "feedview.h"
#include "mainwindow.h"
#include "searchpanel.h"
#include "usertimeline.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QUrl>

namespace bb {

namespace {
const QString userLinkScheme = QStringLiteral("bb-user");
}

WindowSearch::WindowSearch(MainWindow *window, AsyncEventReader *reader)
    : QObject(window),
      m_window(window),
      m_reader(reader),
      m_dock(new QDockWidget(tr("Search"), window)),
      m_panel(new SearchPanel(reader, m_dock))
{
    m_dock->setObjectName(QStringLiteral("searchDock")); // saveState() needs the name
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();

    auto *find = new QAction(tr("Search…"), window);
    find->setObjectName(QStringLiteral("actionSearch"));
    find->setShortcut(QKeySequence::Find);
    window->addAction(find);
    connect(find, &QAction::triggered, this, &WindowSearch::openSearch);

    connect(m_panel, &SearchPanel::eventActivated, this, &WindowSearch::openEvent);
    connect(m_panel, &SearchPanel::userTimelineRequested, this, &WindowSearch::openUserTimeline);

    FeedView *feed = window->feedView();
    feed->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(feed, &QWidget::customContextMenuRequested, this, &WindowSearch::showFeedContextMenu);
    connect(feed, &FeedView::linkActivated, this, &WindowSearch::onFeedLink);
    connect(window->feedModel(), &FeedModel::newestLoaded, this, &WindowSearch::revealPendingEvent);
    connect(window->feedModel(), &FeedModel::olderLoaded, this, &WindowSearch::revealPendingEvent);
}

void WindowSearch::openSearch()
{
    m_dock->show();
    m_dock->raise();
    m_panel->focusQuery();
}

void WindowSearch::openEvent(const Event &event)
{
    m_pendingId = event.id;
    m_window->showChannel(event.channel);
    if (m_window->currentChannel() != event.channel) {
        m_pendingId = 0;
        m_window->statusBar()->showMessage(tr("#%1 is not in the channel list.").arg(event.channel));
        return;
    }
    if (!m_window->feedModel()->isLoading())
        revealPendingEvent();
}

// Selects the pending event once the feed holds it, reading older pages until it does or
// the feed's window is full.
void WindowSearch::revealPendingEvent()
{
    if (m_pendingId == 0)
        return;
    FeedModel *feed = m_window->feedModel();
    for (int row = feed->rowCount() - 1; row >= 0; --row) {
        if (feed->eventAt(row).id != m_pendingId)
            continue;
        FeedView *view = m_window->feedView();
        const QModelIndex index = feed->index(row);
        view->setCurrentIndex(index);
        view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        const qint64 shown = m_pendingId;
        m_pendingId = 0;
        emit eventShown(shown);
        return;
    }
    if (feed->rowCount() > 0 && feed->eventAt(0).id > m_pendingId && feed->canFetchOlder()) {
        feed->fetchOlder();
        return;
    }
    m_pendingId = 0;
    m_window->statusBar()->showMessage(tr("That event is older than the feed keeps open; it stays in the search results."));
}

UserTimeline *WindowSearch::openUserTimeline(const QString &user)
{
    auto *timeline = new UserTimeline(m_reader, user, m_window);
    timeline->setAttribute(Qt::WA_DeleteOnClose);
    connect(timeline, &UserTimeline::eventActivated, this, &WindowSearch::openEvent);
    timeline->show();
    return timeline;
}

void WindowSearch::showFeedContextMenu(const QPoint &pos)
{
    FeedView *view = m_window->feedView();
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        return;
    const Event event = m_window->feedModel()->eventAt(index.row());
    if (event.users.isEmpty())
        return;
    QMenu menu(view);
    for (const QString &user : event.users)
        menu.addAction(tr("Show everything %1 did").arg(user), this, [this, user] { openUserTimeline(user); });
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void WindowSearch::onFeedLink(const QUrl &url)
{
    if (url.scheme() == userLinkScheme && !url.path().isEmpty())
        openUserTimeline(url.path());
}

} // namespace bb
