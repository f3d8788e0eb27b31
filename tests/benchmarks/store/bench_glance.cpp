// The wall's tiles and a person's story at 1,000,000 stored events: fills a store through
// EventStore::append (the real write path) with the seed channels' kind of traffic over 30
// days, one user with 10,000 events among them, then times the counts behind the default
// tiles (EventReader::tally) and the head of that user's story (EventReader::userSummary).
//
//   bench_glance [--events N] [--story-events N] [--keep] [--dir DIR] [EXISTING_DB]
//
// With EXISTING_DB the fill is skipped. Figures: the first run (cold caches of this process),
// then the median of 5.

#include "core/walltile.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace bb;

namespace {

const QString storyUser = QStringLiteral("story@example.com");

Event makeEvent(QRandomGenerator &random, qint64 receivedAtMs, bool story)
{
    Event event;
    event.receivedAtMs = receivedAtMs;
    event.source = QStringLiteral("webhook");
    const QString user = story ? storyUser : QStringLiteral("user%1@example.com").arg(random.bounded(50000));
    const quint32 roll = random.bounded(100);
    if (roll < 25) {
        event.channel = QStringLiteral("user-behavior");
        event.senderName = QStringLiteral("signup-service");
        event.text = roll < 10 ? QStringLiteral("New user registration! %1").arg(user)
                               : QStringLiteral("%1 logged in from 203.0.113.%2").arg(user).arg(random.bounded(250));
    } else if (roll < 35) {
        event.channel = QStringLiteral("financials");
        event.senderName = QStringLiteral("stripe-webhook");
        const int dollars = 9 + int(random.bounded(240));
        event.title = QStringLiteral("Payment received");
        event.text = QStringLiteral("*$%1.00* from %2").arg(dollars).arg(user);
        if (roll < 30) // half of them carry a Stripe amount, the other half only the text's
            event.amount = Money{ dollars * 100LL, random.bounded(10) ? QStringLiteral("USD") : QStringLiteral("EUR") };
    } else if (roll < 40) {
        event.channel = QStringLiteral("critical-server-errors");
        event.senderName = QStringLiteral("api-server");
        event.level = roll < 38 ? Level::Crit : Level::Warn;
        event.text = QStringLiteral(":x: Could not create %1: duplicate key").arg(user);
    } else if (roll < 70) {
        event.channel = QStringLiteral("non-critical-server-errors");
        event.senderName = QStringLiteral("nginx");
        event.level = Level::Warn;
        event.text = QStringLiteral("404 Not Found: GET /wp-login.php for %1").arg(user);
    } else {
        event.channel = QStringLiteral("application-stats");
        event.senderName = QStringLiteral("cron");
        event.text = QStringLiteral("nightly cleanup: %1 rows removed").arg(random.bounded(100000));
        if (!story)
            return event; // no user
    }
    event.users = { user };
    return event;
}

void fill(const QString &path, qint64 count, qint64 storyEvents)
{
    EventStore store;
    store.setDurability(EventStore::Durability::Normal);
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        std::exit(1);
    }
    QRandomGenerator random(42);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 30LL * 24 * 3600 * 1000;
    const qint64 storyEvery = std::max<qint64>(1, count / std::max<qint64>(1, storyEvents));
    std::vector<QFuture<AppendResult>> pending;
    QElapsedTimer timer;
    timer.start();
    for (qint64 made = 0; made < count;) {
        EventList events;
        for (int i = 0; i < 5000 && made < count; ++i, ++made)
            events << makeEvent(random, now - span + span * made / count, made % storyEvery == 0);
        pending.push_back(store.append(events));
        if (pending.size() >= 4) {
            if (!pending.front().result().ok) {
                std::fprintf(stderr, "append failed\n");
                std::exit(1);
            }
            pending.erase(pending.begin());
        }
        if (made % 100000 == 0)
            std::fprintf(stderr, "  %lld events\r", made);
    }
    store.flush();
    std::printf("fill: %lld events in %.1f s\n", count, timer.elapsed() / 1000.0);
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

void report(const char *what, const std::function<QString()> &work)
{
    QString result;
    const double cold = timeMs([&] { result = work(); });
    std::vector<double> warm;
    for (int i = 0; i < 5; ++i)
        warm.push_back(timeMs([&] { work(); }));
    std::sort(warm.begin(), warm.end());
    std::printf("%-62s first %7.1f ms, median %7.1f ms  (%s)\n", what, cold, warm[2], qPrintable(result));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("events"), QStringLiteral("Events to store."), QStringLiteral("N"), QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("story-events"), QStringLiteral("Events of the story's user."), QStringLiteral("N"), QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the database.") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where to write it."), QStringLiteral("DIR") });
    parser.addPositionalArgument(QStringLiteral("EXISTING_DB"), QStringLiteral("Skip the fill."));
    parser.process(app);

    if (parser.isSet(QStringLiteral("dir")))
        QDir().mkpath(parser.value(QStringLiteral("dir"))); // QTemporaryDir needs its parent
    QTemporaryDir temporary(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) + QStringLiteral("/bench-XXXXXX")
                                                                : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    temporary.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty() && !temporary.isValid()) {
        std::fprintf(stderr, "cannot make a folder in %s\n", qPrintable(parser.value(QStringLiteral("dir"))));
        return 1;
    }
    if (path.isEmpty()) {
        path = temporary.filePath(QStringLiteral("events.sqlite3"));
        fill(path, parser.value(QStringLiteral("events")).toLongLong(), parser.value(QStringLiteral("story-events")).toLongLong());
        if (parser.isSet(QStringLiteral("keep")))
            std::printf("kept %s\n", qPrintable(path));
    }

    EventReader reader(path);
    QString error;
    if (!reader.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%lld events stored\n", reader.totalCount());
    QList<WallTileSpec> tiles = defaultWallTiles();
    tiles << WallTileSpec{ QStringLiteral("Payments today"), QStringLiteral("in:#financials payment today"), TileComparison::None, false };
    for (const WallTileSpec &tile : std::as_const(tiles)) {
        const SearchQuery query = parseSearchQuery(tile.query).query;
        report(qPrintable(QStringLiteral("tile: %1%2").arg(tile.query, tile.sumAmounts ? QStringLiteral(" (sum)") : QString())), [&] {
            const EventTally tally = reader.tally(query, tile.sumAmounts);
            QStringList sums;
            for (auto it = tally.sums.begin(); it != tally.sums.end(); ++it)
                sums << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            return tally.error.isEmpty() ? QStringLiteral("%1 events %2").arg(tally.count).arg(sums.join(QStringLiteral(", "))) : tally.error;
        });
        if (const auto earlier = comparisonQuery(query, tile.comparison, QDateTime::currentDateTime())) {
            report("  its comparison, yesterday up to now", [&] { return QString::number(reader.tally(*earlier, tile.sumAmounts).count); });
        }
    }
    const auto story = [&](const QString &user) {
        const UserSummary summary = reader.userSummary(user);
        return QStringLiteral("%1 events in %2 channels, latest payment %3")
                .arg(summary.events)
                .arg(summary.perChannel.size())
                .arg(summary.latestPayment ? summary.latestPayment->id : 0);
    };
    report("story: a user with 10,000 events", [&] { return story(storyUser); });
    report("story: a user with a few events", [&] { return story(QStringLiteral("user123@example.com")); });
    return 0;
}
