#pragma once

#include "core/event.h"
#include "ingest/sources/sourcesettings.h"
#include "net/httpmessage.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace bb {

class EventStore;

// A [[sources]] entry with its secret's value (read from the keychain or the environment at
// start-up); an empty secret: the source has none and takes loopback senders only.
struct ConfiguredSource
{
    SourceSettings settings;
    QByteArray secret;
};

// POST /sources/<name>: the native sources (README "Native sources"). Checks the request the
// way its service signs it, decodes it with the source's decoder, stores the events and
// answers 200 only after the commit. A delivery the service identifies is stored together
// with its id in one transaction (EventStore::applyExternal, keyed by the source), so a
// retry of it answers 200 and stores nothing, as long as its event is kept. Served through
// IngestSettings::extraRoutes on the listener's thread; counts what each source sent for /stats.
class SourceService : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kPathPrefix = "/sources/";

    SourceService(EventStore *store, const QList<ConfiguredSource> &sources, QObject *parent = nullptr);

    void handle(const HttpRequest &request, const HttpResponder &respond);
    // {"<name>": {"accepted": n, "duplicates": n, "ignored": n, "rejected": {"invalid_signature": n, …}}}
    QJsonObject statsJson() const;

    // The events' Event::source for a source: "sources/<name>", its URL's path.
    static QString eventSource(const QString &name);

private:
    struct Counts
    {
        qint64 accepted = 0; // events stored
        qint64 duplicates = 0;
        qint64 ignored = 0;
        QHash<QString, qint64> rejected; // error word → count
    };
    void refuse(const HttpResponder &respond, const QString &name, int status, const QByteArray &error,
                const QString &detail, const QByteArray &retryAfter = {});
    void refuseUncommitted(const HttpResponder &respond, const QString &name, bool unavailable, const QString &detail);
    void store(const ConfiguredSource &source, const EventList &events, const QString &deliveryId,
               const HttpResponder &respond);

    EventStore *m_store;
    QHash<QString, ConfiguredSource> m_sources;
    QHash<QString, Counts> m_counts;
};

} // namespace bb
