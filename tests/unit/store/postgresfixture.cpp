#include "postgresfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QUrl>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace bb::test {

namespace {

constexpr auto superuser = "postgres";

} // namespace

PostgresFixture::PostgresFixture() = default;

PostgresFixture::~PostgresFixture()
{
    if (m_initialized && isRunning())
        stop();
}

QString PostgresFixture::binDirectory()
{
    const QByteArray fromEnvironment = qgetenv("BB_POSTGRES_BIN");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : QString::fromLocal8Bit(fromEnvironment);
}

int PostgresFixture::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString PostgresFixture::dataDirectory() const
{
    return m_dir->filePath(QStringLiteral("data"));
}

bool PostgresFixture::setUp()
{
    if (!QFileInfo::exists(binDirectory() + QStringLiteral("/initdb"))) {
        m_error = QStringLiteral("PostgreSQL is not installed in %1 (scripts/install-deps.sh installs it)").arg(binDirectory());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bb-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    // initdb and postgres refuse to run as root: hand the folder to the postgres user.
    m_asPostgresUser = geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *user = getpwnam(superuser);
        if (!user) {
            m_error = QStringLiteral("running as root but there is no \"postgres\" user to run the server as");
            return false;
        }
        if (chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir->path());
            return false;
        }
    }
    QString output;
    if (!run(binDirectory() + QStringLiteral("/initdb"),
             { QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), QString::fromLatin1(superuser),
               QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
               QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync") },
             &output)) {
        m_error = QStringLiteral("initdb failed: %1").arg(output);
        return false;
    }
    m_initialized = true;
    m_port = freePort();
    if (!start())
        return false;
    return createDatabase(QStringLiteral("bellboard"));
}

bool PostgresFixture::start()
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses='' -c fsync=off -c max_connections=60")
                                    .arg(m_port)
                                    .arg(m_dir->path());
    QString output;
    if (!run(binDirectory() + QStringLiteral("/pg_ctl"),
             { QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
               QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
               QStringLiteral("start") },
             &output)) {
        QFile log(m_dir->filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("pg_ctl start failed: %1\n%2").arg(output, QString::fromLocal8Bit(log.readAll().right(2000)));
        return false;
    }
    return true;
}

bool PostgresFixture::stop()
{
    return run(binDirectory() + QStringLiteral("/pg_ctl"),
               { QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("fast"),
                 QStringLiteral("-w"), QStringLiteral("stop") });
}

bool PostgresFixture::isRunning() const
{
    return m_dir && QFileInfo::exists(dataDirectory() + QStringLiteral("/postmaster.pid"));
}

// The postmaster and its children (backends, checkpointer…), so that the next start does not
// find a shared memory block still attached to orphans. The pid file stays behind, as after a crash.
bool PostgresFixture::kill()
{
    QFile pidFile(dataDirectory() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toInt());
    if (postmaster <= 0)
        return false;
    QList<pid_t> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const pid_t pid = pid_t(entry.toInt(&isPid));
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid …": the command may hold spaces, so read after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toInt() == postmaster)
            children << pid;
    }
    ::kill(postmaster, SIGKILL);
    for (const pid_t child : std::as_const(children))
        ::kill(child, SIGKILL);
    // Wait until they are gone: a new postmaster refuses while the old one's memory is attached.
    for (int i = 0; i < 500; ++i) {
        bool alive = ::kill(postmaster, 0) == 0;
        for (const pid_t child : std::as_const(children))
            alive = alive || ::kill(child, 0) == 0;
        if (!alive)
            return true;
        usleep(10000);
    }
    return false;
}

QString PostgresFixture::url(const QString &database) const
{
    // Concatenated, not arg(): the encoded path is full of '%'.
    return QStringLiteral("postgresql://%1@/%2?port=%3&host=").arg(QString::fromLatin1(superuser), database).arg(m_port)
         + QString::fromLatin1(QUrl::toPercentEncoding(m_dir->path()));
}

bool PostgresFixture::createDatabase(const QString &name)
{
    QString output;
    const bool ok = run(binDirectory() + QStringLiteral("/psql"),
                        { QStringLiteral("-h"), m_dir->path(), QStringLiteral("-p"), QString::number(m_port),
                          QStringLiteral("-U"), QString::fromLatin1(superuser), QStringLiteral("-d"),
                          QStringLiteral("postgres"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                          QStringLiteral("-c"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name) },
                        &output);
    if (!ok)
        m_error = QStringLiteral("creating database %1 failed: %2").arg(name, output);
    return ok;
}

QString PostgresFixture::psql(const QString &sql, const QString &database)
{
    QString output;
    run(binDirectory() + QStringLiteral("/psql"),
        { QStringLiteral("-h"), m_dir->path(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
          QString::fromLatin1(superuser), QStringLiteral("-d"), database, QStringLiteral("-At"), QStringLiteral("-c"),
          sql },
        &output);
    return output.trimmed();
}

// Server programs run as the postgres user when we are root; psql (a client) needs no change,
// but running it the same way keeps one code path.
bool PostgresFixture::run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs)
{
    QProcess process;
    // pg_ctl's output is only its progress dots; not reading it keeps a full pipe from blocking it.
    const bool captureOutput = output && !program.endsWith(QStringLiteral("/pg_ctl"));
    if (!captureOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    if (m_asPostgresUser) {
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral("runuser"),
                      QStringList{ QStringLiteral("-u"), QString::fromLatin1(superuser), QStringLiteral("--"), program }
                              + arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (output)
            *output = QStringLiteral("%1 timed out").arg(program);
        return false;
    }
    if (output) {
        *output = captureOutput ? QString::fromLocal8Bit(process.readAllStandardOutput()) : QString();
        if (process.exitCode() != 0)
            *output += QString::fromLocal8Bit(process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace bb::test
