// The units of bellboard.toml and the command line: sizes, durations, listen addresses, web URLs.
#include "core/units.h"

#include <QTest>

using namespace bb;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void sizesAndDurationsParse()
    {
        QCOMPARE(parseByteSize(QStringLiteral("1MiB")), 1024 * 1024);
        QCOMPARE(parseByteSize(QStringLiteral("512 KiB")), 512 * 1024);
        QCOMPARE(parseByteSize(QStringLiteral("1MB")), 1000 * 1000);
        QCOMPARE(parseByteSize(QStringLiteral("100")), 100);
        QCOMPARE(parseByteSize(QStringLiteral("lots")), -1);
        QCOMPARE(parseDurationMs(QStringLiteral("500ms")), 500);
        QCOMPARE(parseDurationMs(QStringLiteral("30s")), 30000);
        QCOMPARE(parseDurationMs(QStringLiteral("2h")), 7200000);
        QCOMPARE(parseDurationMs(QStringLiteral("30")), -1); // a bare number has no unit
    }

    void hugeQuantitiesAreRefused()
    {
        QCOMPARE(parseDurationMs(QStringLiteral("99999999999999999999999s")), -1);
        QCOMPARE(parseByteSize(QStringLiteral("99999999999GiB")), -1);
    }

    void listenAddressesParse()
    {
        QHostAddress address;
        quint16 port = 0;
        QVERIFY(parseListenAddress(QStringLiteral("0.0.0.0:80"), &address, &port));
        QCOMPARE(address, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(port, quint16(80));
        QVERIFY(parseListenAddress(QStringLiteral("localhost"), &address, &port));
        QCOMPARE(port, kDefaultPort);
        QVERIFY(!parseListenAddress(QStringLiteral("127.0.0.1:0"), &address, &port));
        QVERIFY(!parseListenAddress(QStringLiteral("example.com:80"), &address, &port));
    }

    void listenAddressesReadBackAsWritten()
    {
        QCOMPARE(listenAddressText(QHostAddress(QHostAddress::LocalHost), 2355), QStringLiteral("127.0.0.1:2355"));
        QCOMPARE(listenAddressText(QHostAddress(QHostAddress::LocalHostIPv6), 8080), QStringLiteral("[::1]:8080"));
        QHostAddress address;
        quint16 port = 0;
        QVERIFY(parseListenAddress(QStringLiteral("[::1]:8080"), &address, &port));
        QCOMPARE(listenAddressText(address, port), QStringLiteral("[::1]:8080"));
    }

    void webUrlsAreHttpOrHttpsWithAHost()
    {
        QVERIFY(isWebUrl(QStringLiteral("https://slack.com/api/")));
        QVERIFY(isWebUrl(QStringLiteral("http://127.0.0.1:3000/slack/commands")));
        QVERIFY(!isWebUrl(QStringLiteral("slack.com")));
        QVERIFY(!isWebUrl(QStringLiteral("ftp://x/")));
        QVERIFY(!isWebUrl(QStringLiteral("http:///path")));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
