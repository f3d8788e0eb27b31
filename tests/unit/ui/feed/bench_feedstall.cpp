// Not a test: measures the longest GUI-thread stall while the window shows a channel that
// receives `rate` events per second, and the time to a first page over a big store.
//   bench_feedstall [DB_PATH [EVENTS_TO_SEED [RATE [SECONDS]]]]
#include "store/eventstore.h"
#include "ui/feed/feedmodel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>

using namespace bb;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.value(1, QStringLiteral("/tmp/bench-feedstall.sqlite3"));
    const int seed = args.value(2, QStringLiteral("0")).toInt();
    const int rate = args.value(3, QStringLiteral("1000")).toInt();
    const int seconds = args.value(4, QStringLiteral("5")).toInt();

    EventStore store;
    store.setDurability(EventStore::Durability::Normal);
    if (!store.open(path))
        return 1;
    const auto makeEvent = [](int i) {
        Event event;
        event.channel = QStringLiteral("user-behavior");
        event.senderName = QStringLiteral("signup-service");
        event.senderIcon = QStringLiteral(":bellhop_bell:");
        event.text = QStringLiteral("New user registration! user%1@example.com\nCame from <https://example.com/pricing|the pricing page>, plan: *Starter trial*").arg(i);
        event.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        return event;
    };
    for (int done = 0; done < seed; done += 10000) {
        EventList batch;
        for (int i = 0; i < 10000; ++i)
            batch << makeEvent(done + i);
        store.append(batch).waitForFinished();
    }

    QElapsedTimer sinceStart;
    sinceStart.start();
    MainWindow window(&store);
    window.resize(1200, 800);
    window.show();
    window.showChannel(QStringLiteral("user-behavior"));
    QObject::connect(window.feedModel(), &FeedModel::newestLoaded, [&] {
        std::printf("first page shown after %lld ms\n", sinceStart.elapsed());
    });

    // The stall probe: a 0 ms timer on the GUI thread; the longest gap between its runs.
    QElapsedTimer gap;
    gap.start();
    qint64 worst = 0;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        worst = std::max(worst, gap.restart());
    });
    probe.start(0);

    // The load: `rate` events per second in commits of 10 (a busy HTTP ingest's shape).
    int sent = 0;
    QTimer load;
    QObject::connect(&load, &QTimer::timeout, [&] {
        EventList batch;
        for (int i = 0; i < 10; ++i)
            batch << makeEvent(++sent);
        store.append(batch);
    });
    QTimer::singleShot(1000, [&] {
        worst = 0;
        gap.restart();
        load.start(1000 * 10 / rate);
    });
    QTimer::singleShot(1000 + seconds * 1000, [&] {
        load.stop();
        std::printf("%d events in %d s; longest GUI-thread stall %lld ms; feed rows %d\n", sent, seconds,
                    worst, window.feedModel()->rowCount());
        app.quit();
    });
    return app.exec();
}
