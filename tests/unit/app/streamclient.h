#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSslConfiguration>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

// A client of a real server's /api/stream that keeps every message it received, as JSON.
struct StreamClient
{
    static constexpr int kWait = 20000;

    explicit StreamClient(const QUrl &url, const QSslConfiguration &tls = {})
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived,
                         [this](const QString &message) { messages << QJsonDocument::fromJson(message.toUtf8()).object(); });
        if (!tls.isNull())
            socket.setSslConfiguration(tls);
        socket.open(url);
    }
    bool waitForHello()
    {
        return QTest::qWaitFor([this] { return !messages.isEmpty(); }, kWait)
            && messages.first().value(QStringLiteral("type")).toString() == QLatin1String("hello");
    }
    QList<qint64> eventIds() const
    {
        QList<qint64> ids;
        for (const QJsonObject &message : ofType("event"))
            ids << message.value(QStringLiteral("event")).toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    }
    // The "markers" of every "read-markers" message, in order.
    QList<QJsonObject> markerMoves() const
    {
        QList<QJsonObject> moves;
        for (const QJsonObject &message : ofType("read-markers"))
            moves << message.value(QStringLiteral("markers")).toObject();
        return moves;
    }
    QList<QJsonObject> ofType(const char *type) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &message : messages) {
            if (message.value(QStringLiteral("type")).toString() == QLatin1String(type))
                found << message;
        }
        return found;
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
};
