// Writes the README's screenshots: the main window with three feeds side by side (light and
// dark), a person's story (light and dark), the search panel and wall mode with its tiles
// (the wall is always dark), all over --demo data in a store of their own. Run it under a
// real X server (scripts/screenshots.sh starts Xvfb), where fonts and emoji render as a user
// sees them; QT_SCALE_FACTOR=2 gives the high-DPI set.
//
//   screenshots OUTPUT_DIR [SUFFIX]      e.g. screenshots docs/screenshots @2x
#include "app/demofeed.h"
#include "chatops/chatops.h"
#include "store/eventstore.h"
#include "ui/window/channelpane.h"
#include "ui/composer/composer.h"
#include "ui/composer/composeredit.h"
#include "ui/feed/feedmodel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/panearea.h"
#include "ui/search/searchpanel.h"
#include "ui/window/theme.h"
#include "ui/search/usertimeline.h"
#include "ui/wall/wallwindow.h"
#include "core/walltile.h"
#include "ui/composer/windowchatops.h"
#include "ui/search/windowsearch.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>

using namespace bb;

namespace {

// Lets queued pages, layouts and paints happen (the reader answers on its own thread).
void settle(int ms = 600)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

bool save(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

// Expands the newest thread in a pane, so that the picture shows a thread's replies.
void expandNewestThread(ChannelPane *pane)
{
    FeedModel *feed = pane->feedModel();
    for (int row = feed->rowCount() - 1; row >= 0; --row) {
        if (feed->index(row).data(FeedModel::ReplyCountRole).toInt() > 0) {
            feed->setThreadExpanded(feed->eventAt(row).id, true);
            return;
        }
    }
}

// What the composers show in the picture: a draft with its preview in one pane, an answer
// with buttons only this console sees in another.
void fillComposers(MainWindow &window, ChatOps &chatops)
{
    const QList<ChannelPane *> panes = window.paneArea()->panes();
    Composer *signups = WindowChatOps::composerOf(panes.first());
    QTest::keyClicks(signups->editor(), QStringLiteral("Welcome aboard *carol*, your workspace is ready :tada:"));
    CommandAnswer answer;
    answer.text = QStringLiteral("Roll back api to v1.41?");
    answer.blocksJson = R"([{"type":"section","text":{"type":"mrkdwn","text":"Roll back *api* to `v1.41`? 3 hosts, about 2 minutes."}},)"
                        R"({"type":"actions","block_id":"rollback","elements":[)"
                        R"({"type":"button","action_id":"go","text":{"type":"plain_text","text":"Roll back"},"style":"danger"},)"
                        R"({"type":"button","action_id":"cancel","text":{"type":"plain_text","text":"Cancel"}}]}])";
    chatops.deliver(ReplyTarget{ QStringLiteral("critical-server-errors"), QStringLiteral("rollback"),
                                 chatops.newReplyKey(), 0, QStringLiteral("command:rollback") },
                    answer);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "$249.00" whatever Xvfb's locale
    if (argc < 2) {
        std::fprintf(stderr, "usage: screenshots OUTPUT_DIR [SUFFIX]\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const QString suffix = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QDir().mkpath(outDir);
    const auto path = [&](const char *name) { return QDir(outDir).filePath(QLatin1String(name) + suffix + QStringLiteral(".png")); };

    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    EventStore store;
    if (!store.open(dir.filePath(QStringLiteral("events.sqlite3")))) {
        std::fprintf(stderr, "cannot open the store\n");
        return 1;
    }
    DemoFeed demo(&store);
    demo.backfill(900, 30);
    store.flush();
    const NotifyModes modes{ { QStringLiteral("critical-server-errors"), NotifyMode::Ring },
                             { QStringLiteral("financials"), NotifyMode::Celebrate },
                             { QStringLiteral("user-behavior"), NotifyMode::Ring } };

    ThemeFollower theme(Theme::Light);
    ChatOps chatops(&store);
    chatops.setUserName(QStringLiteral("dana"));
    bool ok = true;
    {
        MainWindow window(&store);
        window.setChatOps(&chatops);
        window.setNotifyModes(modes);
        window.resize(1480, 900);
        window.show();
        window.restoreState(QStringLiteral("user-behavior"));
        ChannelPane *payments = window.paneArea()->split(window.focusedPane(), Qt::Horizontal);
        window.showChannel(QStringLiteral("financials"));
        window.paneArea()->split(payments, Qt::Vertical);
        window.showChannel(QStringLiteral("critical-server-errors"));
        window.setStatusText(QStringLiteral("Listening on http://127.0.0.1:2355"));
        settle();
        expandNewestThread(window.focusedPane());
        fillComposers(window, chatops);
        demo.start(); // a few live events: unread counts in the sidebar
        settle(2500);
        demo.stop();
        settle(300);
        ok &= save(&window, path("main-window"));

        theme.setTheme(Theme::Dark);
        settle();
        ok &= save(&window, path("main-window-dark"));
        theme.setTheme(Theme::Light);
        settle();

        window.search()->openSearch();
        window.search()->panel()->setQueryText(QStringLiteral("in:#critical-server-errors smtp"));
        settle(900);
        ok &= save(&window, path("search"));
        window.search()->dock()->hide();

        // A person's story: the header over the timeline grouped by day, light and dark.
        UserTimeline *timeline = window.search()->openUserTimeline(QStringLiteral("dana@acme.io"));
        timeline->resize(900, 680);
        settle(900);
        ok &= save(timeline, path("user-timeline"));
        theme.setTheme(Theme::Dark);
        settle();
        ok &= save(timeline, path("user-timeline-dark"));
        theme.setTheme(Theme::Light);
        timeline->close();
    }
    {
        WallWindow wall(&store, { QStringLiteral("user-behavior"), QStringLiteral("financials"), QStringLiteral("critical-server-errors") }, modes);
        wall.setTiles(defaultWallTiles()); // a new wall's numbers: sign-ups, revenue, errors today
        wall.resize(1920, 1080);           // the office screen's own size: read it at full size
        wall.show();
        demo.start();
        settle(3000);
        demo.stop();
        ok &= save(&wall, path("wall"));
    }
    return ok ? 0 : 1;
}
