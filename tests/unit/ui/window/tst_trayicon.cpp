// The tray icon carries the unread count as a badge in the corner.
#include "ui/window/traynotifier.h"

#include <QImage>
#include <QTest>

using namespace bb;

namespace {

// How much of the bottom-right quarter is the badge's red.
double redShare(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int red = 0, all = 0;
    for (int y = size / 2; y < size; ++y) {
        for (int x = size / 2; x < size; ++x, ++all) {
            const QColor c = image.pixelColor(x, y);
            red += c.red() > 180 && c.green() < 80 && c.blue() < 90;
        }
    }
    return double(red) / all;
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT
private slots:
    void noUnreadShowsThePlainIcon()
    {
        QCOMPARE(redShare(TrayNotifier::iconWithCount(0), 32), 0.0);
    }

    void unreadAlertsShowARedBadgeAtEverySize()
    {
        for (const int size : { 16, 22, 32, 64 }) {
            QVERIFY2(redShare(TrayNotifier::iconWithCount(3), size) > 0.2, qPrintable(QString::number(size)));
            QVERIFY(redShare(TrayNotifier::iconWithCount(250), size) > 0.2);
        }
    }

    void theCountIsDrawnInTheBadge()
    {
        // Different numbers give different pictures: the digits are there, not just a dot.
        const QImage three = TrayNotifier::iconWithCount(3).pixmap(32, 32).toImage();
        const QImage seven = TrayNotifier::iconWithCount(7).pixmap(32, 32).toImage();
        QVERIFY(three != seven);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
