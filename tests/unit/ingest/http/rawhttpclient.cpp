#include "rawhttpclient.h"

#include <QHostAddress>
#include <QTest>

namespace bb::test {

RawHttpClient::RawHttpClient(quint16 port, bool autoRead)
    : m_autoRead(autoRead)
{
    if (!autoRead) {
        // Small buffers in Qt and in the kernel, so that a stalled client stalls the server soon.
        m_socket.setReadBufferSize(4096);
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    }
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { readAvailable(); });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor([this] { return m_socket.state() != QAbstractSocket::ConnectingState
                                       && m_socket.state() != QAbstractSocket::HostLookupState; }, 5000);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void RawHttpClient::readAvailable()
{
    if (m_autoRead)
        m_buffer += m_socket.readAll();
}

void RawHttpClient::startReading()
{
    m_autoRead = true;
    m_socket.setReadBufferSize(0);
    readAvailable();
}

bool RawHttpClient::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] {
        readAvailable();
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    },
                           timeoutMs);
}

std::optional<RawResponse> RawHttpClient::next(bool headRequest, int timeoutMs)
{
    RawResponse response;
    const bool arrived = QTest::qWaitFor([&] {
        readAvailable();
        return tryParse(&response, headRequest);
    },
                                         timeoutMs);
    if (!arrived)
        return std::nullopt;
    return response;
}

bool RawHttpClient::tryParse(RawResponse *response, bool headRequest)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    RawResponse parsed;
    parsed.status = statusLine.value(1).toInt();
    parsed.reason = QString::fromLatin1(lines.first().trimmed()).section(' ', 2).toLatin1();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        parsed.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const bool bodiless = headRequest || parsed.status < 200 || parsed.status == 204 || parsed.status == 304;
    const qsizetype length = bodiless ? 0 : parsed.header("content-length").toLongLong();
    const qsizetype total = headerEnd + 4 + length;
    if (m_buffer.size() < total)
        return false;
    parsed.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, total);
    *response = parsed;
    return true;
}

} // namespace bb::test
