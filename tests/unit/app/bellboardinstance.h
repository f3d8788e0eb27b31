#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real `bellboard --headless` process for tests: its own data folder, config file and a
// free loopback port. run() runs other subcommands against the same folder and config.
class BellboardInstance
{
public:
    explicit BellboardInstance(const QByteArray &extraConfig = {});
    ~BellboardInstance();

    bool start(const QStringList &extraArguments = {}); // waits until it answers /healthz
    // false: start() opens the window (needs a display) instead of running --headless.
    void setHeadless(bool headless) { m_headless = headless; }
    void kill(); // SIGKILL, as a crash would
    void stop(); // SIGTERM and wait

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments, const QByteArray &input = {}) const;

    quint16 port() const { return m_port; }
    QString url(const QString &path) const;
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString configFile() const { return m_dir.path() + QStringLiteral("/bellboard.toml"); }
    QString databaseFile() const { return dataDir() + QStringLiteral("/events.sqlite3"); }
    QByteArray serverErrors() const { return m_process.readAllStandardError(); }
    QProcess &process() { return m_process; }
    // For the server and for run(): e.g. BELLBOARD_SECRET_CI, or a session bus address.
    void setEnvironmentVariable(const QString &name, const QString &value) { m_environment.insert(name, value); }

    static quint16 freePort();

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    mutable QProcess m_process;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    bool m_headless = true;
};

// A blocking HTTP exchange over a fresh QNetworkAccessManager request.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
};
HttpAnswer httpRequest(const QByteArray &method, const QString &url, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});

// Sends `bytes` exactly as given on a fresh connection and returns everything the server
// answers until it closes (send "Connection: close" in the request).
QByteArray rawExchange(quint16 port, const QByteArray &bytes);
