#include "bellboardinstance.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

BellboardInstance::BellboardInstance(const QByteArray &extraConfig)
{
    m_port = freePort();
    QFile config(configFile());
    config.open(QIODevice::WriteOnly);
    config.write("[server]\nlisten = \"127.0.0.1:" + QByteArray::number(m_port) + "\"\n" + extraConfig);
}

BellboardInstance::~BellboardInstance()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

quint16 BellboardInstance::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool BellboardInstance::start(const QStringList &extraArguments)
{
    m_process.setProcessEnvironment(m_environment);
    QStringList arguments{ QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--config"), configFile() };
    if (m_headless)
        arguments.prepend(QStringLiteral("--headless"));
    m_process.start(QStringLiteral(BELLBOARD_BINARY), arguments + extraArguments);
    if (!m_process.waitForStarted())
        return false;
    for (int attempt = 0; attempt < 200; ++attempt) {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        if (httpRequest("GET", url(QStringLiteral("/healthz"))).status == 200)
            return true;
        QTest::qWait(25);
    }
    return false;
}

void BellboardInstance::kill()
{
    m_process.kill();
    m_process.waitForFinished();
}

void BellboardInstance::stop()
{
    const bool wasRunning = m_process.state() == QProcess::Running;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000))
        kill();
    // A clean SIGTERM exit is 0. Anything else (in the asan preset: LeakSanitizer's report at
    // exit) fails the test, with the server's stderr, which nobody would read otherwise.
    if (wasRunning && (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)) {
        const QByteArray message = "bellboard did not exit cleanly on SIGTERM (exit code "
                                 + QByteArray::number(m_process.exitCode()) + "):\n" + m_process.readAllStandardError().right(4000);
        QTest::qFail(message.constData(), __FILE__, __LINE__);
    }
}

BellboardInstance::Result BellboardInstance::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    QStringList all = arguments;
    // Subcommand options go after the subcommand word.
    all.insert(1, QStringLiteral("--data-dir"));
    all.insert(2, dataDir());
    all.insert(3, QStringLiteral("--config"));
    all.insert(4, configFile());
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(BELLBOARD_BINARY), all);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60'000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             process.readAllStandardOutput(), process.readAllStandardError() };
}

QString BellboardInstance::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpAnswer httpRequest(const QByteArray &method, const QString &url, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager network;
    QNetworkRequest request{ QUrl(url) };
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    delete reply;
    return answer;
}

QByteArray rawExchange(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5'000))
        return {};
    socket.write(bytes);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10'000))
        answer += socket.readAll();
    return answer + socket.readAll();
}
