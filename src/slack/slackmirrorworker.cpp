#include "slackmirrorworker.h"

#include "slacksocket.h"
#include "slackwebapi.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace bb {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Slack's ts values are fixed width ("1700000000.000100"), so text order is time order.
QString newer(const QString &a, const QString &b)
{
    return a > b ? a : b;
}

} // namespace

SlackMirrorWorker::SlackMirrorWorker(EventStore *store)
    : m_store(store)
{
}

SlackMirrorWorker::~SlackMirrorWorker() = default;

void SlackMirrorWorker::start(const SlackMirrorSettings &settings, const SlackTokens &tokens)
{
    Q_ASSERT(thread() == QThread::currentThread());
    stop();
    m_settings = settings;
    m_session = new QObject(this);
    m_bot = new SlackWebApi(m_session);
    m_app = new SlackWebApi(m_session);
    for (SlackWebApi *api : { m_bot, m_app }) {
        api->setBaseUrl(settings.apiUrl);
        api->setTimings(settings.timings);
        connect(api, &SlackWebApi::authFailed, this, &SlackMirrorWorker::tokenFailed);
    }
    m_bot->setToken(tokens.bot);
    m_app->setToken(tokens.app);
    connect(m_bot, &SlackWebApi::rateLimited, this, [this](const QString &method, qint64 until) {
        m_rateLimited.insert(method);
        setPhase(SlackStatus::Phase::RateLimited, until, tr("%1 paused by Slack").arg(method));
    });
    connect(m_bot, &SlackWebApi::rateLimitEnded, this, [this](const QString &method) {
        m_rateLimited.remove(method);
        if (m_rateLimited.isEmpty() && m_status.phase == SlackStatus::Phase::RateLimited)
            setPhase(m_connectionPhase);
    });
    m_socket = new SlackSocket(m_app, settings.timings, m_session);
    connect(m_socket, &SlackSocket::connected, this, &SlackMirrorWorker::connected);
    connect(m_socket, &SlackSocket::envelopeReceived, this,
            [this](const QString &type, const QJsonObject &payload) { eventReceived(type, payload); });
    connect(m_socket, &SlackSocket::reconnecting, this, [this](qint64 at, const QString &why) {
        setPhase(SlackStatus::Phase::Reconnecting, at, why);
    });
    connect(m_socket, &SlackSocket::authFailed, this, &SlackMirrorWorker::tokenFailed);

    m_status.channels.clear();
    m_status.team.clear();
    if (settings.channels.isEmpty()) {
        setPhase(SlackStatus::Phase::Off, 0, tr("no channels to mirror: `bellboard slack mirror NAME…`"));
        return;
    }
    if (tokens.bot.isEmpty() || tokens.app.isEmpty()) {
        setPhase(SlackStatus::Phase::Off, 0, tr("no tokens: run `bellboard slack login`"));
        return;
    }
    m_startAttempt = 0;
    begin();
}

// Who we are (auth.test: the workspace's name), then which channels to mirror, then the
// socket. A failure other than a dead token tries again after a jittered, growing wait.
void SlackMirrorWorker::begin()
{
    if (m_status.phase != SlackStatus::Phase::Reconnecting)
        setPhase(SlackStatus::Phase::Connecting);
    auto retry = [this](const SlackResponse &response, const QString &what) {
        if (response.isAuthFailure())
            return; // tokenFailed() has said it
        const qint64 delay = m_settings.timings.backoffMs(m_startAttempt++);
        setPhase(SlackStatus::Phase::Reconnecting, QDateTime::currentMSecsSinceEpoch() + delay,
                 tr("%1: %2").arg(what, response.explanation()));
        QTimer::singleShot(int(delay), m_session, [this] { begin(); });
    };
    m_bot->call(QStringLiteral("auth.test"), {}, m_session, [this, retry](const SlackResponse &response) {
        if (!response.ok) {
            retry(response, QStringLiteral("auth.test"));
            return;
        }
        m_status.team = str(response.body, "team");
        listSlackChannels(m_bot, m_settings.timings.pageSize, m_session,
                          [this, retry](const QList<SlackChannelInfo> &channels, const SlackResponse &listed) {
                              if (listed.ok)
                                  channelsListed(channels);
                              else
                                  retry(listed, QStringLiteral("conversations.list"));
                          });
    });
}

void SlackMirrorWorker::stop()
{
    Q_ASSERT(thread() == QThread::currentThread());
    delete m_session; // with the clients and socket, every callback still pending for them
    m_session = nullptr;
    m_socket = nullptr;
    m_bot = m_app = nullptr;
    m_channels.clear();
    m_problems.clear();
    m_writes.clear();
    m_writing = false;
    m_rateLimited.clear();
}

void SlackMirrorWorker::finish()
{
    stop();
    // Store answers still owed to this thread (to the session just deleted) are taken now,
    // while the thread lives; posted later, they would never be freed.
    m_store->deliverCallbacksBeforeThreadEnds();
}

void SlackMirrorWorker::channelsListed(const QList<SlackChannelInfo> &channels)
{
    m_channels.clear();
    m_problems.clear();
    QStringList names;
    for (const QString &wanted : std::as_const(m_settings.channels)) {
        const SlackChannelInfo *channel = findSlackChannel(channels, wanted);
        if (!channel) {
            m_problems.insert(wanted, tr("#%1 is not a channel the app can see: check the name, or /invite the app "
                                         "to a private channel")
                                              .arg(wanted));
            continue;
        }
        const QString local = mirroredChannelName(channel->name);
        if (local.isEmpty())
            continue;
        m_channels.insert(channel->id, { *channel, local, false, {} });
        names << channel->name;
        if (!channel->isMember)
            setProblem(channel->id, SlackResponse::explain(QStringLiteral("not_in_channel")));
    }
    m_status.channels = names;
    setPhase(SlackStatus::Phase::Connecting);
    m_socket->start();
}

void SlackMirrorWorker::connected(bool afterGap)
{
    m_connectionPhase = SlackStatus::Phase::Connected;
    if (m_rateLimited.isEmpty())
        setPhase(SlackStatus::Phase::Connected);
    if (!afterGap)
        return;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        backfill(it.key());
}

// Reads what the channel said since its stored read position: conversations.history from
// `oldest` page by page, then the replies of the threads it touched. A channel mirrored for
// the first time gets its latest firstMirrorMessages messages (and their threads' replies).
void SlackMirrorWorker::backfill(const QString &channelId)
{
    Channel &channel = m_channels[channelId];
    if (channel.backfilling)
        return;
    channel.backfilling = true;
    m_store->syncCursor(slackSource(channelId), m_session,
                        [this, channelId](const QString &oldest) { fetchHistory(channelId, oldest, {}, {}); });
}

// One conversations.history page after another. Slack may answer fewer messages than `limit`
// even when more exist (some apps get 15 a page), so a short page is no sign of the end: only
// has_more false or an empty next_cursor is. A catch-up (`oldest` set) reads everything after
// the stored position; a first mirror reads back from now until it has firstMirrorMessages.
// A 429 is waited out by SlackWebApi, which sends this same page (same cursor) again.
void SlackMirrorWorker::fetchHistory(const QString &channelId, const QString &oldest, const QString &cursor,
                                     QList<QJsonObject> messages)
{
    const bool first = oldest.isEmpty();
    const int wanted = m_settings.timings.firstMirrorMessages;
    // A first mirror asks for no more than it still lacks, so its last page does not overshoot.
    const int limit = first ? qBound(1, int(wanted - messages.size()), m_settings.timings.pageSize)
                            : m_settings.timings.pageSize;
    SlackArgs args = { { QStringLiteral("channel"), channelId }, { QStringLiteral("limit"), QString::number(limit) } };
    if (!first)
        args.append({ QStringLiteral("oldest"), oldest });
    if (!cursor.isEmpty())
        args.append({ QStringLiteral("cursor"), cursor });
    m_bot->call(QStringLiteral("conversations.history"), args, m_session,
                [this, channelId, oldest, first, wanted, messages](const SlackResponse &response) mutable {
                    if (!response.ok) {
                        backfillFailed(channelId, response);
                        return;
                    }
                    for (const QJsonValue &message : response.body.value(QStringLiteral("messages")).toArray())
                        messages << message.toObject();
                    const QString next = response.nextCursor();
                    const bool more = response.body.value(QStringLiteral("has_more")).toBool() && !next.isEmpty();
                    const bool enough = first && messages.size() >= wanted;
                    if (more && !enough) {
                        fetchHistory(channelId, oldest, next, messages);
                        return;
                    }
                    if (first && messages.size() > wanted) {
                        // The newest `wanted` (Slack's pages run newest first; sorted to be sure).
                        std::stable_sort(messages.begin(), messages.end(), [](const QJsonObject &a, const QJsonObject &b) {
                            return str(a, "ts") > str(b, "ts");
                        });
                        messages.resize(qMax(0, wanted));
                    }
                    // Threads with replies newer than what is stored.
                    QStringList parents;
                    for (const QJsonObject &message : std::as_const(messages)) {
                        if (message.value(QStringLiteral("reply_count")).toInt() > 0
                            && (first || str(message, "latest_reply") > oldest))
                            parents << str(message, "ts");
                    }
                    fetchReplies(channelId, oldest, messages, parents, {});
                });
}

void SlackMirrorWorker::fetchReplies(const QString &channelId, const QString &oldest, QList<QJsonObject> messages,
                                     QStringList parents, const QString &cursor)
{
    if (parents.isEmpty()) {
        backfillDone(channelId, messages);
        return;
    }
    SlackArgs args = { { QStringLiteral("channel"), channelId },
                       { QStringLiteral("ts"), parents.first() },
                       { QStringLiteral("limit"), QString::number(m_settings.timings.pageSize) } };
    if (!oldest.isEmpty())
        args.append({ QStringLiteral("oldest"), oldest });
    if (!cursor.isEmpty())
        args.append({ QStringLiteral("cursor"), cursor });
    m_bot->call(QStringLiteral("conversations.replies"), args, m_session,
                [this, channelId, oldest, messages, parents](const SlackResponse &response) mutable {
                    if (!response.ok) {
                        backfillFailed(channelId, response);
                        return;
                    }
                    // The first message of each page is the thread's parent, already here.
                    for (const QJsonValue &value : response.body.value(QStringLiteral("messages")).toArray()) {
                        const QJsonObject reply = value.toObject();
                        if (str(reply, "ts") != parents.first())
                            messages << reply;
                    }
                    const QString next = response.nextCursor();
                    if (response.body.value(QStringLiteral("has_more")).toBool() && !next.isEmpty()) {
                        fetchReplies(channelId, oldest, messages, parents, next);
                        return;
                    }
                    parents.removeFirst();
                    fetchReplies(channelId, oldest, messages, parents, {});
                });
}

void SlackMirrorWorker::backfillFailed(const QString &channelId, const SlackResponse &response)
{
    // What arrived live is stored all the same; the read position stays where it was, so the
    // next connection reads the gap again.
    unpark(channelId, false);
    if (response.isAuthFailure())
        return;
    setProblem(channelId, tr("#%1: %2").arg(m_channels.value(channelId).info.name, response.explanation()));
}

void SlackMirrorWorker::backfillDone(const QString &channelId, const QList<QJsonObject> &messages)
{
    Write write;
    QString newest;
    for (const QJsonObject &message : messages) {
        write.messages.append({ channelId, message });
        if (isTopLevelMessage(message))
            newest = newer(newest, str(message, "ts"));
    }
    // Oldest first, so that ids follow time as they do for live messages.
    std::stable_sort(write.messages.begin(), write.messages.end(), [](const auto &a, const auto &b) {
        return str(a.second, "ts") < str(b.second, "ts");
    });
    if (!newest.isEmpty())
        write.cursors.append({ channelId, newest });
    write.done = [this, channelId](bool ok, const QString &) {
        if (ok && m_channels.contains(channelId))
            setProblem(channelId, {});
    };
    queueWrite(std::move(write));
    unpark(channelId, true);
}

// The live changes that waited for the backfill go after it, in arrival order (a message that
// the backfill already stored is a no-op); from now on live changes are queued directly.
void SlackMirrorWorker::unpark(const QString &channelId, bool moveCursor)
{
    Channel &channel = m_channels[channelId];
    channel.backfilling = false;
    QList<Write> parked;
    parked.swap(channel.parked);
    for (Write &write : parked) {
        if (moveCursor && !write.liveTs.isEmpty())
            write.cursors.append({ channelId, write.liveTs });
        queueWrite(std::move(write));
    }
}

// An Events API payload: {"type":"event_callback","event":{"type":"message",…}} (see
// https://api.slack.com/apis/connections/socket-implement and the message event's page).
void SlackMirrorWorker::eventReceived(const QString &type, const QJsonObject &payload)
{
    if (type != QLatin1String("events_api"))
        return;
    const QJsonObject event = payload.value(QStringLiteral("event")).toObject();
    if (str(event, "type") != QLatin1String("message"))
        return;
    const QString channelId = str(event, "channel");
    if (!m_channels.contains(channelId))
        return;
    Channel &channel = m_channels[channelId];
    Write write;
    const QString subtype = str(event, "subtype");
    if (subtype == QLatin1String("message_deleted")) {
        write.removals.append({ channelId, str(event, "deleted_ts") });
    } else {
        const QJsonObject message = subtype == QLatin1String("message_changed")
                                          ? event.value(QStringLiteral("message")).toObject()
                                          : event;
        if (str(message, "ts").isEmpty())
            return;
        write.messages.append({ channelId, message });
        if (subtype != QLatin1String("message_changed") && isTopLevelMessage(message))
            write.liveTs = str(message, "ts");
    }
    if (channel.backfilling) {
        // Stored after the backfill: the cursor must not pass the gap before the gap is read.
        channel.parked.append(std::move(write));
        return;
    }
    if (!write.liveTs.isEmpty())
        write.cursors.append({ channelId, write.liveTs });
    queueWrite(std::move(write));
}

void SlackMirrorWorker::post(const QString &name, const QString &text, const QString &threadTs,
                             const SlackMirror::PostCallback &done)
{
    Channel *channel = channelFor(name);
    if (!m_bot || !channel) {
        done(false, tr("#%1 is not a mirrored Slack channel").arg(name));
        return;
    }
    if (text.trimmed().isEmpty()) {
        done(false, SlackResponse::explain(QStringLiteral("no_text")));
        return;
    }
    SlackArgs args = { { QStringLiteral("channel"), channel->info.id }, { QStringLiteral("text"), text } };
    if (!threadTs.isEmpty())
        args.append({ QStringLiteral("thread_ts"), threadTs });
    const QString channelId = channel->info.id;
    m_bot->call(QStringLiteral("chat.postMessage"), args, m_session, [this, done, channelId](const SlackResponse &response) {
        if (!response.ok) {
            done(false, response.explanation());
            return;
        }
        // Stored now, under its ts: the echo Slack sends over the socket finds it there.
        QJsonObject message = response.body.value(QStringLiteral("message")).toObject();
        const QString ts = str(response.body, "ts");
        if (str(message, "ts").isEmpty())
            message.insert(QStringLiteral("ts"), ts);
        Write write;
        write.messages.append({ channelId, message });
        write.done = [done, ts](bool ok, const QString &error) { done(ok, ok ? ts : error); };
        queueWrite(std::move(write));
    });
}

SlackMirrorWorker::Channel *SlackMirrorWorker::channelFor(const QString &name)
{
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        if (it->local == name || it->info.name == name || it.key() == name
            || QLatin1Char('#') + it->info.name == name)
            return &it.value();
    }
    return nullptr;
}

void SlackMirrorWorker::queueWrite(Write write)
{
    m_writes.append(std::move(write));
    pumpWrites();
}

// Writes go to the store one at a time, in the order they were queued; the head waits until
// every author it names has been looked up (or could not be: then the id stands in).
void SlackMirrorWorker::pumpWrites()
{
    if (m_writing || m_writes.isEmpty())
        return;
    Write &head = m_writes.first();
    bool waiting = false;
    for (const auto &[channelId, message] : std::as_const(head.messages)) {
        for (const QString &user : slackAuthorIds(message)) {
            if (!m_users.contains(user)) {
                waiting = true;
                lookUpUser(user);
            }
        }
    }
    if (waiting)
        return;

    ExternalBatch batch;
    for (const auto &[channelId, message] : std::as_const(head.messages)) {
        const QString ts = str(message, "ts");
        batch.changes.append({ ExternalChange::Kind::Upsert, slackSource(channelId), ts,
                               slackMessageToEvent(message, m_channels.value(channelId).local, m_users) });
    }
    for (const auto &[channelId, ts] : std::as_const(head.removals))
        batch.changes.append({ ExternalChange::Kind::Remove, slackSource(channelId), ts, {} });
    for (const auto &[channelId, ts] : std::as_const(head.cursors))
        batch.cursors.append({ slackSource(channelId), ts });
    m_writing = true;
    m_store->applyExternal(batch, m_session, [this](const ExternalResult &result) {
        Q_ASSERT(m_writing && !m_writes.isEmpty());
        m_writing = false;
        Write done = m_writes.takeFirst();
        if (!result.ok)
            qWarning("bellboard: storing Slack messages failed: %s", qPrintable(result.error));
        if (done.done)
            done.done(result.ok, result.error);
        pumpWrites();
    });
}

void SlackMirrorWorker::lookUpUser(const QString &userId)
{
    if (m_usersAsked.contains(userId))
        return;
    m_usersAsked.insert(userId);
    m_bot->call(QStringLiteral("users.info"), { { QStringLiteral("user"), userId } }, m_session,
                [this, userId](const SlackResponse &response) {
                    const QJsonObject user = response.body.value(QStringLiteral("user")).toObject();
                    const QJsonObject profile = user.value(QStringLiteral("profile")).toObject();
                    SlackUser known;
                    for (const QString &name : { str(profile, "real_name"), str(profile, "display_name"),
                                                 str(user, "real_name"), str(user, "name"), userId }) {
                        if (!name.isEmpty()) {
                            known.name = name;
                            break;
                        }
                    }
                    known.avatarUrl = str(profile, "image_48");
                    if (!response.ok)
                        qWarning("bellboard: users.info %s: %s", qPrintable(userId), qPrintable(response.error));
                    m_users.insert(userId, known);
                    pumpWrites();
                });
}

void SlackMirrorWorker::setPhase(SlackStatus::Phase phase, qint64 retryAtMs, const QString &detail)
{
    if (phase != SlackStatus::Phase::RateLimited && phase != SlackStatus::Phase::Connected)
        m_connectionPhase = phase;
    // A rate limit is shown over a working connection, not over a worse state.
    if (phase == SlackStatus::Phase::Connected && !m_rateLimited.isEmpty())
        return;
    SlackStatus status = m_status;
    status.phase = phase;
    status.retryAtMs = retryAtMs;
    status.detail = detail;
    QStringList problems = m_problems.values();
    problems.sort();
    status.problems = problems;
    if (status != m_status) {
        m_status = status;
        emit statusChanged(m_status);
    }
}

void SlackMirrorWorker::setProblem(const QString &channelId, const QString &problem)
{
    if (problem.isEmpty())
        m_problems.remove(channelId);
    else
        m_problems.insert(channelId, problem);
    setPhase(m_status.phase, m_status.retryAtMs, m_status.detail);
}

// A dead token stops everything: no reconnects, no retries, until a new login.
void SlackMirrorWorker::tokenFailed(const QString &error)
{
    if (m_socket)
        m_socket->stop();
    setPhase(SlackStatus::Phase::TokenRevoked, 0, SlackResponse::explain(error));
}

} // namespace bb
