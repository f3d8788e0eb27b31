#include "app/demofeed.h"
#include "core/channelname.h"

#include <QSet>
#include <QTest>

using namespace bb;

class TestDemoFeed : public QObject
{
    Q_OBJECT
private slots:
    void fillsEverySeedChannelWithBelievableEvents()
    {
        DemoFeed demo(nullptr);
        QSet<QString> channels;
        QStringList domainStory;
        for (int i = 0; i < 600; ++i) {
            const Event event = demo.nextEvent(1000 + i);
            QVERIFY(!event.text.isEmpty());
            QVERIFY(!event.senderName.isEmpty());
            QVERIFY(event.senderIcon.startsWith(QLatin1Char(':')));
            QCOMPARE(event.receivedAtMs, qint64(1000 + i));
            channels << event.channel;
            if (event.text.startsWith(QLatin1String("New user registration!")))
                QCOMPARE(event.users.size(), 1);
            if (event.users.contains(QStringLiteral("dana@acme.io")))
                domainStory << event.text.section(QLatin1Char(' '), 1, 1);
        }
        const QStringList seeds = defaultChannelNames();
        for (const QString &seed : seeds)
            QVERIFY2(channels.contains(seed), qPrintable(seed));
        QVERIFY(domainStory.size() >= 3);
        QCOMPARE(domainStory.mid(0, 3), (QStringList{ QStringLiteral("added"), QStringLiteral("removed"),
                                                      QStringLiteral("re-added") }));
    }
};

QTEST_GUILESS_MAIN(TestDemoFeed)
#include "tst_demofeed.moc"
