// Remote sender icons: off by default (no request ever leaves), and when enabled fetched
// from a real local HTTP server in the background, size-limited, only http(s), and drawn
// in the feed once they are in.
#include "store/storetesthelpers.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/window/mainwindow.h"
#include "ui/wall/wallwindow.h"
#include "ui/wall/wallcolumn.h"
#include "ui/feed/sendericons.h"

#include <QBuffer>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {

QByteArray solidPng(const QColor &color, int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A real HTTP/1.1 server on a loopback port: /red.png, /big.png (over the limit), /text.
class IconServer : public QTcpServer
{
public:
    IconServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QString url(const char *path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(QLatin1String(path)); }
    int requests = 0;

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &pending = m_pending[socket];
        pending += socket->readAll();
        if (!pending.contains("\r\n\r\n"))
            return;
        ++requests;
        const QByteArray path = pending.split(' ').value(1);
        pending.clear();
        QByteArray body = "hello";
        QByteArray type = "text/plain";
        if (path == "/red.png") {
            body = solidPng(Qt::red, 64);
            type = "image/png";
        } else if (path == "/big.png") {
            body = QByteArray(SenderIcons::kMaxBytes + 1000, 'x');
            type = "image/png";
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
    QHash<QTcpSocket *, QByteArray> m_pending;
};

bool hasPureRed(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == QColor(Qt::red))
                return true;
    return false;
}

} // namespace

class TestSenderIcons : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(m_server.isListening());
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("events.sqlite3"))));
        Event event = makeEvent(QStringLiteral("deployments"), QStringLiteral("deployed web v2.14"));
        event.senderName = QStringLiteral("ci");
        event.senderIcon = m_server.url("/red.png");
        commit(*m_store, { event });
    }
    void cleanupTestCase() { m_store.reset(); }

    void offByDefaultNothingIsFetched()
    {
        MainWindow window(m_store.get());
        window.resize(700, 400);
        window.show();
        window.restoreState(QStringLiteral("deployments"));
        QTRY_COMPARE(window.feedModel()->rowCount(), 1);
        QVERIFY(!window.senderIcons());
        const QImage shown = window.feedView()->viewport()->grab().toImage();
        QTest::qWait(300);
        QCOMPARE(m_server.requests, 0);
        QVERIFY(!hasPureRed(shown));
    }

    void enabledTheIconIsFetchedLaterAndDrawn()
    {
        MainWindow window(m_store.get());
        window.enableRemoteImages(m_dir.filePath(QStringLiteral("icons")));
        QSignalSpy ready(window.senderIcons(), &SenderIcons::iconReady); // before any paint
        window.resize(700, 400);
        window.show();
        window.restoreState(QStringLiteral("deployments"));
        QTRY_COMPARE(window.feedModel()->rowCount(), 1);
        // Each paint asks for the icon (the fetch starts after it); once in, it is drawn.
        QTRY_VERIFY_WITH_TIMEOUT(hasPureRed(window.feedView()->viewport()->grab().toImage()), 10000);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), m_server.url("/red.png"));
        QCOMPARE(window.senderIcons()->icon(m_server.url("/red.png")).size(),
                 QSize(SenderIcons::kIconPixels, SenderIcons::kIconPixels));
        QVERIFY(window.senderIcons()->failures().isEmpty());
    }

    // The wall's columns draw them too (the office screen is where faces help most).
    void theWallDrawsThemToo()
    {
        MainWindow window(m_store.get());
        window.enableRemoteImages(m_dir.filePath(QStringLiteral("icons")));
        window.showWall({ QStringLiteral("deployments") });
        WallWindow *wall = window.findChild<WallWindow *>();
        QVERIFY(wall);
        QCOMPARE(wall->columns().size(), 1);
        FeedView *view = wall->columns().first()->feedView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model() && view->model()->rowCount() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(hasPureRed(view->viewport()->grab().toImage()), 10000);
    }

    void bigFilesOtherSchemesAndNonImagesAreRefused()
    {
        SenderIcons icons;
        QSignalSpy ready(&icons, &SenderIcons::iconReady);
        const int before = m_server.requests;
        QVERIFY(icons.icon(QStringLiteral("file:///etc/passwd")).isNull());
        QVERIFY(icons.icon(QStringLiteral("qrc:/ui/bellboard.svg")).isNull());
        QCOMPARE(icons.failures().size(), 2);
        QVERIFY(icons.icon(m_server.url("/big.png")).isNull());
        QVERIFY(icons.icon(m_server.url("/text")).isNull());
        QCOMPARE(m_server.requests, before); // nothing goes out inside the call
        QTRY_COMPARE(icons.failures().size(), 4);
        QVERIFY2(icons.failures().value(m_server.url("/big.png")).contains(QStringLiteral("larger than 256 KiB")),
                 qPrintable(icons.failures().value(m_server.url("/big.png"))));
        QCOMPARE(icons.failures().value(m_server.url("/text")), QStringLiteral("not an image"));
        QCOMPARE(ready.count(), 0);
        // A failed address is not asked again.
        const int after = m_server.requests;
        QVERIFY(icons.icon(m_server.url("/text")).isNull());
        QTest::qWait(100);
        QCOMPARE(m_server.requests, after);
    }

private:
    QTemporaryDir m_dir;
    IconServer m_server;
    std::unique_ptr<EventStore> m_store;
};

QTEST_MAIN(TestSenderIcons)
#include "tst_sendericons.moc"
