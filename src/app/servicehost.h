#pragma once

#include "config.h"

#include <QObject>
#include <QString>
#include <memory>

namespace bb {

class EventStore;
class HttpServer;
class IngestService;

// Everything but the window: the store, the HTTP listener and the API behind it, wired
// together from a Config. The GUI and `--headless` both run one of these.
class ServiceHost : public QObject
{
    Q_OBJECT
public:
    explicit ServiceHost(QObject *parent = nullptr);
    ~ServiceHost() override;

    // Opens the store under `dataDir` and starts listening. On failure returns false with a
    // sentence for the user in *error and leaves nothing running.
    bool start(const Config &config, const QString &databaseFile, QString *error);

    EventStore *store() const { return m_store.get(); }
    quint16 port() const;
    QString url() const;

private:
    bool resolveTokens(const Config &config, QHash<QString, QString> *tokens, QString *error);

    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<IngestService> m_ingest;
};

} // namespace bb
