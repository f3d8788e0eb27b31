#include "core/money.h"

#include <QTest>

using namespace bb;

// Amounts are counted in the currency's minor units and shown as a person reads them.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void minorUnitsFollowTheCurrency()
    {
        QCOMPARE(currencyExponent(QStringLiteral("USD")), 2);
        QCOMPARE(currencyExponent(QStringLiteral("jpy")), 0);
        QCOMPARE(currencyExponent(QStringLiteral("KRW")), 0);
        QCOMPARE(currencyExponent(QStringLiteral("KWD")), 3);
    }

    void formattedAsAPersonReadsIt_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dollars") << "en_US" << qint64(4900) << "USD"
                                 << "$49.00";
        QTest::newRow("yen have no cents") << "en_US" << qint64(500) << "JPY" << QStringLiteral("¥500");
        QTest::newRow("thousands grouped") << "en_US" << qint64(123456789) << "USD"
                                           << "$1,234,567.89";
        QTest::newRow("refund") << "en_US" << qint64(-1250) << "EUR" << QStringLiteral("-€12.50");
        QTest::newRow("euro in German") << "de_DE" << qint64(4900) << "EUR" << QStringLiteral("49,00\u00A0€");
        QTest::newRow("unknown symbol is the code") << "en_US" << qint64(1250) << "CHF"
                                                    << "CHF 12.50";
        QTest::newRow("dinar thousandths") << "en_US" << qint64(1500) << "KWD"
                                           << "KWD 1.500";
    }
    void formattedAsAPersonReadsIt()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minorUnits);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(Money{ minorUnits, currency }, QLocale(locale)), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
