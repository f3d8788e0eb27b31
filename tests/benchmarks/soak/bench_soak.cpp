// Soak: steady mixed traffic into the real binary with its window open (run under Xvfb by
// run.sh), sampling RSS, open descriptors, the store's size and its event count. With
// retention configured, none of them may grow beyond what retention allows; the exit status
// says whether they did. See README "Hardening" for the figures and the command.
//
//   bench_soak [--seconds 480] [--warmup 300] [--rate 100] [--retention-events 5000] [--sample 5] [--csv FILE]
#include "bellboardinstance.h"
#include "processstats.h"
#include "soaktraffic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

namespace {

// The store's writer applies retention once a minute, a chunk at a time between commits.
constexpr int kRetentionIntervalS = 60;
constexpr int kMaxInFlight = 64;
// SQLite truncates the WAL back to this after a checkpoint (PRAGMA journal_size_limit, store/sqliteconnection.cpp).
constexpr qint64 kJournalSizeLimit = 64 * 1024 * 1024;

struct Sample
{
    int second = 0;
    ProcessStats process;
    qint64 storeBytes = 0; // the database file and its WAL
    qint64 walBytes = 0;
    qint64 events = 0;
};

qint64 storeBytes(const QString &databaseFile)
{
    return QFileInfo(databaseFile).size() + QFileInfo(databaseFile + QStringLiteral("-wal")).size();
}

qint64 countEvents(const QString &databaseFile)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("soak-count"));
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT count(*) FROM events")) && query.next())
            count = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("soak-count"));
    return count;
}

// Sends `rate` requests a second, spread over 20 ms ticks, never more than kMaxInFlight at once.
class Traffic : public QObject
{
public:
    Traffic(quint16 port, int rate)
        : m_port(port)
        , m_rate(rate)
    {
        connect(&m_tick, &QTimer::timeout, this, &Traffic::tick);
        m_clock.start();
        m_tick.start(20);
    }
    quint64 sent = 0, acknowledged = 0, failed = 0, late = 0;

private:
    void tick()
    {
        const quint64 due = m_paceBase + quint64(m_clock.elapsed() * m_rate / 1000);
        while (sent < due) {
            if (sent - acknowledged - failed >= kMaxInFlight) {
                late += due - sent; // the server is behind: count it rather than pile requests up,
                m_paceBase = sent;  // and pace on from here
                m_clock.start();
                return;
            }
            send(soakRequest(sent++));
        }
    }
    void send(const SoakRequest &soak)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QString::fromUtf8(soak.path))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, soak.contentType);
        for (const auto &[name, value] : soak.headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.post(request, soak.body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                ++acknowledged;
            } else {
                ++failed;
                if (failed <= 5)
                    std::fprintf(stderr, "request refused: %d %s\n", status, reply->readAll().constData());
            }
            reply->deleteLater();
        });
    }

    quint16 m_port;
    int m_rate;
    QNetworkAccessManager m_network;
    QTimer m_tick;
    QElapsedTimer m_clock;
    quint64 m_paceBase = 0;
};

// The largest value of `field` over samples in [from, to) seconds.
template<typename Field>
qint64 peak(const QList<Sample> &samples, int from, int to, Field field)
{
    qint64 most = 0;
    for (const Sample &sample : samples)
        if (sample.second >= from && sample.second < to)
            most = std::max(most, qint64(field(sample)));
    return most;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("seconds"), QStringLiteral("How long to run."), QStringLiteral("N"), QStringLiteral("480") });
    parser.addOption({ QStringLiteral("warmup"), QStringLiteral("Seconds until the store is at its steady size (several retention runs)."),
                       QStringLiteral("N"), QStringLiteral("300") });
    parser.addOption({ QStringLiteral("rate"), QStringLiteral("Events per second."), QStringLiteral("N"), QStringLiteral("100") });
    parser.addOption({ QStringLiteral("retention-events"), QStringLiteral("[store] retention_events."), QStringLiteral("N"), QStringLiteral("5000") });
    parser.addOption({ QStringLiteral("sample"), QStringLiteral("Seconds between samples."), QStringLiteral("N"), QStringLiteral("5") });
    parser.addOption({ QStringLiteral("csv"), QStringLiteral("Write every sample to FILE."), QStringLiteral("FILE") });
    parser.process(app);
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const qint64 retentionEvents = parser.value(QStringLiteral("retention-events")).toLongLong();
    const int sampleEvery = parser.value(QStringLiteral("sample")).toInt();
    // Retention runs once a minute; after a few runs the store has its steady size (free pages
    // reused, FTS5 segments merged), and from then on nothing may grow.
    const int warmup = parser.value(QStringLiteral("warmup")).toInt();
    if (seconds < warmup + 60 || rate <= 0 || retentionEvents <= 0 || sampleEvery <= 0) {
        std::fprintf(stderr, "bench_soak: --seconds must be at least %d (warm-up + one minute)\n", warmup + 60);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        std::fprintf(stderr, "bench_soak: no DISPLAY: run it through tests/benchmarks/soak/run.sh (Xvfb) to have the window open\n");

    BellboardInstance bellboard("[store]\nretention_events = " + QByteArray::number(retentionEvents) + "\n"
                                + soakRoutesConfig());
    bellboard.setHeadless(false);
    ensureFileDescriptorLimit(4096);
    if (!bellboard.start()) {
        std::fprintf(stderr, "bench_soak: bellboard did not start: %s\n", bellboard.serverErrors().constData());
        return 1;
    }
    const qint64 pid = bellboard.process().processId();
    const QString databaseFile = bellboard.databaseFile();
    Traffic traffic(bellboard.port(), rate);

    QList<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        Sample sample{ int(clock.elapsed() / 1000), processStats(pid), storeBytes(databaseFile),
                       QFileInfo(databaseFile + QStringLiteral("-wal")).size(), countEvents(databaseFile) };
        samples.append(sample);
        std::printf("%5ds  RSS %6lld KiB  fds %4d  store %7lld KiB (WAL %6lld)  events %7lld  sent %llu  ok %llu  refused %llu\n",
                    sample.second, sample.process.rssKiB, sample.process.openFiles, sample.storeBytes / 1024,
                    sample.walBytes / 1024, sample.events, traffic.sent, traffic.acknowledged, traffic.failed);
        std::fflush(stdout);
        if (sample.second >= seconds || sample.process.rssKiB < 0)
            app.quit();
    });
    sampler.start(sampleEvery * 1000);
    app.exec();
    const bool running = bellboard.process().state() == QProcess::Running;
    bellboard.stop();

    if (parser.isSet(QStringLiteral("csv"))) {
        QFile csv(parser.value(QStringLiteral("csv")));
        if (csv.open(QIODevice::WriteOnly)) {
            csv.write("second,rss_kib,open_files,store_bytes,wal_bytes,events\n");
            for (const Sample &s : samples)
                csv.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n").arg(s.second).arg(s.process.rssKiB).arg(s.process.openFiles).arg(s.storeBytes).arg(s.walBytes).arg(s.events).toUtf8());
        }
    }

    // What retention allows: the configured count plus what arrives between two retention runs.
    const qint64 allowedEvents = retentionEvents + qint64(rate) * (kRetentionIntervalS + 15);
    const auto rss = [](const Sample &s) { return s.process.rssKiB; };
    const auto files = [](const Sample &s) { return s.process.openFiles; };
    const auto database = [](const Sample &s) { return s.storeBytes - s.walBytes; };
    const auto wal = [](const Sample &s) { return s.walBytes; };
    const auto events = [](const Sample &s) { return s.events; };
    const qint64 end = seconds + sampleEvery;
    struct Check
    {
        const char *what;
        qint64 warm;
        qint64 later;
        qint64 allowed;
    };
    const Check checks[] = {
        { "RSS KiB", peak(samples, 0, warmup, rss), peak(samples, warmup, end, rss), peak(samples, 0, warmup, rss) * 11 / 10 },
        { "open descriptors", peak(samples, 0, warmup, files), peak(samples, warmup, end, files), peak(samples, 0, warmup, files) + 4 },
        { "database KiB", peak(samples, 0, warmup, database) / 1024, peak(samples, warmup, end, database) / 1024, peak(samples, 0, warmup, database) * 5 / 4 / 1024 },
        { "WAL KiB", peak(samples, 0, warmup, wal) / 1024, peak(samples, warmup, end, wal) / 1024, kJournalSizeLimit / 1024 },
        { "events stored", peak(samples, 0, warmup, events), peak(samples, warmup, end, events), allowedEvents },
    };
    std::printf("\n%d s at %d events/s, retention_events = %lld: %llu sent, %llu acknowledged, %llu refused, %llu not sent (server behind)\n",
                seconds, rate, retentionEvents, traffic.sent, traffic.acknowledged, traffic.failed, traffic.late);
    bool ok = running && traffic.failed == 0;
    for (const Check &check : checks) {
        const bool within = check.later <= check.allowed;
        ok = ok && within;
        std::printf("  %-17s first %3d s peak %8lld, afterwards peak %8lld (allowed %8lld)  %s\n", check.what, warmup,
                    check.warm, check.later, check.allowed, within ? "ok" : "GREW");
    }
    if (!running)
        std::printf("  bellboard was no longer running at the end\n");
    std::printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
