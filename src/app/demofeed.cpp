#include "demofeed.h"

#include "store/eventstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bb {

namespace {

const char *const kFirstNames[] = { "alice", "bob", "carol", "dmitri", "emma", "farid", "grace", "hiro",
                                    "ines", "jonas", "kemal", "lena", "mateo", "noor", "olga", "priya" };
const char *const kDomains[] = { "example.com", "acme.io", "globex.net", "initech.co", "umbrella.org",
                                 "hooli.dev", "gmail.com", "fastmail.fm" };
const char *const kMissingPaths[] = { "/api/v1/projects/8812/export", "/wp-login.php", "/favicon-32.png",
                                      "/billing/invoices/INV-20931.pdf", "/.env", "/docs/getting-started/v1" };

Event baseEvent(const char *channel, const char *sender, const char *icon, Level level = Level::Info)
{
    Event event;
    event.channel = QLatin1String(channel);
    event.senderName = QLatin1String(sender);
    event.senderIcon = QLatin1String(icon);
    event.level = level;
    event.source = QStringLiteral("demo");
    return event;
}

QByteArray attachments(const QString &color, const QList<QPair<QString, QString>> &fields)
{
    QJsonArray fieldArray;
    for (const auto &field : fields)
        fieldArray.append(QJsonObject{ { QStringLiteral("title"), field.first },
                                       { QStringLiteral("value"), field.second },
                                       { QStringLiteral("short"), true } });
    const QJsonObject attachment{ { QStringLiteral("color"), color }, { QStringLiteral("fields"), fieldArray } };
    return QJsonDocument(QJsonArray{ attachment }).toJson(QJsonDocument::Compact);
}

} // namespace

DemoFeed::DemoFeed(EventStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DemoFeed::tick);
}

void DemoFeed::start()
{
    m_timer.start(400);
}

void DemoFeed::stop()
{
    m_timer.stop();
}

void DemoFeed::backfill(int count, int hours)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = qint64(hours) * 3600 * 1000;
    EventList events;
    for (int i = 0; i < count; ++i)
        events << nextEvent(now - span + span * i / qMax(1, count) - m_random.bounded(60000));
    m_store->append(events); // the store commits on its own thread; nothing waits here
}

void DemoFeed::tick()
{
    m_store->append({ nextEvent(QDateTime::currentMSecsSinceEpoch()) });
    // An uneven rhythm: mostly a few seconds apart, now and then a quick burst.
    if (m_burstLeft == 0 && m_random.bounded(10) == 0)
        m_burstLeft = 3 + m_random.bounded(6);
    if (m_burstLeft > 0) {
        --m_burstLeft;
        m_timer.start(60 + m_random.bounded(180));
    } else {
        m_timer.start(500 + m_random.bounded(2500));
    }
}

Event DemoFeed::nextEvent(qint64 atMs)
{
    const int roll = m_random.bounded(100);
    if (!m_incidentTs.isEmpty() && roll < 8) {
        Event reply = incidentReply();
        reply.receivedAtMs = atMs;
        return reply;
    }
    Event event = roll < 26 ? signUp()
                : roll < 34 ? failedSignUp()
                : roll < 52 ? payment()
                : roll < 60 ? upgrade()
                : roll < 78 ? notFound()
                : roll < 90 ? scheduledTask()
                            : domainChange();
    event.receivedAtMs = atMs;
    // A failure opens an incident that the on-call engineer answers in its thread, the way
    // a Slack sender threads (thread_ts = the parent's ts).
    if (event.channel == QLatin1String("critical-server-errors") && m_incidentTs.isEmpty()) {
        event.senderTs = QStringLiteral("%1.%2").arg(atMs / 1000).arg(atMs % 1000 * 1000, 6, 10, QLatin1Char('0'));
        m_incidentTs = event.senderTs;
        m_incidentStep = 0;
    }
    return event;
}

Event DemoFeed::incidentReply()
{
    static const char *const replies[] = { "Looking into it: the SMTP relay is at 100% CPU",
                                           "Restarted the relay, the mail queue is draining",
                                           "Resolved :white_check_mark: the welcome mails went out, no sign-ups lost" };
    Event event = baseEvent("critical-server-errors", "on-call", ":technologist:");
    event.text = QLatin1String(replies[m_incidentStep]);
    event.threadKey = m_incidentTs;
    if (++m_incidentStep == int(std::size(replies)))
        m_incidentTs.clear();
    return event;
}

QString DemoFeed::randomUser()
{
    const QString name = QLatin1String(kFirstNames[m_random.bounded(int(std::size(kFirstNames)))]);
    const QString domain = QLatin1String(kDomains[m_random.bounded(int(std::size(kDomains)))]);
    return m_random.bounded(3) == 0 ? QStringLiteral("%1.%2@%3").arg(name).arg(m_random.bounded(90) + 10).arg(domain)
                                    : name + QLatin1Char('@') + domain;
}

Event DemoFeed::signUp()
{
    const QString user = randomUser();
    Event event = baseEvent("user-behavior", "signup-service", ":bellhop_bell:");
    event.text = QStringLiteral("New user registration! %1").arg(user);
    if (m_random.bounded(3) == 0)
        event.text += QStringLiteral("\nCame from <https://example.com/pricing|the pricing page>, plan: *Starter trial*");
    event.users << user;
    return event;
}

Event DemoFeed::failedSignUp()
{
    const QString user = randomUser();
    Event event = baseEvent("critical-server-errors", "api-server", ":rotating_light:", Level::Crit);
    event.title = QStringLiteral("Error while adding user");
    event.text = m_random.bounded(2)
                       ? QStringLiteral(":x: Could not create %1: `duplicate key value violates unique constraint \"users_email_key\"`").arg(user)
                       : QStringLiteral(":x: Sign-up for %1 failed: SMTP timeout after 30s while sending the welcome mail").arg(user);
    event.users << user;
    return event;
}

Event DemoFeed::payment()
{
    static const int prices[] = { 9, 19, 49, 49, 99, 249 };
    const QString user = randomUser();
    const int price = prices[m_random.bounded(int(std::size(prices)))];
    Event event = baseEvent("financials", "stripe-webhook", ":moneybag:");
    event.title = QStringLiteral("Payment received");
    event.text = QStringLiteral("*$%1.00* from %2").arg(price).arg(user);
    event.amount = Money{ price * 100LL, QStringLiteral("USD") }; // as a Stripe webhook gives it
    event.attachmentsJson = attachments(QStringLiteral("good"),
                                        { { QStringLiteral("Plan"), price >= 99 ? QStringLiteral("Business") : QStringLiteral("Pro") },
                                          { QStringLiteral("Interval"), m_random.bounded(4) ? QStringLiteral("monthly") : QStringLiteral("yearly") } });
    event.users << user;
    return event;
}

Event DemoFeed::upgrade()
{
    const QString user = randomUser();
    Event event = baseEvent("financials", "billing", ":rocket:");
    event.text = QStringLiteral("%1 upgraded from *Starter* to *Pro* :tada:").arg(user);
    event.users << user;
    return event;
}

Event DemoFeed::notFound()
{
    const QString path = QLatin1String(kMissingPaths[m_random.bounded(int(std::size(kMissingPaths)))]);
    Event event = baseEvent("non-critical-server-errors", "nginx", ":mag:", Level::Warn);
    event.text = QStringLiteral("404 Not Found: `GET %1` from 203.0.113.%2").arg(path).arg(m_random.bounded(250) + 1);
    return event;
}

Event DemoFeed::scheduledTask()
{
    Event event = baseEvent("application-stats", "cron", ":clock3:");
    switch (m_random.bounded(3)) {
    case 0:
        event.text = QStringLiteral("nightly cleanup: %L1 rows removed in %2 s").arg(800 + m_random.bounded(900)).arg(2 + m_random.bounded(6));
        break;
    case 1:
        event.text = QStringLiteral("backup `db-main` finished: %1 GiB, uploaded to s3://backups/daily").arg(3 + m_random.bounded(4));
        break;
    default:
        event.level = Level::Warn;
        event.text = QStringLiteral("report `weekly-kpis` exited with status 1 after 41 s\n> psql: could not connect to server: Connection refused");
        break;
    }
    return event;
}

// One user's story across the stream: adds a domain, removes it, adds it again, upgrades.
Event DemoFeed::domainChange()
{
    const QString user = QStringLiteral("dana@acme.io");
    if (m_domainStep % 4 == 3) {
        // Then their company moves up a plan: the latest payment of their story.
        ++m_domainStep;
        Event event = baseEvent("financials", "billing", ":rocket:");
        event.text = QStringLiteral("%1 upgraded Acme from *Pro* to *Business*: *$249.00* a month").arg(user);
        event.amount = Money{ 24900, QStringLiteral("USD") };
        event.users << user;
        return event;
    }
    Event event = baseEvent("user-behavior", "app-events", ":globe_with_meridians:");
    switch (m_domainStep++ % 4) {
    case 0:
        event.text = QStringLiteral("%1 added the domain *acme.io* to workspace Acme").arg(user);
        break;
    case 1:
        event.text = QStringLiteral("%1 removed the domain *acme.io* from workspace Acme").arg(user);
        break;
    default:
        event.text = QStringLiteral("%1 re-added the domain *acme.io* to workspace Acme").arg(user);
        break;
    }
    event.users << user;
    return event;
}

} // namespace bb
