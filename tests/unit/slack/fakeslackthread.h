#pragma once

#include "fakeslack.h"

#include <QThread>

namespace bb::test {

// A FakeSlack on a thread of its own, for tests that block their own thread while the real
// binary talks to Slack (BellboardInstance::run waits for the process). with() runs a
// function on the fake's thread and waits for it.
class FakeSlackThread
{
public:
    FakeSlackThread()
    {
        m_thread.start();
        with([](FakeSlack &) {});
    }
    ~FakeSlackThread()
    {
        QMetaObject::invokeMethod(
                m_context, [this] { m_fake.reset(); }, Qt::BlockingQueuedConnection);
        delete m_context;
        m_thread.quit();
        m_thread.wait();
    }

    template<typename F>
    void with(F function)
    {
        if (!m_context) {
            m_context = new QObject;
            m_context->moveToThread(&m_thread);
        }
        QMetaObject::invokeMethod(
                m_context, [this, &function] {
                    if (!m_fake)
                        m_fake = std::make_unique<FakeSlack>();
                    function(*m_fake);
                },
                Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    std::unique_ptr<FakeSlack> m_fake;
};

} // namespace bb::test
