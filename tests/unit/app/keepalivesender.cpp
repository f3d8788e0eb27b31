#include "keepalivesender.h"

#include <QHostAddress>

KeepAliveSender::KeepAliveSender(quint16 port, const QByteArray &path, NextBody nextBody, Answered answered)
    : m_path(path)
    , m_nextBody(std::move(nextBody))
    , m_answered(std::move(answered))
{
    connect(&m_socket, &QTcpSocket::connected, this, &KeepAliveSender::sendNext);
    connect(&m_socket, &QTcpSocket::readyRead, this, &KeepAliveSender::readAnswer);
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void KeepAliveSender::sendNext()
{
    m_pending = m_nextBody();
    m_socket.write("POST " + m_path + " HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(m_pending.size())
                   + "\r\n\r\n" + m_pending);
}

void KeepAliveSender::readAnswer()
{
    m_buffer += m_socket.readAll();
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = m_buffer.left(headEnd).toLower();
    const qsizetype lengthAt = head.indexOf("content-length:");
    const qsizetype lineEnd = head.indexOf('\r', lengthAt);
    const qsizetype length = lengthAt < 0 ? 0
                                          : head.mid(lengthAt + 15, (lineEnd < 0 ? head.size() : lineEnd) - lengthAt - 15).trimmed().toLongLong();
    if (m_buffer.size() < headEnd + 4 + length)
        return;                                    // the rest of the answer is still on its way
    const int status = m_buffer.mid(9, 3).toInt(); // "HTTP/1.1 200 OK"
    m_buffer.remove(0, headEnd + 4 + length);
    m_answered(m_pending, status);
    sendNext();
}
