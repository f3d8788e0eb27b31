#pragma once

#include "app/config/config.h"
#include "ingest/sourceservice.h"
#include "slack/slackmirror.h"

#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QThread>
#include <memory>

class QFileSystemWatcher;

namespace bb {

class AlertCenter;
class EventStore;
class HttpServer;
class IngestService;
class ResponseUrlService;
class ServerCommands;

// Everything but the window: the store, the HTTP listener and the API behind it, wired
// together from a Config. The GUI and `--headless` both run one of these. The listener and
// the API run on their own thread, so the window's thread never waits on the network and
// a busy ingest never makes the window stutter; the store commits on its own thread too.
class ServiceHost : public QObject
{
    Q_OBJECT
public:
    explicit ServiceHost(QObject *parent = nullptr);
    ~ServiceHost() override;

    // Opens the store and starts listening. On failure returns false with a sentence for
    // the user in *error and leaves nothing running.
    // `storeLocation`: a SQLite file or a postgresql:// URL (EventStore::open). `dataDir`: where
    // the Slack mirror's status file goes; empty: the SQLite file's folder.
    bool start(const Config &config, const QString &storeLocation, QString *error, const QString &dataDir = {});
    // A console attached to a team server instead (`serverLocation`, registered with
    // registerRemoteStore): the store and the alerts only; no listener and no Slack mirror,
    // which run on the server.
    bool startAttached(const Config &config, const QString &serverLocation, QString *error);
    bool isAttached() const { return m_attached; }
    // Before start(): how to start a child that plays the sounds when this process finds no
    // audio output (SoundProcess; program, arguments). Without it such a process stays silent.
    void setSoundProcessCommand(const QStringList &command) { m_soundProcessCommand = command; }
    // Before start(): the listener speaks HTTPS and WSS with this identity (loadServerTls).
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }

    EventStore *store() const { return m_store.get(); }
    AlertCenter *alerts() const { return m_alerts; } // sounds, notifications, unread counts
    SlackMirror *slack() const { return m_slack; }   // the Slack mirror (idle when nothing is mirrored)
    // New tokens (the connect dialog stored them): the mirror starts again with them.
    void restartSlack(const SlackTokens &tokens);
    // Applies later edits of the config file's [slack] table (the mirrored channels) at once.
    void followConfig(const QString &configFile);
    // ChatOps' response_url, served by this host's listener (thread-safe).
    ResponseUrlService *responseUrls() const { return m_responseUrls.get(); }
    // POST and GET /api/commands, served by this host's listener: give it the ChatOps to run them.
    ServerCommands *commands() const { return m_commands.get(); }
    quint16 port() const { return m_port; }
    QString url() const { return m_url; } // where it listens, or the server it is attached to

private:
    bool openStore(const Config &config, const QString &storeLocation, QString *error);
    bool resolveTokens(const Config &config, QHash<QString, QString> *tokens, QString *error);
    bool resolvePeople(const Config &config, PersonDirectory *people, QString *error);
    bool resolveSourceSecrets(const Config &config, QList<ConfiguredSource> *sources, QString *error);
    bool startListening(const Config &config, const QHash<QString, QString> &tokens, const PersonDirectory &people,
                        const QList<ConfiguredSource> &sources, QString *error);
    void stopListening();
    void startAlerts(const Config &config);
    void startSlack(const Config &config, const QString &dataDir);
    void applySlackConfig(const SlackConfig &slack);
    void startSlackIfLeading();
    void followLeadership();

    std::unique_ptr<EventStore> m_store;
    AlertCenter *m_alerts = nullptr; // a child; watches m_store
    SlackMirror *m_slack = nullptr;  // a child; writes into m_store from its own thread
    QString m_slackStatusDir;
    SlackMirrorSettings m_slackSettings;
    SlackTokens m_slackTokens;
    QStringList m_soundProcessCommand;
    SlackConfig m_slackConfig;
    QFileSystemWatcher *m_configWatcher = nullptr;
    std::unique_ptr<ResponseUrlService> m_responseUrls; // used from both threads; outlives the listener
    std::unique_ptr<ServerCommands> m_commands;         // GUI thread, the listener's requests queued to it
    QThread m_ingestThread;
    QObject *m_ingestContext = nullptr; // lives on m_ingestThread; parent of the server and the API
    quint16 m_port = 0;
    QString m_url;
    QSslConfiguration m_tls; // null: plain HTTP
    bool m_attached = false;
};

} // namespace bb
