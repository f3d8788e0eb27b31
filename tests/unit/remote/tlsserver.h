#pragma once

// Starting the real `bellboard --headless` when it speaks TLS ([server] tls_certificate):
// BellboardInstance::start() asks for http://…/healthz, which such a server does not answer.
#include "app/bellboardinstance.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>

// A request over HTTPS that takes any certificate (the test's own, self-signed), with the
// person's token when one is given: the status (0 when nothing answered) and the body.
inline QPair<int, QByteArray> httpsRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                                           const QString &token = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    request.setSslConfiguration(ssl);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QPair<int, QByteArray> answer{ reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    delete reply;
    return answer;
}

// Starts the server with `environment` and waits until https://…/healthz answers.
inline bool startOverTls(BellboardInstance &bellboard,
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    bellboard.process().setProcessEnvironment(environment);
    bellboard.process().start(QStringLiteral(BELLBOARD_BINARY),
                              { QStringLiteral("--headless"), QStringLiteral("--data-dir"), bellboard.dataDir(),
                                QStringLiteral("--config"), bellboard.configFile() });
    if (!bellboard.process().waitForStarted())
        return false;
    const QUrl health(QStringLiteral("https://127.0.0.1:%1/healthz").arg(bellboard.port()));
    for (int attempt = 0; attempt < 400; ++attempt) {
        if (bellboard.process().state() == QProcess::NotRunning)
            return false;
        if (httpsRequest("GET", health).first == 200)
            return true;
        QTest::qWait(25);
    }
    return false;
}
