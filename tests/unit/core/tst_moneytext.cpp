#include "core/moneytext.h"

#include <QTest>

using namespace bb;

class TestMoneyText : public QObject
{
    Q_OBJECT
private slots:
    void amountsInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor"); // -1: no amount
        QTest::addColumn<QString>("currency");
        const auto row = [](const char *name, const QString &text, qint64 minor, const char *currency) {
            QTest::newRow(name) << text << minor << QString::fromLatin1(currency);
        };
        row("dollars", QStringLiteral("$49"), 4900, "USD");
        row("dollars and cents", QStringLiteral("Payment of $49.99 received"), 4999, "USD");
        row("mrkdwn bold", QStringLiteral("*$49.00* from bob@example.com"), 4900, "USD");
        row("grouped thousands", QStringLiteral("$1,234.56"), 123456, "USD");
        row("grouped, no cents", QStringLiteral("$12,000"), 1200000, "USD");
        row("one decimal", QStringLiteral("$12.5"), 1250, "USD");
        row("US$", QStringLiteral("US$20"), 2000, "USD");
        row("CA$", QStringLiteral("CA$15.25"), 1525, "CAD");
        row("euro after, comma", QStringLiteral("49,00 €"), 4900, "EUR");
        row("euro after, glued", QStringLiteral("12€"), 1200, "EUR");
        row("euro grouped European", QStringLiteral("1.234,56 €"), 123456, "EUR");
        row("euro before", QStringLiteral("€5"), 500, "EUR");
        row("pound", QStringLiteral("£5.99 refund"), 599, "GBP");
        row("yen has no minor unit", QStringLiteral("¥500"), 500, "JPY");
        row("yen grouped", QStringLiteral("¥12,000"), 12000, "JPY");
        row("won", QStringLiteral("₩12,000"), 12000, "KRW");
        row("code before", QStringLiteral("USD 12.50"), 1250, "USD");
        row("code after", QStringLiteral("paid 12.50 USD today"), 1250, "USD");
        row("code after, comma", QStringLiteral("20,00 EUR"), 2000, "EUR");
        row("swiss francs", QStringLiteral("CHF 20"), 2000, "CHF");
        row("dinar thousandths", QStringLiteral("KWD 1.500"), 1500, "KWD");
        row("first amount wins", QStringLiteral("$5 then €7"), 500, "USD");
        row("no-break space grouping", QStringLiteral("1\u00A0234,50\u00A0€"), 123450, "EUR");
        row("bare number", QStringLiteral("49 users signed up"), -1, "");
        row("code glued to a word", QStringLiteral("USDT 5"), -1, "");
        row("unknown code", QStringLiteral("ABC 12"), -1, "");
        row("yen with decimals", QStringLiteral("¥500.5"), -1, "");
        row("three decimals in dollars", QStringLiteral("$1.2345"), -1, "");
        row("letter before symbol", QStringLiteral("x$5"), -1, "");
        row("version number", QStringLiteral("v1.2 EUR"), -1, "");
        row("empty", QString(), -1, "");
    }
    void amountsInText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        const auto money = moneyInText(text);
        if (minor < 0) {
            QVERIFY2(!money, qPrintable(QStringLiteral("found %1 %2").arg(money ? money->minorUnits : 0).arg(money ? money->currency : QString())));
            return;
        }
        QVERIFY(money);
        QCOMPARE(money->currency, currency);
        QCOMPARE(money->minorUnits, minor);
    }

    void anEventsStoredAmountWinsOverItsText()
    {
        Event event;
        event.text = QStringLiteral("$5");
        event.amount = Money{ 4900, QStringLiteral("EUR") };
        QCOMPARE(eventAmount(event), std::optional<Money>(Money{ 4900, QStringLiteral("EUR") }));
        event.amount = {};
        QCOMPARE(eventAmount(event), std::optional<Money>(Money{ 500, QStringLiteral("USD") }));
        event.text = QStringLiteral("no amount here");
        event.title = QStringLiteral("Invoice £12.00");
        QCOMPARE(eventAmount(event), std::optional<Money>(Money{ 1200, QStringLiteral("GBP") }));
        event.title.clear();
        event.attachmentsJson = R"([{"fields":[{"title":"Amount","value":"USD 9.00"}]}])";
        QCOMPARE(eventAmount(event), std::optional<Money>(Money{ 900, QStringLiteral("USD") }));
        event.attachmentsJson.clear();
        QVERIFY(!eventAmount(event));
    }
};

QTEST_GUILESS_MAIN(TestMoneyText)
#include "tst_moneytext.moc"
