// Not a test: the console window over a big store, end to end. From the start of main()
// (before the store is opened) to the first page of the busiest channel painted in the
// window, then `rate` live events per second into that channel for `seconds`; reports the
// time to the window, the longest GUI-thread stall under the load and the process's RSS
// (now and peak, from /proc/self/status).
//
//   bench_window DB_PATH [SECONDS [RATE [PANES]]]     DB_PATH: a filled store (bench_store --keep)
#include "store/eventreader.h"
#include "store/eventstore.h"
#include "ui/window/channelpane.h"
#include "ui/feed/feedmodel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/panearea.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace bb;

namespace {

// "VmRSS" or "VmHWM" (the peak) in MiB.
double memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_window DB_PATH [SECONDS [RATE [PANES]]]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int seconds = args.value(2, QStringLiteral("10")).toInt();
    const int rate = args.value(3, QStringLiteral("1000")).toInt();
    const int panes = qBound(1, args.value(4, QStringLiteral("1")).toInt(), 4);
    QTemporaryDir settings; // a window.ini of its own: a first start
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    EventStore store;
    store.setDurability(EventStore::Durability::Normal);
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    const qint64 openedMs = sinceStart.elapsed();
    // The busiest channels, from the store's counters (what a first start would not know;
    // read here only to pick what to show, and not counted in the time to the window).
    QElapsedTimer countTimer;
    countTimer.start();
    auto counts = EventReader(path).countsByChannel();
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    const qint64 countsMs = countTimer.elapsed();
    if (counts.isEmpty())
        return 1;
    const QString busiest = counts.first().first;
    qint64 total = 0;
    for (const auto &channel : counts)
        total += channel.second;

    MainWindow window(&store);
    window.resize(1400, 900);
    window.show();
    window.restoreState(busiest);
    for (int i = 1; i < panes; ++i) {
        window.paneArea()->split(window.focusedPane(), Qt::Horizontal);
        window.showChannel(counts.value(i % counts.size()).first);
    }
    window.paneArea()->setFocusedPane(window.paneArea()->panes().first());
    qint64 upMs = -1;
    ChannelPane *shown = window.focusedPane();
    QObject::connect(shown->feedModel(), &FeedModel::newestLoaded, &window, [&] {
        // One more turn of the event loop: the page is laid out and painted.
        QTimer::singleShot(0, &window, [&] {
            shown->repaint();
            upMs = sinceStart.elapsed() - countsMs;
            std::printf("%lld events in the store, #%s has %lld; window up with its first page after %lld ms "
                        "(store open %lld ms); RSS %.0f MiB\n",
                        total, qPrintable(busiest), counts.first().second, upMs, openedMs, memoryMiB("VmRSS:"));
        });
    });

    QElapsedTimer gap;
    gap.start();
    qint64 worst = 0;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] { worst = std::max(worst, gap.restart()); });
    probe.start(0);

    int sent = 0;
    QTimer load;
    QObject::connect(&load, &QTimer::timeout, [&] {
        EventList batch;
        for (int i = 0; i < 10; ++i) {
            Event event;
            event.channel = busiest;
            event.senderName = QStringLiteral("signup-service");
            event.senderIcon = QStringLiteral(":bellhop_bell:");
            event.text = QStringLiteral("New user registration! live%1@example.com\nCame from <https://example.com/pricing|the pricing page>").arg(++sent);
            event.users << QStringLiteral("live%1@example.com").arg(sent);
            event.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            batch << event;
        }
        store.append(batch);
    });
    QTimer::singleShot(1500, [&] {
        worst = 0;
        gap.restart();
        load.start(1000 * 10 / rate);
    });
    QTimer::singleShot(1500 + seconds * 1000, [&] {
        load.stop();
        std::printf("%d live events in %d s into #%s (%d panes); longest GUI-thread stall %lld ms; "
                    "feed rows %d; RSS %.0f MiB, peak %.0f MiB\n",
                    sent, seconds, qPrintable(busiest), panes, worst, shown->feedModel()->rowCount(),
                    memoryMiB("VmRSS:"), memoryMiB("VmHWM:"));
        app.quit();
    });
    const int status = app.exec();
    return upMs >= 0 ? status : 1;
}
