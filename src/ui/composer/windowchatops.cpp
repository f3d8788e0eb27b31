#include "windowchatops.h"

#include "ui/window/channelpane.h"
#include "ui/window/panearea.h"

#include "ui/sidebar/channellistmodel.h"
#include "composer.h"
#include "composerhistory.h"
#include "consolenotices.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/window/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/wall/wallwindow.h"
#include "ui/search/windowsearch.h"
#include "chatops/blockactions.h"
#include "chatops/chatops.h"
#include "core/userextraction.h"

#include <QPointer>
#include <QSet>

namespace bb {

namespace {

constexpr int kUserScanRows = 300; // completion offers the users of the newest rows of the feed

QStringList channelNames(MainWindow *window)
{
    QStringList names;
    ChannelListModel *channels = window->channelModel();
    for (int row = 0; row < channels->rowCount(); ++row)
        names << QLatin1Char('#') + channels->nameAt(row);
    return names;
}

QStringList recentUsers(FeedModel *feed)
{
    QStringList users;
    QSet<QString> seen;
    for (int row = feed->rowCount() - 1; row >= 0 && row >= feed->rowCount() - kUserScanRows; --row) {
        for (const QString &user : feed->eventAt(row).users) {
            if (!seen.contains(user)) {
                seen.insert(user);
                users << user;
            }
        }
    }
    return users;
}

} // namespace

WindowChatOps::WindowChatOps(MainWindow *window, ChatOps *chatops)
    : QObject(window)
    , m_window(window)
    , m_chatops(chatops)
    , m_history(new ComposerHistory(this))
    , m_notices(new ConsoleNotices(chatops, this))
{
    for (ChannelPane *pane : window->paneArea()->panes())
        addComposer(pane);
    connect(window->paneArea(), &PaneArea::paneAdded, this, &WindowChatOps::addComposer);
    registerWindowCommands(chatops, window);
}

Composer *WindowChatOps::composer() const
{
    return composerOf(m_window->focusedPane());
}

Composer *WindowChatOps::composerOf(const ChannelPane *pane)
{
    return pane ? qobject_cast<Composer *>(pane->footer()) : nullptr;
}

// The pane's own composer: its channel, its feed's selection and users; the pane owns it.
void WindowChatOps::addComposer(ChannelPane *pane)
{
    auto *composer = new Composer(m_chatops, m_history, m_notices);
    MainWindow *window = m_window;
    composer->setValueSource([window, pane](const QString &kind) {
        if (kind == QLatin1String("channel"))
            return channelNames(window);
        if (kind == QLatin1String("user") || kind == QLatin1String("email"))
            return recentUsers(pane->feedModel());
        return QStringList();
    });
    composer->setSelectionSource([pane] {
        return pane->feedView()->currentIndex().data(FeedModel::EventIdRole).toLongLong();
    });
    pane->setFooter(composer);
    composer->setChannel(pane->channel());
    connect(pane, &ChannelPane::channelChanged, composer, &Composer::setChannel);
    connect(pane->feedView(), &FeedView::linkActivated, this, [this, pane](const QUrl &url) { onFeedLink(pane, url); });
    // The row's Acknowledge is /ack on that row: one path for the menu and the composer.
    connect(pane->feedView(), &FeedView::acknowledgeRequested, this, [this, pane](qint64 id) {
        m_chatops->submit(pane->channel(), QStringLiteral("/ack"), id);
    });
}

// A button in a pane's feed: the clicked row is the current one (the press selected it); if
// the button is not in that row, the newest row that has it.
void WindowChatOps::onFeedLink(ChannelPane *pane, const QUrl &url)
{
    QString blockId;
    QString actionId;
    if (!BlockActionSender::parseActionLink(url, &blockId, &actionId))
        return;
    FeedModel *feed = pane->feedModel();
    const QModelIndex current = pane->feedView()->currentIndex();
    QList<int> rows;
    if (current.isValid())
        rows << current.row();
    for (int row = feed->rowCount() - 1; row >= 0; --row)
        rows << row;
    for (int row : rows) {
        const Event &event = feed->eventAt(row);
        if (!BlockActionSender::findButton(event, blockId, actionId).isEmpty()) {
            m_chatops->blockActions()->click(event, url, m_chatops->userName());
            return;
        }
    }
}

void WindowChatOps::registerWindowCommands(ChatOps *chatops, MainWindow *window)
{
    QPointer<MainWindow> guard(window);
    CommandRegistry &registry = chatops->registry();
    const auto command = [](const char *name, const char *usage, const QString &description) {
        CommandSpec spec;
        spec.name = QLatin1String(name);
        spec.usage = { QLatin1String(usage) };
        spec.description = description;
        return spec;
    };
    registry.add(command("search", "search <query...>", tr("Searches every channel (the search panel's query language).")),
                 [guard](const CommandCall &call) {
                     if (!guard)
                         return;
                     guard->search()->openSearch();
                     guard->search()->panel()->setQueryText(call.arguments.value(QStringLiteral("query")));
                 });
    registry.add(command("user", "user <user>", tr("Opens everything one user did (an e-mail address or @handle).")),
                 [guard](const CommandCall &call) {
                     const QString user = normalizeUser(call.arguments.value(QStringLiteral("user")));
                     if (!guard || user.isEmpty())
                         return call.reply(CommandAnswer::error(tr("/user: name an e-mail address or @handle")));
                     guard->search()->openUserTimeline(user);
                 });
    registry.add(command("wall", "wall <channels...>", tr("Opens wall mode with these channels, e.g. /wall financials,user-behavior.")),
                 [guard](const CommandCall &call) {
                     if (!guard)
                         return;
                     QStringList channels;
                     for (const QString &name : call.arguments.value(QStringLiteral("channels"))
                                                        .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
                         channels << (name.startsWith(QLatin1Char('#')) ? name.mid(1) : name);
                     QStringList known;
                     for (int row = 0; row < guard->channelModel()->rowCount(); ++row)
                         known << guard->channelModel()->nameAt(row);
                     const QString unknown = WallWindow::unknownChannelsError(channels, known);
                     if (!unknown.isEmpty())
                         return call.reply(CommandAnswer::error(QStringLiteral("/wall: ") + mrkdwnEscaped(unknown)));
                     guard->showWall(channels);
                 });
}

} // namespace bb
