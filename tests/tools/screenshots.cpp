// Writes the README's screenshots: the main window with three feeds side by side (light and
// dark), a user's timeline, the search panel and wall mode, all over --demo data in a store
// of their own. Run it under a real X server (scripts/screenshots.sh starts Xvfb), where
// fonts and emoji render as a user sees them; QT_SCALE_FACTOR=2 gives the high-DPI set.
//
//   screenshots OUTPUT_DIR [SUFFIX]      e.g. screenshots docs/screenshots @2x
#include "app/demofeed.h"
#include "store/eventstore.h"
#include "ui/channelpane.h"
#include "ui/feedmodel.h"
#include "ui/mainwindow.h"
#include "ui/panearea.h"
#include "ui/searchpanel.h"
#include "ui/theme.h"
#include "ui/usertimeline.h"
#include "ui/wallwindow.h"
#include "ui/windowsearch.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QTemporaryDir>
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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
    const QHash<QString, QString> modes{ { QStringLiteral("critical-server-errors"), QStringLiteral("ring") },
                                         { QStringLiteral("financials"), QStringLiteral("celebrate") },
                                         { QStringLiteral("user-behavior"), QStringLiteral("ring") } };

    ThemeFollower theme(Theme::Light);
    bool ok = true;
    {
        MainWindow window(&store);
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

        UserTimeline *timeline = window.search()->openUserTimeline(QStringLiteral("dana@acme.io"));
        timeline->resize(900, 620);
        settle(900);
        ok &= save(timeline, path("user-timeline"));
        timeline->close();
    }
    {
        WallWindow wall(&store, { QStringLiteral("user-behavior"), QStringLiteral("financials"),
                                  QStringLiteral("critical-server-errors") }, modes);
        wall.resize(1600, 900);
        wall.show();
        demo.start();
        settle(3000);
        demo.stop();
        ok &= save(&wall, path("wall"));
    }
    return ok ? 0 : 1;
}
