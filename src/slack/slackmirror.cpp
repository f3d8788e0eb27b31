#include "slackmirror.h"

#include "slackmessage.h"
#include "slackmirrorworker.h"

#include <QPointer>
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
    m_thread->start();
}

SlackMirror::~SlackMirror()
{
    // The worker's sockets and timers belong to its thread: stop them there, then end it.
    QMetaObject::invokeMethod(m_worker, &SlackMirrorWorker::finish, Qt::BlockingQueuedConnection);
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

void SlackMirror::post(const QString &channel, const QString &text, const QString &threadTs, QObject *context,
                       PostCallback done)
{
    Q_ASSERT(context && context->thread() == thread() && done);
    // The worker answers on its thread; the answer comes back here, where `context` lives and
    // may be checked. `this` outlives the worker's thread (the destructor waits for it).
    auto answer = [this, context = QPointer<QObject>(context), done = std::move(done)](bool ok, const QString &detail) {
        QMetaObject::invokeMethod(
                this, [context, done, ok, detail] {
                    if (context)
                        done(ok, detail);
                },
                Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, channel, text, threadTs, answer] { worker->post(channel, text, threadTs, answer); },
            Qt::QueuedConnection);
}

bool SlackMirror::mirrors(const QString &channel) const
{
    return m_mirroredChannels.contains(channel);
}

} // namespace bb
