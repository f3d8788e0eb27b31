#include "httpconnection.h"

#include <QPointer>
#include <QSslSocket>
#include <QThread>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

namespace bb {

namespace {

// Bytes taken from the socket per read; also the socket's own buffer, so that a connection we
// stop reading holds at most this much in user space and TCP flow control does the rest.
constexpr qsizetype kReadChunk = 64 * 1024;

// After a refusal the client may still be sending (a 100 MB body we declined). Closing with
// unread input makes the kernel send RST, which can destroy our answer before the client reads
// it; so we stop writing, discard input for a while, then close (what nginx calls lingering close).
constexpr qint64 kLingerMs = 2000;

char *scratchBuffer()
{
    thread_local char buffer[kReadChunk];
    return buffer;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const QHostAddress &peer, const HttpLimits &limits,
                               HttpConnectionHost *host, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_peer(peer)
    , m_limits(limits)
    , m_host(host)
    , m_parser(limits, peer, this)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadChunk);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::end);
    m_stateSinceMs = monotonicMs();
    m_lastWriteProgressMs = m_stateSinceMs;
    // A TLS socket may have decrypted a request that came with the handshake's last flight
    // before it was handed over, its readyRead already gone: look once from the event loop.
    if (m_socket->bytesAvailable() > 0 || qobject_cast<QSslSocket *>(m_socket))
        scheduleInput();
    noteIdleness();
}

HttpConnection::~HttpConnection() = default;

// Every change of state goes through here. Leaving State::Body forgets the request being read;
// a connection never comes back from closing (LastAnswers on) to reading, nor from Ended.
void HttpConnection::setState(State state)
{
    Q_ASSERT(m_state != State::Ended);
    Q_ASSERT(!isClosing() || state >= m_state);
    Q_ASSERT((state == State::Body) == m_current.has_value());
    m_state = state;
    m_stateSinceMs = monotonicMs();
    checkInvariants();
    if (state != State::Ended) // the host forgets an ended connection through finished()
        noteIdleness();
}

// Reading requests: the states before the connection began to close.
bool HttpConnection::isReading() const
{
    return m_state == State::BetweenRequests || m_state == State::Headers || m_state == State::Body;
}

// Closing: no request is read any more (LastAnswers, Lingering, WriteShut, Ended).
bool HttpConnection::isClosing() const
{
    return !isReading();
}

// What the comments of this class promise, checked in debug builds.
void HttpConnection::checkInvariants() const
{
    Q_ASSERT(thread() == QThread::currentThread()); // sockets are used on their own thread only
    Q_ASSERT(m_current.has_value() == (m_state == State::Body));
    Q_ASSERT(isReading() || m_unparsed.isEmpty()); // a closing connection parses nothing more
    Q_ASSERT(m_state != State::Ended || (m_answers.empty() && m_received.empty()));
    Q_ASSERT(outstanding() <= std::max(1, m_limits.maxPipelinedRequests) + 1); // + a refusal's answer
}

// Idle: between requests with every answer handed to the socket. A connection that has not
// sent anything yet is idle too (it holds a slot as much as a kept-alive one does).
bool HttpConnection::isIdle() const
{
    return m_state == State::BetweenRequests && m_answers.empty() && m_received.empty();
}

// Tells the host when the connection becomes idle or busy, so that it can keep its idle
// connections in the order they went idle without looking at each of them.
void HttpConnection::noteIdleness()
{
    const bool idle = isIdle();
    if (idle == m_idle)
        return;
    m_idle = idle;
    m_host->idleChanged(this, idle);
}

bool HttpConnection::writeBlocked() const
{
    return m_socket->bytesToWrite() > m_limits.maxUnsentBytes;
}

bool HttpConnection::readingBlocked() const
{
    return isClosing() || outstanding() >= std::max(1, m_limits.maxPipelinedRequests) || writeBlocked();
}

// Bytes the client sent that this thread has not read yet, in Qt's buffer or still in the
// kernel's (QTcpSocket reads from the kernel only when the event loop gets to it).
bool HttpConnection::hasUnreadInput() const
{
    if (m_socket->bytesAvailable() > 0)
        return true;
#ifdef Q_OS_WIN
    u_long pending = 0;
    return ::ioctlsocket(SOCKET(m_socket->socketDescriptor()), FIONREAD, &pending) == 0 && pending > 0;
#else
    int pending = 0;
    return ::ioctl(int(m_socket->socketDescriptor()), FIONREAD, &pending) == 0 && pending > 0;
#endif
}

void HttpConnection::processInput()
{
    if (m_state == State::Ended)
        return;
    if (m_state == State::Lingering || m_state == State::WriteShut) {
        while (m_socket->read(scratchBuffer(), kReadChunk) > 0) {}
        return;
    }
    QPointer<HttpConnection> self(this);
    m_inInput = true;
    if (!m_unparsed.isEmpty() && !readingBlocked()) {
        const QByteArray pending = std::exchange(m_unparsed, QByteArray());
        consume(pending.constData(), pending.size());
        if (!self)
            return;
    }
    while (m_unparsed.isEmpty() && !readingBlocked() && m_socket->bytesAvailable() > 0) {
        char *buffer = scratchBuffer();
        const qint64 count = m_socket->read(buffer, kReadChunk);
        if (count <= 0)
            break;
        consume(buffer, qsizetype(count));
        if (!self)
            return;
    }
    m_inInput = false;
}

// Feeds the parser one request at a time (it pauses after each) and hands each to the handler
// before reading on, so that the limits on outstanding and unsent answers hold exactly even when
// one read brings hundreds of pipelined requests. What cannot be parsed yet is kept.
void HttpConnection::consume(const char *data, qsizetype size)
{
    QPointer<HttpConnection> self(this);
    while (size > 0) {
        if (readingBlocked()) {
            if (isReading()) // closing: the rest is never parsed
                m_unparsed.append(data, size);
            return;
        }
        m_parser.resume();
        const qsizetype used = m_parser.feed(data, size);
        if (m_firstRequestState == FirstRequest::Recording)
            recordFirstRequest(data, used);
        data += used;
        size -= used;
        dispatchReceived();
        if (!self || m_state == State::Ended || m_parser.hasFailed())
            return;
    }
}

// The first request's bytes are kept until it is complete, and only while they fit in a
// header block: an upgrade is a GET without a body and always a connection's first request.
void HttpConnection::recordFirstRequest(const char *data, qsizetype size)
{
    // Only a GET can be an upgrade: anything else (every ingest POST) is not copied at all.
    Q_ASSERT(m_firstRequestState == FirstRequest::Recording);
    if (m_firstRequest.isEmpty() && (size == 0 || data[0] != 'G')) {
        m_firstRequestState = FirstRequest::NotKept;
        return;
    }
    m_firstRequest.append(data, size);
    if (m_firstRequest.size() > m_limits.maxHeaderBytes) {
        m_firstRequestState = FirstRequest::NotKept;
        m_firstRequest = QByteArray();
    } else if (m_servedAny) {
        m_firstRequestState = FirstRequest::Kept;
    }
}

// Handlers run after the parser has returned, so that a handler answering at once (or doing
// anything else) never runs inside the parser's callbacks or while the read buffer is in use.
void HttpConnection::dispatchReceived()
{
    if (m_received.empty())
        return;
    QPointer<HttpConnection> self(this);
    std::vector<std::pair<quint64, HttpRequest>> batch;
    batch.swap(m_received);
    const std::shared_ptr<const HttpHandler> handler = m_host->handler();
    for (auto &[id, request] : batch) {
        if (!self || m_state == State::Ended)
            return;
        if (handler && *handler)
            (*handler)(request, responderFor(id));
        else
            answer(id, HttpResponse::text(503, "no_handler"));
    }
}

HttpResponder HttpConnection::responderFor(quint64 id)
{
    QPointer<HttpConnection> connection(this);
    return [connection, id](const HttpResponse &response) {
        if (connection)
            connection->answer(id, response);
    };
}

quint64 HttpConnection::enqueueAnswer(const ResponseFraming &framing)
{
    PendingAnswer pending;
    pending.id = m_nextId++;
    pending.framing = framing;
    m_answers.push_back(std::move(pending));
    return m_answers.back().id;
}

HttpConnection::PendingAnswer *HttpConnection::findAnswer(quint64 id)
{
    if (m_answers.empty() || id < m_answers.front().id)
        return nullptr;
    const quint64 index = id - m_answers.front().id;
    return index < m_answers.size() ? &m_answers[size_t(index)] : nullptr;
}

// The parser runs only while the connection reads (consume() checks readingBlocked()), so its
// callbacks find it reading, except the end of a refused request's body after the refusal
// closed the connection (requestReceived()).
void HttpConnection::requestStarted()
{
    Q_ASSERT(m_state == State::BetweenRequests);
    setState(State::Headers);
}

void HttpConnection::headersReceived(const HttpRequest &, const RequestFraming &request)
{
    Q_ASSERT(m_state == State::Headers);
    ResponseFraming framing;
    framing.headRequest = request.headRequest;
    framing.keepAlive = request.keepAlive && !m_closeRequested;
    const quint64 id = enqueueAnswer(framing);

    int retryAfter = 1;
    if (!m_host->admitRequest(m_peer, &retryAfter)) {
        // A client waiting for 100-continue may or may not send its body after a refusal; the
        // stream cannot be framed any more, so this connection ends with the answer.
        if (request.expectsContinue) {
            findAnswer(id)->framing.keepAlive = false;
            m_unparsed.clear();
            setState(State::LastAnswers);
            m_parser.pause();
        } else {
            m_current = CurrentRequest{ id, true };
            setState(State::Body); // read, and drop, its body
        }
        HttpResponse response = HttpResponse::text(429, "rate_limited");
        response.extraHeaders.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter) });
        emit rejected(429, QStringLiteral("rate_limited"));
        answer(id, response);
        return;
    }
    m_current = CurrentRequest{ id, false };
    setState(State::Body);
    if (request.expectsContinue) {
        findAnswer(id)->interim = encodeContinue();
        flush();
    }
}

void HttpConnection::requestReceived(HttpRequest &&request)
{
    m_servedAny = true;
    m_parser.pause(); // consume() hands this request over before parsing the next
    if (m_state != State::Body) {
        // Refused with Connection: close, and its 429 already sent: the connection is closing.
        Q_ASSERT(isClosing());
        return;
    }
    const CurrentRequest current = *std::exchange(m_current, std::nullopt);
    if (!current.refused)
        m_received.emplace_back(current.answerId, std::move(request));
    const PendingAnswer *pending = findAnswer(current.answerId);
    if (pending && !pending->framing.keepAlive) {
        m_unparsed.clear();
        setState(State::LastAnswers);
    } else {
        setState(State::BetweenRequests); // idle already if it was refused (429) and that answer has gone out
    }
}

void HttpConnection::requestFailed(int status, const char *reason)
{
    refuse(status, reason);
}

// Answers the request in progress (or the one that could not even be read) with an error, then ends.
void HttpConnection::refuse(int status, const char *reason)
{
    Q_ASSERT(isReading());
    m_unparsed.clear();
    PendingAnswer *pending = m_current ? findAnswer(m_current->answerId) : nullptr;
    quint64 id;
    if (pending && !pending->ready) {
        pending->framing.keepAlive = false;
        pending->interim.clear();
        id = pending->id;
    } else {
        id = enqueueAnswer(ResponseFraming{ false, false });
    }
    m_current.reset();
    setState(State::LastAnswers);
    emit rejected(status, QString::fromLatin1(reason));
    answer(id, HttpResponse::text(status, reason));
}

void HttpConnection::answer(quint64 id, const HttpResponse &response)
{
    PendingAnswer *pending = findAnswer(id);
    if (!pending || pending->ready || m_state == State::Ended)
        return;
    if (response.takeOver) {
        if (handOver(id, response.takeOver))
            return;
        answer(id, HttpResponse::text(400, "upgrade_not_first"));
        return;
    }
    pending->bytes = encodeHttpResponse(response, pending->framing);
    pending->ready = true;
    if (pending == &m_answers.front())
        flush();
}

// Writes every answer that is due: the first outstanding one and those ready behind it.
void HttpConnection::flush()
{
    if (m_socket->bytesToWrite() == 0)
        m_lastWriteProgressMs = monotonicMs();
    while (!m_answers.empty()) {
        PendingAnswer &front = m_answers.front();
        if (!front.interim.isEmpty()) {
            m_socket->write(front.interim);
            front.interim.clear();
        }
        if (!front.ready)
            return;
        m_socket->write(front.bytes);
        const bool last = !front.framing.keepAlive;
        m_answers.pop_front();
        if (last) {
            m_answers.clear();
            beginClose();
            return;
        }
    }
    // Hand the answers to the kernel now: left to QAbstractSocket, each write would first
    // arm a write notifier and wait for the next event-loop pass, a poll and two notifier
    // toggles per answer.
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
    if (m_state == State::BetweenRequests)
        m_stateSinceMs = monotonicMs(); // idle from the last answer, not from the last request
    noteIdleness();
    if (m_closeRequested && m_state == State::BetweenRequests && m_received.empty()) {
        beginClose();
        return;
    }
    resumeIfPossible();
}

void HttpConnection::resumeIfPossible()
{
    // Inside processInput() its own loop goes on reading once unblocked.
    if (m_inInput || readingBlocked())
        return;
    if (!m_unparsed.isEmpty() || m_socket->bytesAvailable() > 0)
        scheduleInput();
}

// Input resumes from the event loop, never from inside an answer: the handler that answered may
// itself have been called from processInput().
void HttpConnection::scheduleInput()
{
    if (m_inputScheduled)
        return;
    m_inputScheduled = true;
    QMetaObject::invokeMethod(
            this, [this] {
                m_inputScheduled = false;
                processInput();
            },
            Qt::QueuedConnection);
}

void HttpConnection::onBytesWritten()
{
    m_lastWriteProgressMs = monotonicMs();
    if (m_state == State::Lingering) {
        if (m_socket->bytesToWrite() == 0)
            shutdownWrite();
        return;
    }
    if (m_state == State::WriteShut)
        return;
    resumeIfPossible();
}

void HttpConnection::beginClose()
{
    if (m_state == State::Lingering || m_state == State::WriteShut || m_state == State::Ended)
        return;
    m_current.reset();
    m_unparsed.clear();
    setState(State::Lingering);
    if (m_socket->bytesToWrite() == 0)
        shutdownWrite();
}

void HttpConnection::shutdownWrite()
{
    Q_ASSERT(m_state == State::Lingering && m_socket->bytesToWrite() == 0);
    setState(State::WriteShut);
    // TLS ends with a close_notify after what is still encrypted and unsent; a bare
    // shutdown() of the descriptor would cut that off. disconnected() then ends it.
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket); tls && tls->isEncrypted()) {
        tls->disconnectFromHost();
        return;
    }
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(m_socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    // Discard what already arrived (the peer's FIN then ends the connection), from the event
    // loop: this may run inside a parser callback whose bytes are still in the read buffer.
    scheduleInput();
}

void HttpConnection::closeWhenDone()
{
    m_closeRequested = true;
    if (m_state == State::BetweenRequests && m_answers.empty() && m_received.empty())
        beginClose();
}

bool HttpConnection::closeIfIdle()
{
    if (!isIdle() || m_inInput || !m_unparsed.isEmpty() || m_socket->bytesToWrite() > 0)
        return false;
    if (hasUnreadInput()) {
        // Its next request has arrived and waits for this thread: the client is owed an answer.
        scheduleInput();
        return false;
    }
    // Nothing unread, so closing sends a plain FIN (no lingering needed: no answer to protect).
    end();
    return true;
}

void HttpConnection::checkTimeouts(qint64 nowMs)
{
    if (m_state == State::Ended)
        return;
    const qint64 inState = nowMs - m_stateSinceMs;
    if (m_socket->bytesToWrite() > 0 && nowMs - m_lastWriteProgressMs > m_limits.idleTimeoutMs) {
        end(); // the client stopped reading its answers
        return;
    }
    switch (m_state) {
    case State::Ended:
    case State::Lingering:   // the stall check above ends it if its answers never leave
    case State::LastAnswers: // the handler has yet to answer: not the client's delay
        return;
    case State::WriteShut:
        if (inState > kLingerMs)
            end();
        return;
    case State::Headers:
        if (!writeBlocked() && inState > m_limits.headerTimeoutMs)
            refuse(408, "timeout");
        return;
    case State::Body:
        if (!writeBlocked() && inState > m_limits.bodyTimeoutMs)
            refuse(408, "timeout");
        return;
    case State::BetweenRequests: {
        if (!m_answers.empty() || !m_received.empty() || !m_unparsed.isEmpty())
            return; // the handler has yet to answer, or reading is paused: not the client's delay
        if (m_socket->bytesToWrite() > 0)
            return; // still receiving its last answer; the stall check above covers a halt
        if (hasUnreadInput()) {
            // Its next request has arrived while this thread was busy: the delay is ours, and
            // closing now would drop a request the client has every right to an answer for.
            scheduleInput();
            return;
        }
        // A connection that never sent anything gets no longer than a request's headers would.
        const qint64 limit = m_servedAny ? m_limits.idleTimeoutMs
                                         : qMin(m_limits.idleTimeoutMs, m_limits.headerTimeoutMs);
        if (nowMs - std::max(m_stateSinceMs, m_lastWriteProgressMs) > limit)
            beginClose();
        return;
    }
    }
}

// Gives the socket to `taker` with the first request's bytes put back in its read buffer, and
// ends this connection without touching the socket.
bool HttpConnection::handOver(quint64 id, const std::function<void(QTcpSocket *)> &taker)
{
    if (id != 0 || m_firstRequestState != FirstRequest::Kept || m_answers.size() != 1 || !m_unparsed.isEmpty())
        return false;
    m_current.reset();
    m_answers.clear();
    m_received.clear();
    m_firstRequestState = FirstRequest::NotKept;
    setState(State::Ended);
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->setParent(nullptr);
    m_socket->setReadBufferSize(0);
    for (qsizetype i = m_firstRequest.size() - 1; i >= 0; --i)
        m_socket->ungetChar(m_firstRequest.at(i));
    m_firstRequest = QByteArray();
    QTcpSocket *socket = m_socket;
    emit finished();
    deleteLater();
    taker(socket);
    return true;
}

void HttpConnection::end()
{
    if (m_state == State::Ended)
        return;
    m_current.reset();
    m_unparsed.clear();
    m_answers.clear();
    m_received.clear();
    setState(State::Ended);
    m_socket->abort();
    emit finished();
    deleteLater();
}

} // namespace bb
