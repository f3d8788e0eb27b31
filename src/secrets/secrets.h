#pragma once

#include <QString>

namespace bb {

struct SecretLookup
{
    QString value;
    QString error; // empty when found
    bool fromEnvironment = false;
    bool missing = false; // the keychain works but has no such secret
    bool ok() const { return error.isEmpty(); }
};

// Named secrets (ingest tokens, signing secrets). They live in the system keychain through
// QtKeychain, under the service "bellboard". For headless servers without a keychain the
// environment variable BELLBOARD_SECRET_<NAME> (upper case, '-' and '.' as '_') is the
// explicit, documented alternative; it wins over the keychain. There is no file fallback.
// These calls wait for the keychain: use them at start-up and in the CLI only.
SecretLookup readSecret(const QString &name);
bool writeSecret(const QString &name, const QString &value, QString *error);
// *missing (when given) tells "there was no such secret" from a keychain failure.
bool deleteSecret(const QString &name, QString *error, bool *missing = nullptr);

QString secretEnvironmentVariable(const QString &name);
// Secret names are what the config file refers to: letters, digits, '-', '_', '.'.
bool isValidSecretName(const QString &name);

} // namespace bb
