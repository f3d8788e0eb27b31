#include "remotestore.h"

#include "remotereadbackend.h"
#include "remotestorebackend.h"

#include <QHash>

#include <mutex>

namespace bb {

namespace {

struct Registration
{
    RemoteServer server;
    RemoteStreamTimings timings;
    StreamNotices *notices = nullptr;
};

std::mutex registrationsMutex;

QHash<QString, Registration> &registrations()
{
    static QHash<QString, Registration> byLocation;
    return byLocation;
}

Registration registrationFor(const QString &location)
{
    std::lock_guard lock(registrationsMutex);
    const auto found = registrations().constFind(location);
    if (found != registrations().constEnd())
        return *found;
    Registration unknown;
    unknown.server.url = parseServerUrl(location);
    return unknown;
}

} // namespace

void registerRemoteStore(const QString &location, const RemoteServer &server, const RemoteStreamTimings &timings,
                         StreamNotices *notices)
{
    {
        std::lock_guard lock(registrationsMutex);
        RemoteServer plain = server;
        plain.url.setUserInfo(QString()); // a person named in the location is not a password to send
        registrations().insert(location, Registration{ plain, timings, notices });
    }
    StoreEngineFactory factory;
    factory.writer = [](const QString &location) -> std::unique_ptr<StoreBackend> {
        const Registration registration = registrationFor(location);
        return std::make_unique<RemoteStoreBackend>(registration.server, registration.timings, registration.notices);
    };
    factory.reader = [](const QString &location) -> std::unique_ptr<ReadBackend> {
        return std::make_unique<RemoteReadBackend>(registrationFor(location).server);
    };
    registerStoreEngine(StoreEngine::Remote, std::move(factory));
}

} // namespace bb
