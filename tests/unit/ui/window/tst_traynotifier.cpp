// Tray notifications: one message per channel (the newest), a click opens the event it
// is about. Offscreen has no tray, so the slots are driven directly.
#include "alerts/alertcenter.h"
#include "ui/window/traynotifier.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace bb;

class TestTrayNotifier : public QObject
{
    Q_OBJECT
private slots:
    void withoutATrayItDoesNothing()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        AlertCenter alerts(AlertSettings{}, nullptr);
        TrayNotifier tray(&alerts);
        QVERIFY(!tray.hasTray());
        QVERIFY(!tray.trayIcon());
        emit alerts.notificationRequested(QStringLiteral("user-behavior"), QStringLiteral("New user"), 1);
        QVERIFY(!tray.shownMessage()); // not even listening
    }

    void aChannelKeepsOnlyItsNewestMessage()
    {
        AlertCenter alerts(AlertSettings{}, nullptr);
        TrayNotifier tray(&alerts);
        tray.notify(QStringLiteral("user-behavior"), QStringLiteral("New user alice@example.com"), 5);
        tray.notify(QStringLiteral("user-behavior"), QStringLiteral("12 new in #user-behavior"), 16);
        const auto message = tray.messageFor(QStringLiteral("user-behavior"));
        QVERIFY(message);
        QCOMPARE(message->text, QStringLiteral("12 new in #user-behavior"));
        QCOMPARE(message->eventId, 16);
        QCOMPARE(tray.shownMessage()->eventId, 16);
    }

    void clickingOpensTheEventOfTheMessageOnScreen()
    {
        AlertCenter alerts(AlertSettings{}, nullptr);
        TrayNotifier tray(&alerts);
        QSignalSpy open(&tray, &TrayNotifier::openEventRequested);
        tray.notify(QStringLiteral("user-behavior"), QStringLiteral("New user"), 5);
        tray.notify(QStringLiteral("financials"), QStringLiteral("Payment received $49"), 20);
        tray.openShownMessage();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("financials"));
        QCOMPARE(open.at(0).at(1).toLongLong(), 20);

        tray.notify(QStringLiteral("user-behavior"), QStringLiteral("3 new in #user-behavior"), 30);
        tray.openShownMessage();
        QCOMPARE(open.at(1).at(0).toString(), QStringLiteral("user-behavior"));
        QCOMPARE(open.at(1).at(1).toLongLong(), 30);
    }

    void readingAChannelForgetsItsMessageAndTheTooltipCountsUnread()
    {
        AlertCenter alerts(AlertSettings{}, nullptr);
        TrayNotifier tray(&alerts);
        QSignalSpy open(&tray, &TrayNotifier::openEventRequested);
        tray.setUnread(QStringLiteral("user-behavior"), 3);
        tray.setUnread(QStringLiteral("financials"), 2);
        QCOMPARE(tray.toolTip(), QStringLiteral("Bellboard: 5 unread"));
        tray.notify(QStringLiteral("financials"), QStringLiteral("Payment received $49"), 20);
        tray.setUnread(QStringLiteral("financials"), 0);
        QVERIFY(!tray.messageFor(QStringLiteral("financials")));
        tray.openShownMessage();
        QCOMPARE(open.count(), 0);
        QCOMPARE(tray.toolTip(), QStringLiteral("Bellboard: 3 unread"));
    }

    void theAppIconLoads()
    {
        QVERIFY(!TrayNotifier::appIcon().pixmap(32, 32).isNull());
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
