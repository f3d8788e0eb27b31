#include "streamnotices.h"

#include <QMutexLocker>

namespace bb {

QString StreamNotices::streamId() const
{
    QMutexLocker lock(&m_mutex);
    return m_streamId;
}

void StreamNotices::setStreamId(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_streamId = id;
}

void StreamNotices::receive(const QJsonObject &message)
{
    emit noticeReceived(message);
}

} // namespace bb
