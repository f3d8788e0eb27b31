// "Make it rain": the overlay over a feed starts when the shown channel celebrates, lets
// clicks through, and stops its frame timer when the rain is over.
#include "ui/wall/celebrationoverlay.h"

#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace bb;

class TestCelebrationOverlay : public QObject
{
    Q_OBJECT
private slots:
    void rainsForTheShownChannelThenStopsItsTimer()
    {
        QListView view;
        view.resize(400, 300);
        auto *overlay = new CelebrationOverlay(&view);
        overlay->setChannel(QStringLiteral("financials"));
        overlay->setDuration(300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(overlay->geometry(), view.viewport()->rect());
        QVERIFY(overlay->testAttribute(Qt::WA_TransparentForMouseEvents));

        overlay->celebrate(QStringLiteral("user-behavior"));
        QVERIFY(!overlay->isRunning());
        QVERIFY(!overlay->isVisible());

        QSignalSpy finished(overlay, &CelebrationOverlay::finished);
        overlay->celebrate(QStringLiteral("financials"));
        QVERIFY(overlay->isRunning());
        QVERIFY(overlay->isVisible());
        QVERIFY(overlay->frameTimer()->interval() <= 17);
        QVERIFY(finished.wait(5000));
        QVERIFY(!overlay->isRunning());
        QVERIFY(!overlay->frameTimer()->isActive());
        QVERIFY(!overlay->isVisible());
    }

    void followsTheViewportsSize()
    {
        QListView view;
        view.resize(300, 200);
        auto *overlay = new CelebrationOverlay(&view);
        view.show();
        view.resize(640, 480);
        QCoreApplication::processEvents();
        QCOMPARE(overlay->geometry(), view.viewport()->rect());
    }

    void turnedOffItNeverStarts()
    {
        QListView view;
        auto *overlay = new CelebrationOverlay(&view);
        overlay->setChannel(QStringLiteral("financials"));
        overlay->setAnimationEnabled(false);
        overlay->celebrate(QStringLiteral("financials"));
        QVERIFY(!overlay->isRunning());
        QVERIFY(!overlay->frameTimer()->isActive());
    }
};

QTEST_MAIN(TestCelebrationOverlay)
#include "tst_celebrationoverlay.moc"
