#pragma once

#include "slackstatus.h"
#include "slacktimings.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

class QThread;

namespace bb {

class EventStore;
class SlackMirrorWorker;

struct SlackMirrorSettings
{
    QUrl apiUrl = QUrl(QStringLiteral("https://slack.com/api/"));
    QStringList channels; // as configured: "general", "#general" or an id
    SlackTimings timings;
};

// The bot token (xoxb-…, reads and posts) and the app-level token (xapp-…, Socket Mode).
struct SlackTokens
{
    QString bot;
    QString app;
};

// Mirrors Slack channels into the event store, live, on a thread of its own: a slow or dead
// Slack never holds up the window or the HTTP ingest. Mirrored channels are stored as
// "slack.<name>" events (see mirroredChannelName) and show, search and alert like local ones.
// Everything here is called on the owner's thread; signals arrive there too.
class SlackMirror : public QObject
{
    Q_OBJECT
public:
    explicit SlackMirror(EventStore *store, QObject *parent = nullptr);
    ~SlackMirror() override; // stops the mirror and its thread

    void start(const SlackMirrorSettings &settings, const SlackTokens &tokens);
    void stop();

    // ok: `detail` is the message's ts; otherwise what went wrong, in a sentence.
    using PostCallback = std::function<void(bool ok, const QString &detail)>;
    // Posts `text` to a mirrored channel ("slack.general", "general" or its id) through
    // chat.postMessage, in the thread `threadTs` when given. The message is stored as soon as
    // Slack accepts it, and Slack's echo of it is not stored again. `done` runs on this
    // object's thread, which is `context`'s, unless `context` is destroyed first.
    void post(const QString &channel, const QString &text, const QString &threadTs, QObject *context,
              PostCallback done);

    SlackStatus status() const { return m_status; }
    // Whether `channel` (a Bellboard channel name) is one this mirror fills.
    bool mirrors(const QString &channel) const;

signals:
    void statusChanged(const bb::SlackStatus &status);

private:
    QThread *m_thread;
    SlackMirrorWorker *m_worker;
    SlackStatus m_status;
    QStringList m_mirroredChannels; // Bellboard names
};

} // namespace bb
