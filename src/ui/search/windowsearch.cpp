#include "windowsearch.h"

#include "ui/window/channelpane.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/sidebar/channellistmodel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/panearea.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "store/eventstore.h"
#include "usertimeline.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QUrl>

namespace bb {

namespace {
const QString kUserLinkScheme = QStringLiteral("bb-user");
}

WindowSearch::WindowSearch(MainWindow *window, AsyncEventReader *reader, EventStore *store)
    : QObject(window)
    , m_window(window)
    , m_reader(reader)
    , m_store(store)
    , m_dock(new QDockWidget(tr("Search"), window))
    , m_panel(new SearchPanel(reader, m_dock))
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
    followStore(m_panel->resultsModel());

    for (ChannelPane *pane : window->paneArea()->panes())
        watchPane(pane);
    connect(window->paneArea(), &PaneArea::paneAdded, this, &WindowSearch::watchPane);
}

void WindowSearch::watchPane(ChannelPane *pane)
{
    FeedView *feed = pane->feedView();
    feed->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(feed, &QWidget::customContextMenuRequested, this,
            [this, feed](const QPoint &pos) { showFeedContextMenu(feed, pos); });
    connect(feed, &FeedView::linkActivated, this, &WindowSearch::onFeedLink);
    connect(pane, &ChannelPane::eventRevealed, this, &WindowSearch::eventShown);
    connect(pane, &ChannelPane::revealFailed, this, [this] {
        m_window->statusBar()->showMessage(
                tr("That event is older than the feed keeps open; it stays in the search results."));
    });
}

void WindowSearch::followStore(SearchResultsModel *results)
{
    if (!m_store)
        return;
    // The store announces from its own thread.
    connect(m_store, &EventStore::eventsCommitted, results, &SearchResultsModel::addCommittedEvents, Qt::QueuedConnection);
    connect(m_store, &EventStore::eventsChanged, results, &SearchResultsModel::replaceEvents, Qt::QueuedConnection);
    connect(m_store, &EventStore::eventsRemoved, results, &SearchResultsModel::removeEvents, Qt::QueuedConnection);
}

void WindowSearch::openSearch()
{
    m_dock->show();
    m_dock->raise();
    m_panel->focusQuery();
}

void WindowSearch::openEvent(const Event &event)
{
    if (m_window->channelModel()->rowOf(event.channel) < 0) {
        m_window->statusBar()->showMessage(tr("#%1 is not in the channel list.").arg(event.channel));
        return;
    }
    m_window->revealEvent(event.channel, event.id);
}

UserTimeline *WindowSearch::openUserTimeline(const QString &user)
{
    auto *timeline = new UserTimeline(m_reader, user, m_window);
    timeline->setAttribute(Qt::WA_DeleteOnClose);
    connect(timeline, &UserTimeline::eventActivated, this, &WindowSearch::openEvent);
    followStore(timeline->resultsModel());
    if (m_store)
        connect(m_store, &EventStore::eventsCommitted, timeline, &UserTimeline::noteCommittedEvents, Qt::QueuedConnection);
    timeline->show();
    return timeline;
}

void WindowSearch::showFeedContextMenu(FeedView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        return;
    const Event event = view->feedModel()->eventAt(index.row());
    QMenu menu(view);
    view->addRowActions(&menu, index);
    if (!event.users.isEmpty() && !menu.isEmpty())
        menu.addSeparator();
    for (const QString &user : event.users)
        menu.addAction(tr("Show everything %1 did").arg(user), this, [this, user] { openUserTimeline(user); });
    if (!menu.isEmpty())
        menu.exec(view->viewport()->mapToGlobal(pos));
}

void WindowSearch::onFeedLink(const QUrl &url)
{
    if (url.scheme() == kUserLinkScheme && !url.path().isEmpty())
        openUserTimeline(url.path());
}

} // namespace bb
