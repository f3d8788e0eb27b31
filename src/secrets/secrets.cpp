#include "secrets.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>

#include <qt6keychain/keychain.h>

namespace bb {

namespace {

const QString kService = QStringLiteral("bellboard");

// The translation context of what a person is told about secrets (the CLI, the problems box).
class Secrets
{
    Q_DECLARE_TR_FUNCTIONS(bb::Secrets)
};

// Runs a QtKeychain job to completion; returns its error text, empty on success.
QString runJob(QKeychain::Job &job, const QString &name)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return {};
    if (job.error() == QKeychain::EntryNotFound)
        return Secrets::tr("secret '%1' is not set (bellboard secret set %1)").arg(name);
    return Secrets::tr("the system keychain is not available (%1); on a headless server set %2 instead")
            .arg(job.errorString(), secretEnvironmentVariable(name));
}

} // namespace

QString secretEnvironmentVariable(const QString &name)
{
    QString variable = name.toUpper();
    variable.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("BELLBOARD_SECRET_") + variable;
}

bool isValidSecretName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

SecretLookup readSecret(const QString &name)
{
    SecretLookup result;
    const QByteArray fromEnvironment = qgetenv(secretEnvironmentVariable(name).toLocal8Bit().constData());
    if (!fromEnvironment.isEmpty()) {
        result.value = QString::fromUtf8(fromEnvironment);
        result.fromEnvironment = true;
        return result;
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(name);
    result.error = runJob(job, name);
    result.missing = job.error() == QKeychain::EntryNotFound;
    if (result.error.isEmpty())
        result.value = job.textData();
    return result;
}

bool writeSecret(const QString &name, const QString &value, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(name);
    job.setTextData(value);
    *error = runJob(job, name);
    return error->isEmpty();
}

bool deleteSecret(const QString &name, QString *error, bool *missing)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(name);
    *error = runJob(job, name);
    if (missing)
        *missing = job.error() == QKeychain::EntryNotFound;
    return error->isEmpty();
}

} // namespace bb
