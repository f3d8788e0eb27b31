#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace bb {

namespace {

constexpr int kConnectMs = 1000;
constexpr int kAnswerMs = 5000; // the first instance may be busy starting up its window
constexpr qint64 kMaxRequest = 64 * 1024;

QString userKey()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

// Wire format, one line each way: "show" or "wall CH,CH…"; then "ok" or "error <reason>".
QByteArray requestLine(const QStringList &wallChannels)
{
    return (wallChannels.isEmpty() ? QByteArray("show") : "wall " + wallChannels.join(QLatin1Char(',')).toUtf8()) + '\n';
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
{
    const QByteArray key = (userKey() + QLatin1Char('\n') + QDir::cleanPath(QDir(dataDir).absolutePath())).toUtf8();
    const QString id = QStringLiteral("bellboard-")
                     + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // A full path: the runtime folder is the user's own (0700), unlike /tmp where Qt puts names.
    m_name = QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)).filePath(id);
#else
    m_name = id;
#endif
}

bool SingleInstance::forwardToRunning(const QStringList &wallChannels, QString *answer)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kConnectMs))
        return false; // nobody there, or a stale socket of a crashed instance
    socket.write(requestLine(wallChannels));
    socket.waitForBytesWritten(kConnectMs);
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(kAnswerMs))
        reply += socket.readAll();
    reply = reply.trimmed();
    if (reply == "ok")
        answer->clear();
    else if (reply.startsWith("error "))
        *answer = QString::fromUtf8(reply.mid(6));
    else
        *answer = tr("another Bellboard is running for this data folder but does not answer");
    return true;
}

bool SingleInstance::listen(Handler handler, QString *error)
{
    m_handler = std::move(handler);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // forwardToRunning() found nobody answering, so what is there is left over from a crash.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            *error = tr("cannot listen on %1 (%2): a second `bellboard` will open a second window")
                             .arg(m_name, m_server->errorString());
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
        }
    });
    return true;
}

void SingleInstance::answer(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequest)
            socket->abort();
        return;
    }
    const QString line = QString::fromUtf8(socket->readLine()).trimmed();
    QStringList wall;
    if (line.startsWith(QLatin1String("wall ")))
        wall = line.mid(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (line != QLatin1String("show")) {
        socket->write("error unknown request\n");
        socket->disconnectFromServer();
        return;
    }
    const QString problem = m_handler(wall);
    socket->write(problem.isEmpty() ? QByteArray("ok\n") : "error " + problem.toUtf8().replace('\n', ' ') + '\n');
    socket->disconnectFromServer();
}

} // namespace bb
