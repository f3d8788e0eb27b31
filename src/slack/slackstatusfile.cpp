#include "slackstatusfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cerrno>
#include <csignal>

namespace bb {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    // Signal 0 checks for the process without touching it; EPERM means it exists.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

SlackStatusFile::SlackStatusFile(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("slack-status.json")))
{
}

bool SlackStatusFile::write(const SlackStatus &status, QString *error) const
{
    QJsonObject object = status.toJson();
    object.insert(QStringLiteral("pid"), double(QCoreApplication::applicationPid()));
    object.insert(QStringLiteral("updated_at_ms"), double(QDateTime::currentMSecsSinceEpoch()));
    const QByteArray json = QJsonDocument(object).toJson();
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

void SlackStatusFile::remove() const
{
    QFile::remove(m_path);
}

SlackStatusFile::Reading SlackStatusFile::read() const
{
    Reading reading;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return reading;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    reading.status = SlackStatus::fromJson(object);
    reading.updatedAtMs = object.value(QStringLiteral("updated_at_ms")).toInteger();
    reading.running = processAlive(object.value(QStringLiteral("pid")).toInteger());
    return reading;
}

} // namespace bb
