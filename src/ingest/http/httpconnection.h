#pragma once

#include "httplimits.h"
#include "net/httpmessage.h"
#include "httprequestparser.h"
#include "httpresponseencoder.h"
#include "intrusivelist.h"

#include <QObject>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QTcpSocket;

namespace bb {

class HttpConnection;

// Milliseconds on a clock that never jumps; timeouts and rate limits are measured on it.
inline qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// What a connection needs from the server that accepted it.
class HttpConnectionHost
{
public:
    // Shared, so that replacing the handler while one runs does not pull it from under itself.
    virtual std::shared_ptr<const HttpHandler> handler() const = 0;
    // One request from peer is about to be handled; false: over its rate, retry after that long.
    virtual bool admitRequest(const QHostAddress &peer, int *retryAfterSeconds) = 0;
    // The connection has nothing in flight any more (idle), or has started a request again.
    // An idle connection may be closed to make room for a new one (closeIfIdle()).
    virtual void idleChanged(HttpConnection *connection, bool idle) = 0;

protected:
    ~HttpConnectionHost() = default;
};

// One client's TCP connection: parses its requests, hands them to the handler, and writes the
// answers strictly in request order however late they come. Stops reading (so TCP pushes back)
// while too many answers are outstanding or unsent. Ends itself; the owner learns via finished().
class HttpConnection : public QObject, private HttpRequestParser::Listener
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const QHostAddress &peer, const HttpLimits &limits,
                   HttpConnectionHost *host, QObject *parent = nullptr);
    ~HttpConnection() override;

    QHostAddress peer() const { return m_peer; }
    // Called often by the owner: applies the header, body, idle and linger timeouts.
    void checkTimeouts(qint64 nowMs);
    // Finish the requests already started, then end (the server is closing).
    void closeWhenDone();
    // Ends the connection at once, without an answer, if it is idle: no request started or
    // unanswered (a handler waiting for a commit), nothing unread, nothing left to send. False,
    // and nothing changes, when it is busy after all. Makes room at a connection cap.
    bool closeIfIdle();

    // Where the host keeps this connection while it is idle: among all idle connections and
    // among its peer's. Only the host touches them.
    ListLink<HttpConnection> idleLink;
    ListLink<HttpConnection> peerIdleLink;

signals:
    void rejected(int status, const QString &reason);
    // The socket is gone; the connection deletes itself right after.
    void finished();

private:
    // Where the connection is in its life. Each state says what the connection does with input
    // and which timeout applies; data that only one state has lives beside it and is checked
    // against it (checkInvariants()).
    enum class State {
        BetweenRequests, // reading; no request begun (idle, when nothing is owed either)
        Headers,         // reading a request's headers
        Body,            // reading a request's body: m_current holds its answer slot
        LastAnswers,     // reads no more requests (the last one arrived, or was refused); owes answers
        Lingering,       // every answer written; waits for them to leave the socket's buffer
        WriteShut,       // write side shut; discards input until the peer closes or kLingerMs pass
        Ended            // socket aborted or handed over; deleteLater() is pending
    };

    // The request being read in State::Body.
    struct CurrentRequest
    {
        quint64 answerId = 0;
        bool refused = false; // over its rate: answered 429 already, its body is read and dropped
    };

    // The first request's bytes, kept for a hand-over (an upgrade is always the first request).
    enum class FirstRequest {
        Recording, // a GET whose bytes are being copied into m_firstRequest
        Kept,      // complete, and small enough: m_firstRequest holds it
        NotKept    // not a GET, too large, or already handed over
    };

    // One answer slot per request, in request order.
    struct PendingAnswer
    {
        quint64 id = 0;
        ResponseFraming framing;
        QByteArray interim; // 100 Continue, sent as soon as every earlier answer has been
        QByteArray bytes;
        bool ready = false;
    };

    // HttpRequestParser::Listener
    void requestStarted() override;
    void headersReceived(const HttpRequest &request, const RequestFraming &framing) override;
    void requestReceived(HttpRequest &&request) override;
    void requestFailed(int status, const char *reason) override;

    void processInput();
    void recordFirstRequest(const char *data, qsizetype size);
    void consume(const char *data, qsizetype size);
    void dispatchReceived();
    HttpResponder responderFor(quint64 id);
    void answer(quint64 id, const HttpResponse &response);
    bool handOver(quint64 id, const std::function<void(QTcpSocket *)> &taker);
    void refuse(int status, const char *reason);
    void flush();
    void beginClose();
    void shutdownWrite();
    void end();
    void onBytesWritten();
    void scheduleInput();
    void resumeIfPossible();

    quint64 enqueueAnswer(const ResponseFraming &framing);
    PendingAnswer *findAnswer(quint64 id);
    int outstanding() const { return int(m_answers.size()); }
    bool writeBlocked() const;
    bool readingBlocked() const;
    bool hasUnreadInput() const;
    void setState(State state);
    bool isReading() const;
    bool isClosing() const;
    bool isIdle() const;
    void checkInvariants() const;
    void noteIdleness();

    QTcpSocket *const m_socket;
    const QHostAddress m_peer;
    const HttpLimits m_limits;
    HttpConnectionHost *const m_host;
    HttpRequestParser m_parser;

    std::deque<PendingAnswer> m_answers;
    quint64 m_nextId = 0;
    std::vector<std::pair<quint64, HttpRequest>> m_received; // parsed, not yet handed to the handler
    QByteArray m_unparsed;                                   // read while the parser was paused
    QByteArray m_firstRequest;                               // the first request's bytes as read, for a hand-over (upgrade)
    FirstRequest m_firstRequestState = FirstRequest::Recording;

    State m_state = State::BetweenRequests;
    std::optional<CurrentRequest> m_current; // exactly in State::Body
    qint64 m_stateSinceMs = 0;               // when the state began (or, between requests, the last answer went out)
    qint64 m_lastWriteProgressMs = 0;
    bool m_servedAny = false;      // a whole request has arrived: idle timeouts are the longer ones from now on
    bool m_closeRequested = false; // closeWhenDone(): answer what was begun, keep nothing alive
    // Reentrancy, not state: a queued processInput() is pending; processInput() is on the stack.
    bool m_inputScheduled = false;
    bool m_inInput = false;
    bool m_idle = false; // as last told to the host
};

} // namespace bb
