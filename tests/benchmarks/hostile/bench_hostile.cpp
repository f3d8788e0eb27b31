// The longest GUI-thread stall while each hostile payload (tests/unit/ui/feed/hostilepayloads.h)
// arrives over HTTP and is shown in the open window's feed (target: no stall over 50 ms).
// The ingest runs on a worker thread, as in `bellboard`, so the stall is the window's alone.
//   bench_hostile [ROUNDS]          (QT_QPA_PLATFORM=offscreen, or under Xvfb)
#include "ui/feed/hostilepayloads.h"
#include "ui/window/inprocessconsole.h"

#include "ui/feed/feedmodel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>

using namespace bb;
using namespace bb::test;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int rounds = app.arguments().value(1, QStringLiteral("3")).toInt();
    QTemporaryDir settings;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    QThread ingestThread;
    ingestThread.start();
    QObject inIngestThread;
    inIngestThread.moveToThread(&ingestThread);
    std::unique_ptr<InProcessConsole> console;
    QMetaObject::invokeMethod(
            &inIngestThread, [&] {
                HttpLimits limits;
                limits.maxBodyBytes = 16 * 1024 * 1024;
                console = std::make_unique<InProcessConsole>(limits);
            },
            Qt::BlockingQueuedConnection);
    if (!console->isReady())
        return 1;
    // The channel exists before the window opens on it.
    QMetaObject::invokeMethod(
            &inIngestThread, [&] { console->post("/c/hostile", "text/plain", "hello"); },
            Qt::BlockingQueuedConnection);

    MainWindow window(console->store());
    window.resize(1200, 800);
    window.show();
    window.restoreState(QStringLiteral("hostile"));

    // The stall probe: a 0 ms timer on the GUI thread; the longest gap between its runs.
    QElapsedTimer gap;
    gap.start();
    qint64 worst = 0;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        worst = std::max(worst, gap.nsecsElapsed() / 1000);
        gap.restart();
    });
    probe.start(0);
    const auto settle = [&](int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms)
            app.processEvents(QEventLoop::AllEvents, 5);
    };
    settle(500);

    std::printf("%-34s %8s %14s\n", "payload", "status", "worst stall ms");
    qint64 overall = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const HostilePayload &payload : hostilePayloads()) {
            std::atomic<int> status{ -1 };
            const int rowsBefore = window.feedModel()->rowCount();
            gap.restart();
            worst = 0;
            QMetaObject::invokeMethod(
                    &inIngestThread, [&] {
                        status = console->post(payload.path, payload.contentType, payload.body).status;
                    },
                    Qt::QueuedConnection);
            while (status < 0)
                app.processEvents(QEventLoop::AllEvents, 5);
            settle(300); // the committed event reaches the feed and is painted
            const bool shown = status != 200 || window.feedModel()->rowCount() > rowsBefore
                            || window.feedModel()->rowCount() >= 200; // the feed keeps a window of rows
            std::printf("%-34s %8d %11.1f%s\n", payload.name, int(status), worst / 1000.0, shown ? "" : "  (not shown!)");
            overall = std::max(overall, worst);
        }
    }
    std::printf("worst stall over %d rounds: %.1f ms (target ≤ 50 ms)\n", rounds, overall / 1000.0);
    QMetaObject::invokeMethod(
            &inIngestThread, [&] { console.reset(); }, Qt::BlockingQueuedConnection);
    ingestThread.quit();
    ingestThread.wait();
    return 0;
}
