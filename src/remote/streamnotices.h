#pragma once

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QString>

namespace bb {

// What the server's stream says to this console alone (issue 15): the id the server gave the
// connection (its hello's "stream"), which a command sent to POST /api/commands names so
// that the command's ephemeral answers come back on it, and those answers ("notice"
// messages). The store's engine fills it from its stream thread (registerRemoteStore); the
// console's commands read it on the GUI thread.
//
// Made on the GUI thread, and it must outlive every store that was given it: the stream's
// thread calls it until that store is closed.
class StreamNotices : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Any thread. Empty until the stream is connected; a reconnection brings a new id (what
    // the server sends to the old one meanwhile is lost: it was for a connection gone).
    QString streamId() const;

    // The stream's thread.
    void setStreamId(const QString &id);
    void receive(const QJsonObject &message); // announced as noticeReceived, queued to receivers

signals:
    void noticeReceived(const QJsonObject &message);

private:
    mutable QMutex m_mutex;
    QString m_streamId;
};

} // namespace bb
