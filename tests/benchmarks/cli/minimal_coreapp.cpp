// The baseline for `bellboard --version`: a QCoreApplication that parses its command line and
// prints its version, linked against the Qt modules the subcommands need (Core, Network, Sql,
// WebSockets, DBus) and nothing else. run.sh times both in the same hyperfine run.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QSqlDatabase>
#include <QTcpSocket>
#include <QWebSocket>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("minimal"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    // Never reached with --version; they keep each module a real dependency, as in bellboard.
    QTcpSocket socket;
    QWebSocket webSocket;
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")) && QDBusConnection::sessionBus().isConnected()
                 ? 0
                 : 1;
}
