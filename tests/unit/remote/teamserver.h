#pragma once

// A team server for tests: the real `bellboard --headless` speaking HTTPS and WSS with a
// certificate openssl made, and three people: alice and bob (operators) and vera (a viewer),
// each token "<name>-token" given as BELLBOARD_SECRET_<NAME>, as on a headless server.
#include "remote/remoteserver.h"
#include "remote/remotestream.h"
#include "testcertificate.h"
#include "tlsserver.h"

#include <QTemporaryDir>

#include <memory>

// A console's retries, short enough for a test to see several.
inline bb::RemoteStreamTimings quickRetries()
{
    bb::RemoteStreamTimings timings;
    timings.backoffBaseMs = 100;
    timings.backoffMaxMs = 800;
    timings.requestTimeoutMs = 10000;
    return timings;
}

class TeamServer
{
public:
    // `serverKeys`: more [server] keys; `tables`: more tables after the people.
    explicit TeamServer(const QByteArray &serverKeys = {}, const QByteArray &tables = {})
        : m_certificate(TestCertificate::make(m_dir.path(), QStringLiteral("team")))
    {
        error = m_certificate.error;
        QByteArray config = "tls_certificate = \"" + m_certificate.certificateFile.toUtf8() + "\"\ntls_key = \""
                          + m_certificate.keyFile.toUtf8() + "\"\n" + serverKeys;
        for (const char *person : { "alice", "bob", "vera" }) {
            const QByteArray name(person);
            config += "\n[[users]]\nname = \"" + name + "\"\ntoken = \"" + name + "\"\nrole = \""
                    + (name == "vera" ? "viewer" : "operator") + "\"\n";
        }
        config += tables;
        m_instance = std::make_unique<BellboardInstance>(config);
    }

    static QString tokenOf(const QString &person) { return person + QStringLiteral("-token"); }

    // Starts the server and waits until https://…/healthz answers (any certificate).
    bool start() { return startOverTls(*m_instance, environment()); }

    BellboardInstance &instance() { return *m_instance; }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_instance->port()); }
    // A store location naming the person: each console registers its own (remotestore.h).
    QString location(const QString &person) const
    {
        return QStringLiteral("https://%1@127.0.0.1:%2").arg(person).arg(m_instance->port());
    }
    bb::RemoteServer as(const QString &person) const
    {
        bb::RemoteServer server;
        server.url = QUrl(url());
        server.token = tokenOf(person);
        server.certificateSha256 = m_certificate.opensslSha256;
        return server;
    }

    // A request as `person` (empty: without a token), any certificate: status and body.
    QPair<int, QByteArray> request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                                   const QString &person = {}) const
    {
        return httpsRequest(method, QUrl(url() + path), body, person.isEmpty() ? QString() : tokenOf(person));
    }
    QPair<int, QByteArray> get(const QString &path, const QString &person = {}) const
    {
        return request("GET", path, {}, person);
    }
    // Posts `text` to `channel` as an application does (no person's token; loopback).
    bool post(const QString &channel, const QByteArray &text, const QByteArray &level = "info") const
    {
        const QByteArray body = "{\"text\":\"" + text + "\",\"level\":\"" + level + "\"}";
        return request("POST", QStringLiteral("/hooks/") + channel, body).first == 200;
    }

    // From the next start(), `person`'s token is another: the one they hold is revoked.
    void revoke(const QString &person) { m_revoked << person; }
    // A secret only the server holds (BELLBOARD_SECRET_<NAME> in its environment), from the next start().
    void setSecret(const QString &name, const QString &value) { m_secrets.insert(name, value); }

    QString error; // why the certificate could not be made

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *person : { "alice", "bob", "vera" }) {
            const QString name = QString::fromLatin1(person);
            environment.insert(QStringLiteral("BELLBOARD_SECRET_") + name.toUpper(),
                               m_revoked.contains(name) ? QStringLiteral("a-new-token") : tokenOf(name));
        }
        for (auto it = m_secrets.constBegin(); it != m_secrets.constEnd(); ++it)
            environment.insert(QStringLiteral("BELLBOARD_SECRET_") + it.key().toUpper(), it.value());
        return environment;
    }

    QStringList m_revoked;
    QHash<QString, QString> m_secrets;

    QTemporaryDir m_dir;
    TestCertificate m_certificate;
    std::unique_ptr<BellboardInstance> m_instance;
};
