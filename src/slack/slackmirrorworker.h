#pragma once

#include "slackchannels.h"
#include "slackmessage.h"
#include "slackmirror.h"
#include "slackstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <functional>

namespace bb {

class EventStore;
class SlackSocket;
class SlackWebApi;

// The mirror's work, on the mirror's thread (see SlackMirror): resolves the configured
// channels, keeps Socket Mode connected, backfills each channel from its stored read position
// after every (re)connection, turns events into store changes in arrival order, and posts.
class SlackMirrorWorker : public QObject
{
    Q_OBJECT
public:
    explicit SlackMirrorWorker(EventStore *store);
    ~SlackMirrorWorker() override;

public slots:
    void start(const bb::SlackMirrorSettings &settings, const bb::SlackTokens &tokens);
    void stop();
    // stop(), for good: called last on the worker's thread, before that thread ends.
    void finish();
    // `done` runs on this thread; SlackMirror sends the answer on to its caller.
    void post(const QString &channel, const QString &text, const QString &threadTs,
              const SlackMirror::PostCallback &done);

signals:
    void statusChanged(const bb::SlackStatus &status);

private:
    // Store changes wait here, in order, until their authors' names are known.
    struct Write
    {
        QList<QPair<QString, QJsonObject>> messages; // channel id, message
        QList<QPair<QString, QString>> removals;     // channel id, ts
        QList<QPair<QString, QString>> cursors;      // channel id, ts
        QString liveTs;                              // a new top-level message's ts (a cursor candidate)
        std::function<void(bool ok, const QString &error)> done;
    };
    struct Channel
    {
        SlackChannelInfo info;
        QString local;            // "slack.general"
        bool backfilling = false; // reading history: live changes wait in `parked`
        QList<Write> parked;      // stored after the backfill, so that ids follow time
    };

    void begin();
    void channelsListed(const QList<SlackChannelInfo> &channels);
    void connected(bool afterGap);
    void backfill(const QString &channelId);
    void fetchHistory(const QString &channelId, const QString &oldest, const QString &cursor,
                      QList<QJsonObject> messages);
    void fetchReplies(const QString &channelId, const QString &oldest, QList<QJsonObject> messages,
                      QStringList parents, const QString &cursor);
    void backfillFailed(const QString &channelId, const SlackResponse &response);
    void backfillDone(const QString &channelId, const QList<QJsonObject> &messages);
    void unpark(const QString &channelId, bool moveCursor);
    void eventReceived(const QString &type, const QJsonObject &payload);
    void queueWrite(Write write);
    void pumpWrites();
    void lookUpUser(const QString &userId);
    Channel *channelFor(const QString &name);
    void setPhase(SlackStatus::Phase phase, qint64 retryAtMs = 0, const QString &detail = {});
    void setProblem(const QString &channelId, const QString &problem);
    void tokenFailed(const QString &error);

    EventStore *m_store;
    SlackMirrorSettings m_settings;
    // One start()'s connection: parent of the clients and the socket, and the context of every
    // callback and timer they set going (Web API answers, store answers, retries). stop()
    // deletes it, so nothing started for an old connection runs after it.
    QObject *m_session = nullptr;
    SlackWebApi *m_bot = nullptr; // children of m_session
    SlackWebApi *m_app = nullptr;
    SlackSocket *m_socket = nullptr;
    QHash<QString, Channel> m_channels; // by Slack id
    QHash<QString, QString> m_problems; // by Slack id or configured name
    QHash<QString, SlackUser> m_users;
    QSet<QString> m_usersAsked;
    QList<Write> m_writes;
    bool m_writing = false;
    SlackStatus m_status;
    SlackStatus::Phase m_connectionPhase = SlackStatus::Phase::Connecting; // under a rate limit
    QSet<QString> m_rateLimited;
    int m_startAttempt = 0;
};

} // namespace bb
