#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

#include <functional>

// A sender on one keep-alive connection that posts one request, waits for its answer, then posts
// the next: the load of the crash-safety and abuse tests. It stops when the connection ends.
class KeepAliveSender : public QObject
{
public:
    using NextBody = std::function<QByteArray()>;
    using Answered = std::function<void(const QByteArray &body, int status)>;

    KeepAliveSender(quint16 port, const QByteArray &path, NextBody nextBody, Answered answered);

private:
    void sendNext();
    void readAnswer();

    QTcpSocket m_socket;
    QByteArray m_path;
    NextBody m_nextBody;
    Answered m_answered;
    QByteArray m_pending;
    QByteArray m_buffer;
};
