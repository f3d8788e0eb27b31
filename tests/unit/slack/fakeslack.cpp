#include "fakeslack.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>

namespace bb::test {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

HttpResponse ok(QJsonObject body)
{
    body.insert(QStringLiteral("ok"), true);
    return HttpResponse::json(200, body);
}

// Errors are HTTP 200 with ok:false and the error word.
HttpResponse error(const QString &word)
{
    return HttpResponse::json(200, { { QStringLiteral("ok"), false }, { QStringLiteral("error"), word } });
}

QJsonObject page(const QString &key, const QJsonArray &items, bool hasMore, const QString &next, bool withHasMore)
{
    QJsonObject body{ { key, items },
                      { QStringLiteral("response_metadata"), QJsonObject{ { QStringLiteral("next_cursor"), next } } } };
    if (withHasMore)
        body.insert(QStringLiteral("has_more"), hasMore);
    return body;
}

} // namespace

FreezableRelay::FreezableRelay(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            auto relay = [this](QTcpSocket *from, QTcpSocket *to) {
                const QByteArray bytes = from->readAll();
                if (!m_frozen && to->state() == QAbstractSocket::ConnectedState)
                    to->write(bytes);
            };
            connect(client, &QTcpSocket::readyRead, upstream, [=] {
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    relay(client, upstream);
            });
            connect(upstream, &QTcpSocket::connected, client, [=] { relay(client, upstream); });
            connect(upstream, &QTcpSocket::readyRead, client, [=] { relay(upstream, client); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

FakeSlack::FakeSlack(QObject *parent)
    : QObject(parent)
    , m_ws(QStringLiteral("fake-slack"), QWebSocketServer::NonSecureMode)
{
    m_http = std::make_unique<HttpServer>(HttpLimits{});
    m_http->setHandler([this](const HttpRequest &request, HttpResponder respond) { respond(handle(request)); });
    m_http->listen(QHostAddress::LocalHost, 0);
    m_ws.listen(QHostAddress::LocalHost, 0);
    connect(&m_ws, &QWebSocketServer::newConnection, this, &FakeSlack::accept);
    m_relay = std::make_unique<FreezableRelay>(m_ws.serverPort());
}

FakeSlack::~FakeSlack()
{
    for (QWebSocket *socket : std::as_const(m_sockets))
        socket->abort();
}

QString FakeSlack::apiUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/api/").arg(m_http->serverPort());
}

void FakeSlack::addChannel(const QString &id, const QString &name, bool member)
{
    m_channelOrder.append({ id, name });
    m_members.insert(id, member);
    m_messages[id];
}

void FakeSlack::addUser(const QString &id, const QString &realName, const QString &avatar)
{
    // users.info's user object (https://api.slack.com/methods/users.info).
    m_users.insert(id, { { QStringLiteral("id"), id },
                         { QStringLiteral("name"), realName.section(QLatin1Char(' '), 0, 0).toLower() },
                         { QStringLiteral("real_name"), realName },
                         { QStringLiteral("profile"), QJsonObject{ { QStringLiteral("real_name"), realName },
                                                                   { QStringLiteral("display_name"), QString() },
                                                                   { QStringLiteral("image_48"), avatar } } } });
}

QString FakeSlack::nextTs()
{
    ++m_clock;
    return QStringLiteral("%1.%2").arg(m_clock).arg(++m_counter, 6, 10, QLatin1Char('0'));
}

QJsonObject FakeSlack::message(const QString &user, const QString &text, const QString &ts, const QString &threadTs) const
{
    QJsonObject message{ { QStringLiteral("type"), QStringLiteral("message") },
                         { QStringLiteral("user"), user },
                         { QStringLiteral("text"), text },
                         { QStringLiteral("ts"), ts } };
    if (!threadTs.isEmpty())
        message.insert(QStringLiteral("thread_ts"), threadTs);
    return message;
}

QJsonObject *FakeSlack::find(const QString &channel, const QString &ts)
{
    for (QJsonObject &message : m_messages[channel]) {
        if (str(message, "ts") == ts)
            return &message;
    }
    return nullptr;
}

QString FakeSlack::sayOffline(const QString &channel, const QString &user, const QString &text, const QString &threadTs)
{
    const QString ts = nextTs();
    m_messages[channel].append(message(user, text, ts, threadTs));
    if (!threadTs.isEmpty()) {
        // The parent counts its replies (reply_count, latest_reply), as history shows it.
        if (QJsonObject *parent = find(channel, threadTs)) {
            parent->insert(QStringLiteral("thread_ts"), threadTs);
            parent->insert(QStringLiteral("reply_count"), parent->value(QStringLiteral("reply_count")).toInt() + 1);
            parent->insert(QStringLiteral("latest_reply"), ts);
        }
    }
    return ts;
}

QString FakeSlack::say(const QString &channel, const QString &user, const QString &text, const QString &threadTs)
{
    const QString ts = sayOffline(channel, user, text, threadTs);
    QJsonObject event = message(user, text, ts, threadTs);
    event.insert(QStringLiteral("channel"), channel);
    event.insert(QStringLiteral("event_ts"), ts);
    event.insert(QStringLiteral("channel_type"), QStringLiteral("channel"));
    sendMessageEvent(event);
    return ts;
}

void FakeSlack::edit(const QString &channel, const QString &ts, const QString &text)
{
    QJsonObject *stored = find(channel, ts);
    if (!stored)
        return;
    const QJsonObject previous = *stored;
    stored->insert(QStringLiteral("text"), text);
    const QString editTs = nextTs();
    stored->insert(QStringLiteral("edited"), QJsonObject{ { QStringLiteral("user"), str(previous, "user") },
                                                          { QStringLiteral("ts"), editTs } });
    sendMessageEvent({ { QStringLiteral("type"), QStringLiteral("message") },
                       { QStringLiteral("subtype"), QStringLiteral("message_changed") },
                       { QStringLiteral("hidden"), true },
                       { QStringLiteral("channel"), channel },
                       { QStringLiteral("ts"), editTs },
                       { QStringLiteral("event_ts"), editTs },
                       { QStringLiteral("message"), *stored },
                       { QStringLiteral("previous_message"), previous } });
}

void FakeSlack::remove(const QString &channel, const QString &ts)
{
    QList<QJsonObject> &messages = m_messages[channel];
    const auto at = std::find_if(messages.begin(), messages.end(), [&](const QJsonObject &m) { return str(m, "ts") == ts; });
    if (at == messages.end())
        return;
    const QJsonObject previous = *at;
    messages.erase(at);
    const QString eventTs = nextTs();
    sendMessageEvent({ { QStringLiteral("type"), QStringLiteral("message") },
                       { QStringLiteral("subtype"), QStringLiteral("message_deleted") },
                       { QStringLiteral("hidden"), true },
                       { QStringLiteral("channel"), channel },
                       { QStringLiteral("ts"), eventTs },
                       { QStringLiteral("event_ts"), eventTs },
                       { QStringLiteral("deleted_ts"), ts },
                       { QStringLiteral("previous_message"), previous } });
}

QString FakeSlack::sendMessageEvent(const QJsonObject &event, int retryAttempt)
{
    return sendEnvelope(QStringLiteral("events_api"),
                        { { QStringLiteral("token"), QStringLiteral("XXYYZZ") },
                          { QStringLiteral("team_id"), QStringLiteral("T0FAKE") },
                          { QStringLiteral("api_app_id"), QStringLiteral("A0FAKE") },
                          { QStringLiteral("event"), event },
                          { QStringLiteral("type"), QStringLiteral("event_callback") },
                          { QStringLiteral("event_id"), QStringLiteral("Ev%1").arg(++m_counter) },
                          { QStringLiteral("event_time"), double(m_clock) } },
                        retryAttempt);
}

QString FakeSlack::sendEnvelope(const QString &type, const QJsonObject &payload, int retryAttempt)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_sentEnvelopes << id;
    sendToSockets({ { QStringLiteral("envelope_id"), id },
                    { QStringLiteral("payload"), payload },
                    { QStringLiteral("type"), type },
                    { QStringLiteral("accepts_response_payload"), type != QLatin1String("events_api") },
                    { QStringLiteral("retry_attempt"), retryAttempt },
                    { QStringLiteral("retry_reason"), retryAttempt > 0 ? QStringLiteral("timeout") : QString() } });
    return id;
}

void FakeSlack::sendDisconnect(const QString &reason)
{
    sendToSockets({ { QStringLiteral("type"), QStringLiteral("disconnect") },
                    { QStringLiteral("reason"), reason },
                    { QStringLiteral("debug_info"), QJsonObject{ { QStringLiteral("host"), QStringLiteral("applink-fake") } } } });
}

// Like Slack during a refresh: every open connection gets the frame (the client dedupes).
void FakeSlack::sendToSockets(const QJsonObject &frame)
{
    const QString text = QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    for (QWebSocket *socket : std::as_const(m_sockets))
        socket->sendTextMessage(text);
}

void FakeSlack::accept()
{
    while (QWebSocket *socket = m_ws.nextPendingConnection()) {
        ++m_accepted;
        m_sockets << socket;
        m_maxOpenSockets = qMax(m_maxOpenSockets, int(m_sockets.size()));
        connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject ack = QJsonDocument::fromJson(text.toUtf8()).object();
            if (ack.contains(QStringLiteral("envelope_id")))
                m_acked << str(ack, "envelope_id");
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_sockets.removeAll(socket);
            socket->deleteLater();
        });
        if (m_sendHello) {
            const QJsonObject hello{ { QStringLiteral("type"), QStringLiteral("hello") },
                                     { QStringLiteral("num_connections"), int(m_sockets.size()) },
                                     { QStringLiteral("debug_info"), QJsonObject{ { QStringLiteral("host"), QStringLiteral("applink-fake") },
                                                                                  { QStringLiteral("build_number"), 1 },
                                                                                  { QStringLiteral("approximate_connection_time"), 18060 } } },
                                     { QStringLiteral("connection_info"), QJsonObject{ { QStringLiteral("app_id"), QStringLiteral("A0FAKE") } } } };
            socket->sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
        }
    }
}

// Slack's cursors are opaque base64 strings ("dXNlcjpVMDYxTkZUVDI="); these are too, and
// mean something only to the fake that gave them out: a client can only send back the
// next_cursor it was given (anything else is Slack's invalid_cursor).
QString FakeSlack::cursorFor(const QString &position)
{
    const QString cursor = QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64());
    m_cursors.insert(cursor, position);
    return cursor;
}

// Where a page continues: false for a cursor this fake never gave out. No cursor (or an empty
// one, which Slack reads as none) starts at the beginning.
bool FakeSlack::positionOf(const QHash<QString, QString> &args, QString *position) const
{
    const QString cursor = args.value(QStringLiteral("cursor"));
    if (cursor.isEmpty()) {
        position->clear();
        return true;
    }
    if (!m_cursors.contains(cursor))
        return false;
    *position = m_cursors.value(cursor);
    return true;
}

int FakeSlack::callsSince(const QString &method, qsizetype mark) const
{
    return int(m_args.value(method).size() - mark);
}

HttpResponse FakeSlack::handle(const HttpRequest &request)
{
    const QString method = request.path.mid(QStringLiteral("/api/").size());
    QByteArray form = request.body;
    form.replace('+', "%20");
    QHash<QString, QString> args;
    for (const auto &[key, value] : QUrlQuery(QString::fromUtf8(form)).queryItems(QUrl::FullyDecoded))
        args.insert(key, value);
    ++m_calls[method];
    m_args[method].append(args);

    const QByteArray authorization = request.header("authorization");
    const QString token = authorization.startsWith("Bearer ") ? QString::fromUtf8(authorization.mid(7)) : QString();
    m_tokensSeen << token;
    if (m_rateLimitsLater.contains(method) && m_rateLimitsLater[method].first-- == 0)
        m_rateLimits.insert(method, m_rateLimitsLater.take(method).second);
    if (const int retryAfter = m_rateLimits.take(method)) {
        HttpResponse limited = HttpResponse::json(429, { { QStringLiteral("ok"), false },
                                                         { QStringLiteral("error"), QStringLiteral("ratelimited") } });
        limited.extraHeaders.append({ "Retry-After", QByteArray::number(retryAfter) });
        return limited;
    }
    if (token.isEmpty())
        return error(QStringLiteral("not_authed"));
    if (m_revoked.contains(token))
        return error(QStringLiteral("token_revoked"));
    const bool appMethod = method == QLatin1String("apps.connections.open");
    if (token != QLatin1String(appMethod ? kAppToken : kBotToken))
        return error(QStringLiteral("invalid_auth"));

    if (appMethod) {
        return ok({ { QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:%1/link/?ticket=%2&app_id=A0FAKE")
                                                     .arg(m_relay->port())
                                                     .arg(m_calls.value(method)) } });
    }
    if (method == QLatin1String("auth.test")) {
        return ok({ { QStringLiteral("url"), QStringLiteral("https://fake-team.slack.com/") },
                    { QStringLiteral("team"), QStringLiteral("Fake Team") },
                    { QStringLiteral("user"), QStringLiteral("bellboard") },
                    { QStringLiteral("team_id"), QStringLiteral("T0FAKE") },
                    { QStringLiteral("user_id"), QStringLiteral("U0BOT") },
                    { QStringLiteral("bot_id"), QStringLiteral("B0BOT") } });
    }
    if (method == QLatin1String("auth.revoke")) {
        m_revoked.insert(token);
        return ok({ { QStringLiteral("revoked"), true } });
    }
    if (method == QLatin1String("conversations.list"))
        return list(args);
    if (method == QLatin1String("conversations.history"))
        return history(args);
    if (method == QLatin1String("conversations.replies"))
        return replies(args);
    if (method == QLatin1String("chat.postMessage"))
        return postMessage(args);
    if (method == QLatin1String("users.info")) {
        if (!m_users.contains(args.value(QStringLiteral("user"))))
            return error(QStringLiteral("user_not_found"));
        return ok({ { QStringLiteral("user"), m_users.value(args.value(QStringLiteral("user"))) } });
    }
    return error(QStringLiteral("unknown_method"));
}

HttpResponse FakeSlack::list(const QHash<QString, QString> &args)
{
    const int limit = qMin(m_maxPageSize, qMax(1, args.value(QStringLiteral("limit"), QStringLiteral("100")).toInt()));
    QString at;
    if (!positionOf(args, &at))
        return error(QStringLiteral("invalid_cursor"));
    const int offset = at.toInt();
    QJsonArray channels;
    for (int i = offset; i < m_channelOrder.size() && channels.size() < limit; ++i) {
        const auto &[id, name] = m_channelOrder.at(i);
        channels.append(QJsonObject{ { QStringLiteral("id"), id },
                                     { QStringLiteral("name"), name },
                                     { QStringLiteral("is_channel"), true },
                                     { QStringLiteral("is_private"), false },
                                     { QStringLiteral("is_archived"), false },
                                     { QStringLiteral("is_member"), m_members.value(id) } });
    }
    const int end = offset + int(channels.size());
    const QString next = end < m_channelOrder.size() ? cursorFor(QString::number(end)) : QString();
    return ok(page(QStringLiteral("channels"), channels, false, next, false));
}

// Newest first, top-level messages (and thread broadcasts) only; `oldest` and `latest` bound
// the range, exclusive unless inclusive=true; a page ends at `limit`.
HttpResponse FakeSlack::history(const QHash<QString, QString> &args)
{
    const QString channel = args.value(QStringLiteral("channel"));
    if (!m_messages.contains(channel))
        return error(QStringLiteral("channel_not_found"));
    if (!m_members.value(channel))
        return error(QStringLiteral("not_in_channel"));
    const int limit = qMin(m_maxPageSize, qMax(1, args.value(QStringLiteral("limit"), QStringLiteral("100")).toInt()));
    const bool inclusive = args.value(QStringLiteral("inclusive")) == QLatin1String("true")
                        || args.value(QStringLiteral("inclusive")) == QLatin1String("1");
    const QString oldest = args.value(QStringLiteral("oldest"));
    QString latest = args.value(QStringLiteral("latest"));
    bool latestInclusive = inclusive;
    QString before;
    if (!positionOf(args, &before))
        return error(QStringLiteral("invalid_cursor"));
    if (!before.isEmpty()) {
        latest = before; // the next page goes on with what is older than the last one's end
        latestInclusive = false;
    }
    QList<QJsonObject> matches;
    const QList<QJsonObject> &all = m_messages.value(channel);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const QString ts = str(*it, "ts");
        const QString thread = str(*it, "thread_ts");
        if (!thread.isEmpty() && thread != ts)
            continue; // a reply: only conversations.replies shows it
        if (!oldest.isEmpty() && (inclusive ? ts < oldest : ts <= oldest))
            continue;
        if (!latest.isEmpty() && (latestInclusive ? ts > latest : ts >= latest))
            continue;
        matches << *it;
    }
    QJsonArray messages;
    for (qsizetype i = 0; i < matches.size() && i < limit; ++i)
        messages.append(matches.at(i));
    const bool more = matches.size() > limit;
    const QString next = more ? cursorFor(str(matches.at(limit - 1), "ts")) : QString();
    return ok(page(QStringLiteral("messages"), messages, more, next, true));
}

// The parent first, then its replies oldest first; paged like history (forward in time).
HttpResponse FakeSlack::replies(const QHash<QString, QString> &args)
{
    const QString channel = args.value(QStringLiteral("channel"));
    const QString parentTs = args.value(QStringLiteral("ts"));
    const QJsonObject *parent = find(channel, parentTs);
    if (!parent)
        return error(QStringLiteral("thread_not_found"));
    const int limit = qMin(m_maxPageSize, qMax(1, args.value(QStringLiteral("limit"), QStringLiteral("100")).toInt()));
    const QString oldest = args.value(QStringLiteral("oldest"));
    QString after;
    if (!positionOf(args, &after))
        return error(QStringLiteral("invalid_cursor"));
    QList<QJsonObject> thread;
    thread << *parent;
    for (const QJsonObject &message : m_messages.value(channel)) {
        const QString ts = str(message, "ts");
        if (str(message, "thread_ts") == parentTs && ts != parentTs && (oldest.isEmpty() || ts > oldest))
            thread << message;
    }
    QJsonArray messages;
    messages.append(*parent); // every page starts with the parent, as Slack's does
    int taken = 0;
    QString last;
    bool more = false;
    for (qsizetype i = 1; i < thread.size(); ++i) {
        const QString ts = str(thread.at(i), "ts");
        if (!after.isEmpty() && ts <= after)
            continue;
        if (taken == limit) {
            more = true;
            break;
        }
        messages.append(thread.at(i));
        last = ts;
        ++taken;
    }
    return ok(page(QStringLiteral("messages"), messages, more, more ? cursorFor(last) : QString(), true));
}

// Posting as the bot: the answer carries the message (bot_id, bot_profile) and its ts, and
// the same message comes back over the socket as an event: the echo.
HttpResponse FakeSlack::postMessage(const QHash<QString, QString> &args)
{
    const QString channel = args.value(QStringLiteral("channel"));
    if (!m_messages.contains(channel))
        return error(QStringLiteral("channel_not_found"));
    if (!m_members.value(channel))
        return error(QStringLiteral("not_in_channel"));
    const QString text = args.value(QStringLiteral("text"));
    if (text.isEmpty())
        return error(QStringLiteral("no_text"));
    const QString threadTs = args.value(QStringLiteral("thread_ts"));
    const QString ts = sayOffline(channel, QStringLiteral("U0BOT"), text, threadTs);
    QJsonObject *stored = find(channel, ts);
    stored->insert(QStringLiteral("bot_id"), QStringLiteral("B0BOT"));
    stored->insert(QStringLiteral("app_id"), QStringLiteral("A0FAKE"));
    stored->insert(QStringLiteral("bot_profile"), QJsonObject{ { QStringLiteral("id"), QStringLiteral("B0BOT") },
                                                               { QStringLiteral("name"), QStringLiteral("Bellboard") },
                                                               { QStringLiteral("icons"), QJsonObject{ { QStringLiteral("image_48"), QStringLiteral("https://fake/bot48.png") } } } });
    const QJsonObject message = *stored;
    QJsonObject event = message;
    event.insert(QStringLiteral("channel"), channel);
    event.insert(QStringLiteral("event_ts"), ts);
    event.insert(QStringLiteral("channel_type"), QStringLiteral("channel"));
    sendMessageEvent(event);
    return ok({ { QStringLiteral("channel"), channel }, { QStringLiteral("ts"), ts }, { QStringLiteral("message"), message } });
}

} // namespace bb::test
