#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace bb::test {

// A private PostgreSQL server for one test: initdb into a temporary folder, pg_ctl start on a
// free port with its unix socket in that folder (never the system's /var/run/postgresql), and
// a stop when the fixture goes. Run as root (CI), the server runs as the unprivileged
// "postgres" user through runuser, because initdb and postgres refuse root.
class PostgresFixture
{
public:
    PostgresFixture();
    ~PostgresFixture(); // stops the server (fast shutdown) and removes the folder

    // initdb and start; false with a reason in error() when PostgreSQL is not installed or fails.
    bool setUp();
    QString error() const { return m_error; }

    // A libpq connection URI for `database` (created by createDatabase, or "postgres").
    QString url(const QString &database = QStringLiteral("bellboard")) const;
    // A fresh empty database named `name` (each test its own, so they never see each other's rows).
    bool createDatabase(const QString &name);
    // Runs one SQL command through psql on `database`: its unaligned output, or psql's error.
    QString psql(const QString &sql, const QString &database = QStringLiteral("bellboard"));

    bool start(); // pg_ctl start -w; also after stop() or kill()
    bool stop();  // pg_ctl stop -m fast -w: a clean restart test
    bool kill();  // SIGKILL the postmaster: a crashed database
    bool isRunning() const;

    int port() const { return m_port; }
    QString socketDirectory() const { return m_dir->path(); }

    // Where Debian installs the server binaries.
    static QString binDirectory();

private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr, int timeoutMs = 60000);
    QString dataDirectory() const;
    static int freePort();

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_initialized = false;
    QString m_error;
};

} // namespace bb::test
