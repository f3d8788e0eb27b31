#include "slackmirror.h"

#include "slackmessage.h"
#include "slackmirrorworker.h"

#include <QThread>

namespace bb {

SlackMirror::SlackMirror(EventStore *store, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new SlackMirrorWorker(store))
{
    qRegisterMetaType<bb::SlackStatus>("bb::SlackStatus");
    qRegisterMetaType<bb::SlackMirrorSettings>("bb::SlackMirrorSettings");
    qRegisterMetaType<bb::SlackTokens>("bb::SlackTokens");
    m_thread->setObjectName(QStringLiteral("slack-mirror"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SlackMirrorWorker::statusChanged, this, [this](const SlackStatus &status) {
        m_status = status;
        // The channels as Slack named them (an id in the config resolves to its name).
        if (!status.channels.isEmpty()) {
            m_mirroredChannels.clear();
            for (const QString &channel : status.channels)
                m_mirroredChannels << mirroredChannelName(channel);
        }
        emit statusChanged(status);
    });
    connect(m_worker, &SlackMirrorWorker::postFinished, this, &SlackMirror::postFinished);
    m_thread->start();
}

SlackMirror::~SlackMirror()
{
    // The worker's sockets and timers belong to its thread: stop them there, then end it.
    QMetaObject::invokeMethod(m_worker, &SlackMirrorWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SlackMirror::start(const SlackMirrorSettings &settings, const SlackTokens &tokens)
{
    m_mirroredChannels.clear();
    for (const QString &channel : settings.channels)
        m_mirroredChannels << mirroredChannelName(channel);
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, settings, tokens] { worker->start(settings, tokens); },
            Qt::QueuedConnection);
}

void SlackMirror::stop()
{
    QMetaObject::invokeMethod(m_worker, &SlackMirrorWorker::stop, Qt::QueuedConnection);
}

quint64 SlackMirror::post(const QString &channel, const QString &text, const QString &threadTs)
{
    const quint64 id = ++m_lastRequest;
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, id, channel, text, threadTs] { worker->post(id, channel, text, threadTs); },
            Qt::QueuedConnection);
    return id;
}

bool SlackMirror::mirrors(const QString &channel) const
{
    return m_mirroredChannels.contains(channel);
}

} // namespace bb
