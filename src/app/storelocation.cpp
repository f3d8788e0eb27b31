#include "storelocation.h"

#include "config/config.h"
#include "config/paths.h"
#include "secrets/secrets.h"
#include "store/storebackend.h"

#include <QCoreApplication>

namespace bb {

bool resolveStoreLocation(const AppPaths &paths, const Config &config, QString *location, QString *error)
{
    *location = paths.storeLocation(config.storeUrl);
    if (storeEngineOf(*location) != StoreEngine::Postgres || config.storePasswordSecret.isEmpty())
        return true;
    const SecretLookup secret = readSecret(config.storePasswordSecret);
    if (!secret.ok()) {
        *error = QCoreApplication::translate("bb::ServiceHost", "store password '%1': %2")
                         .arg(config.storePasswordSecret, secret.error);
        return false;
    }
    setStorePassword(*location, secret.value);
    return true;
}

} // namespace bb
