// The line above the feeds while the store cannot be reached: a PostgreSQL database that stops
// and comes back (a real one, started by the fixture) says "Store unavailable", then goes.
#include "store/postgresfixture.h"

#include "store/eventstore.h"
#include "ui/window/storestatusbanner.h"

#include <QTest>

using namespace bb;
using namespace bb::test;

class TestStoreStatusBanner : public QObject
{
    Q_OBJECT
private slots:
    void aDatabaseThatGoesAwaySaysStoreUnavailableUntilItIsBack()
    {
        PostgresFixture postgres;
        QVERIFY2(postgres.setUp(), qPrintable(postgres.error()));
        QVERIFY(postgres.createDatabase(QStringLiteral("banner")));
        EventStore store;
        QString error;
        QVERIFY2(store.open(postgres.url(QStringLiteral("banner")), &error), qPrintable(error));
        StoreStatusBanner banner(&store);
        QVERIFY(banner.isHidden());

        QVERIFY(postgres.stop());
        QTRY_VERIFY_WITH_TIMEOUT(!banner.isHidden(), 20000);
        QVERIFY2(banner.text().startsWith(QLatin1String("Store unavailable (")), qPrintable(banner.text()));
        QVERIFY2(banner.text().contains(QLatin1String("retrying at")), qPrintable(banner.text()));

        QVERIFY2(postgres.start(), qPrintable(postgres.error()));
        QTRY_VERIFY_WITH_TIMEOUT(banner.isHidden(), 30000);
    }
};

QTEST_MAIN(TestStoreStatusBanner)
#include "tst_storestatusbanner.moc"
