#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpSocket>

#include <optional>

namespace bb::test {

struct RawResponse
{
    int status = 0;
    QByteArray reason;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

// A loopback client that writes exactly the bytes a test gives it and parses the answers itself,
// so that tests see what is on the wire (framing, order, interim 100s, closes).
class RawHttpClient
{
public:
    // autoRead false: the client reads nothing until startReading(), like a client that stalls.
    explicit RawHttpClient(quint16 port, bool autoRead = true);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes);
    // The next complete response; nullopt if none arrived in time. headRequest: expect no body.
    std::optional<RawResponse> next(bool headRequest = false, int timeoutMs = 5000);
    // True once the server closed the connection.
    bool waitClosed(int timeoutMs = 5000);
    void startReading();
    void abort() { m_socket.abort(); }
    QByteArray unparsed() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }

private:
    void readAvailable();
    bool tryParse(RawResponse *response, bool headRequest);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_autoRead;
};

} // namespace bb::test
