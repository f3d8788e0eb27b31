// Fills an event store with realistic events through EventStore::append (the real write
// path, group commit included) and times first-page searches on it.
//
//   bench_store [--events N] [--batch N] [--in-flight N] [--durability full|normal] [--keep] [--dir DIR]
//               [--store URL] [EXISTING_DB]
//
// With EXISTING_DB (a file or a postgresql:// URL), the fill is skipped and only the searches
// run on it. --store fills that location (an empty PostgreSQL database) instead of a new file.

#include "store/eventreader.h"
#include "store/eventstore.h"
#include "store/storebackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include <sys/resource.h>

using namespace bb;

namespace {

const QStringList kChannels = { "critical-server-errors", "non-critical-server-errors", "financials",
                                "user-behavior", "application-stats", "deploys", "cron", "billing-eu" };
const QStringList kSenders = { "api", "s3-uploader", "stripe", "signup-service", "cron", "deploy-bot",
                               "mailer", "search-indexer" };
const QStringList kFirstNames = { "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi",
                                  "ivan", "judy", "mallory", "niaj", "olivia", "peggy", "rupert", "sybil" };
const QStringList kTemplates = {
    "New user registration! %1",
    ":x: Error while adding user %1: duplicate key value violates unique constraint",
    "Payment received $%2 from %1",
    "Payment failed for %1: card declined (code %2)",
    "%1 upgraded plan to pro",
    "%1 reset their password",
    "nightly cleanup: %2 rows removed",
    "deploy of web v%2 to production finished in %2s",
    "S3 upload failed for invoice-%2.pdf (user %1): timeout after 30s",
    "%1 exported %2 records to CSV",
    "queue depth %2 exceeds threshold on worker-%2",
    "%1 invited a teammate to workspace %2",
};

// About 50,000 distinct users, some much busier than others, like real customers.
QString userFor(QRandomGenerator &random)
{
    const quint32 skew = random.bounded(100) < 20 ? random.bounded(200) : random.bounded(50000);
    return QStringLiteral("%1.%2@example.com").arg(kFirstNames[int(skew % kFirstNames.size())]).arg(skew);
}

Event makeEvent(QRandomGenerator &random, qint64 receivedAtMs)
{
    Event event;
    const int kind = int(random.bounded(kTemplates.size()));
    const QString user = userFor(random);
    event.channel = kChannels[kind % kChannels.size()];
    if (random.bounded(10) == 0)
        event.channel = kChannels[int(random.bounded(kChannels.size()))];
    event.receivedAtMs = receivedAtMs;
    event.source = QStringLiteral("webhook");
    event.senderName = kSenders[int(random.bounded(kSenders.size()))];
    event.senderIcon = QStringLiteral(":robot_face:");
    const quint32 roll = random.bounded(100);
    event.level = roll < 5 ? Level::Crit : roll < 20 ? Level::Warn
                                                     : Level::Info;
    event.text = QString(kTemplates[kind])
                         .replace(QLatin1String("%1"), user)
                         .replace(QLatin1String("%2"), QString::number(random.bounded(100000)));
    if (event.text.contains(user)) // stats lines concern no user
        event.users = { user };
    if (random.bounded(20) == 0)
        event.attachmentsJson = QStringLiteral(R"([{"title":"Details","text":"request id %1 host web-%2","color":"danger"}])")
                                        .arg(random.bounded(1000000))
                                        .arg(random.bounded(20))
                                        .toUtf8();
    return event;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

double fill(const QString &path, qint64 count, int batch, int inFlight, EventStore::Durability durability)
{
    EventStore store;
    store.setDurability(durability);
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        std::exit(1);
    }
    QRandomGenerator random(42);
    {
        // How fast this producer alone is, so that the store's rate below is read rightly.
        QElapsedTimer timer;
        timer.start();
        EventList sample;
        for (int i = 0; i < 50000; ++i)
            sample << makeEvent(random, i);
        std::printf("producer alone: %.0f events/s generated\n", 50000 / (timer.nsecsElapsed() / 1e9));
    }
    // Timestamps spread over the last 30 days, in arrival order.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 30LL * 24 * 3600 * 1000;
    // Several producers' worth of appends in flight, as the HTTP server's connections would have.
    std::vector<QFuture<AppendResult>> pending;
    QElapsedTimer timer;
    timer.start();
    const double processCpuAtStart = processCpuSeconds();
    const double producerCpuAtStart = threadCpuSeconds();
    qint64 made = 0;
    while (made < count) {
        EventList events;
        const qint64 n = std::min<qint64>(batch, count - made);
        for (qint64 i = 0; i < n; ++i, ++made)
            events << makeEvent(random, now - span + span * made / count);
        pending.push_back(store.append(events));
        if (int(pending.size()) >= inFlight) {
            if (!pending.front().result().ok) {
                std::fprintf(stderr, "append failed: %s\n", qPrintable(pending.front().result().error));
                std::exit(1);
            }
            pending.erase(pending.begin());
        }
        if (made % 100000 < batch)
            std::fprintf(stderr, "  %lld events, %.0f/s\r", made, made * 1000.0 / std::max<qint64>(1, timer.elapsed()));
    }
    store.flush();
    const double seconds = timer.nsecsElapsed() / 1e9;
    // The writer's own CPU time says what the store costs whatever else runs on the machine.
    const double storeCpu = (processCpuSeconds() - processCpuAtStart) - (threadCpuSeconds() - producerCpuAtStart);
    std::fprintf(stderr, "\n");
    std::printf("fill: store threads used %.1f CPU s: %.1f us per event, %.0f events per CPU second\n",
                storeCpu, storeCpu * 1e6 / count, count / storeCpu);
    return count / seconds;
}

struct Timing
{
    double coldMs;
    double warmMs;
    int rows;
};

// "Cold-ish": the first run on a fresh connection (SQLite's page cache empty; the OS cache
// may still hold the file). "Warm": the mean of the next runs.
Timing timeSearch(const QString &path, const SearchQuery &query, int runs)
{
    EventReader reader(path);
    QString error;
    if (!reader.open(&error)) {
        std::fprintf(stderr, "reader: %s\n", qPrintable(error));
        std::exit(1);
    }
    QElapsedTimer timer;
    timer.start();
    EventPage page = reader.search(query, 0, 50);
    const double cold = timer.nsecsElapsed() / 1e6;
    if (!page.error.isEmpty()) {
        std::fprintf(stderr, "search: %s\n", qPrintable(page.error));
        std::exit(1);
    }
    timer.restart();
    for (int i = 0; i < runs; ++i)
        page = reader.search(query, 0, 50);
    return { cold, timer.nsecsElapsed() / 1e6 / runs, int(page.events.size()) };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption eventsOption("events", "Events to write (default 1000000).", "N", "1000000");
    QCommandLineOption batchOption("batch", "Events per append (default 500).", "N", "500");
    QCommandLineOption inFlightOption("in-flight", "Appends awaiting their commit at once (default 8).", "N", "8");
    QCommandLineOption durabilityOption("durability", "full or normal (default full).", "MODE", "full");
    QCommandLineOption dirOption("dir", "Folder for the new database (default: a temporary one).", "DIR");
    QCommandLineOption keepOption("keep", "Keep the new database file.");
    QCommandLineOption storeOption("store", "Fill this store (a postgresql:// URL) instead of a new file.", "URL");
    parser.addOptions({ eventsOption, batchOption, inFlightOption, durabilityOption, dirOption, keepOption, storeOption });
    parser.addPositionalArgument("database", "An existing filled database: skip the fill.");
    parser.process(app);

    QTemporaryDir temporary(parser.isSet(dirOption) ? parser.value(dirOption) + "/bench-XXXXXX" : QString());
    temporary.setAutoRemove(!parser.isSet(keepOption));
    QString path;
    if (!parser.positionalArguments().isEmpty()) {
        path = parser.positionalArguments().first();
    } else {
        path = parser.isSet(storeOption) ? parser.value(storeOption) : temporary.filePath("events.db");
        const qint64 count = parser.value(eventsOption).toLongLong();
        const int batch = parser.value(batchOption).toInt();
        const int inFlight = std::max(1, parser.value(inFlightOption).toInt());
        const bool full = parser.value(durabilityOption) != "normal";
        std::printf("fill: %lld events, %d per append, %d appends in flight, synchronous=%s\n", count, batch,
                    inFlight, full ? "FULL" : "NORMAL");
        const double rate = fill(path, count, batch, inFlight, full ? EventStore::Durability::Full : EventStore::Durability::Normal);
        std::printf("fill: %.0f events/s committed\n", rate);
        if (parser.isSet(keepOption))
            std::printf("kept: %s\n", qPrintable(path));
    }

    EventReader reader(path);
    const qint64 total = reader.totalCount();
    if (storeEngineOf(path) == StoreEngine::Sqlite) {
        const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + "-wal").size();
        std::printf("database: %lld events, %.1f MB\n\n", total, bytes / 1e6);
    } else {
        std::printf("database: %lld events\n\n", total);
    }

    auto make = [](auto setup) {
        SearchQuery query;
        setup(query);
        return query;
    };
    const QList<QPair<const char *, SearchQuery>> searches = {
        { "user: (busy user)", make([](SearchQuery &q) { q.users = { "carol.2@example.com" }; }) },
        { "user: (rare user)", make([](SearchQuery &q) { q.users = { "alice.40000@example.com" }; }) },
        { "word: declined", make([](SearchQuery &q) { q.words = { "declined" }; }) },
        { "word: rare (invoice-4242.pdf)", make([](SearchQuery &q) { q.words = { "invoice-4242.pdf" }; }) },
        { "phrase: \"payment failed\"", make([](SearchQuery &q) { q.phrases = { "payment failed" }; }) },
        { "word + in: failed in:financials", make([](SearchQuery &q) { q.words = { "failed" }; q.channels = { "financials" }; }) },
        { "word + in: (rare combination)", make([](SearchQuery &q) { q.words = { "csv" }; q.channels = { "financials" }; }) },
        { "in:financials", make([](SearchQuery &q) { q.channels = { "financials" }; }) },
        { "level:crit", make([](SearchQuery &q) { q.level = Level::Crit; }) },
        { "from:stripe", make([](SearchQuery &q) { q.senders = { "STRIPE" }; }) },
        { "prefix: invit*", make([](SearchQuery &q) { q.words = { "invit*" }; }) },
        { "prefix: ali*", make([](SearchQuery &q) { q.words = { "ali*" }; }) },
        { "user: + word", make([](SearchQuery &q) { q.users = { "carol.2@example.com" }; q.words = { "payment" }; }) },
        { "word -excluded", make([](SearchQuery &q) { q.words = { "payment" }; q.excludedWords = { "received" }; }) },
        { "everything (no filter)", SearchQuery() },
        // The fill spreads its events over the 30 days before it ran.
        { "after: (last 2 hours)", make([](SearchQuery &q) { q.after = QDateTime::currentDateTime().addSecs(-7200); }) },
        { "before: (older than 29 days)", make([](SearchQuery &q) { q.before = QDateTime::currentDateTime().addDays(-29); }) },
        { "in: + 1-day window, 10 days ago", make([](SearchQuery &q) {
              q.channels = { "financials" };
              q.after = QDateTime::currentDateTime().addDays(-10);
              q.before = QDateTime::currentDateTime().addDays(-9); }) },
        { "user: + after: (last 2 hours)", make([](SearchQuery &q) {
              q.users = { "carol.2@example.com" };
              q.after = QDateTime::currentDateTime().addSecs(-7200); }) },
    };
    std::printf("%-34s %10s %10s %6s\n", "first page (limit 50)", "cold ms", "warm ms", "rows");
    for (const auto &search : searches) {
        const Timing t = timeSearch(path, search.second, 20);
        std::printf("%-34s %10.2f %10.2f %6d\n", search.first, t.coldMs, t.warmMs, t.rows);
    }
    return 0;
}
