#include "requests.h"

#include <QTest>

using namespace bb;
using namespace bb::test;

class TestPlainTextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void bodyIsTheTextWithoutTrailingNewlines();
    void headersSetTitleLevelSenderAndIcon();
    void explicitUsersReplaceExtraction();
    void usersAreExtractedFromTitleAndText();
    void latin1BodyIsDecodedWhenDeclared();
    void invalidUtf8IsRefused();
    void emptyBodyIsNoText_data();
    void emptyBodyIsNoText();
    void unknownLevelIsRefused();
    void channelComesFromTheUrl();
    void tooLongIsRefused();
};

namespace {

HttpRequest plain(const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    HttpRequest request = post("/c/application-stats", body, "text/plain; charset=utf-8");
    for (const auto &header : headers)
        request.headers.insert(header.first, header.second);
    return request;
}

DecodeResult decode(const HttpRequest &request, const QString &urlChannel = QStringLiteral("application-stats"))
{
    return decodePlainText(request, context(urlChannel));
}

} // namespace

void TestPlainTextDecoder::bodyIsTheTextWithoutTrailingNewlines()
{
    const DecodeResult result = decode(plain("nightly cleanup: 1,204 rows removed\n  details below\n\r\n"));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const Event &event = result.events.first();
    QCOMPARE(event.text, QStringLiteral("nightly cleanup: 1,204 rows removed\n  details below"));
    QCOMPARE(event.channel, QStringLiteral("application-stats"));
    QCOMPARE(event.level, Level::Info);
    QCOMPARE(event.source, QStringLiteral("test:ci"));
    QCOMPARE(event.receivedAtMs, 1700000000123);
}

void TestPlainTextDecoder::headersSetTitleLevelSenderAndIcon()
{
    const DecodeResult result = decode(plain("disk 91% on db-1", { { "x-title", "Disk space" }, { "x-level", "warning" }, { "x-username", "cron@db-1" }, { "x-icon", ":floppy_disk:" } }));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const Event &event = result.events.first();
    QCOMPARE(event.title, QStringLiteral("Disk space"));
    QCOMPARE(event.level, Level::Warn);
    QCOMPARE(event.senderName, QStringLiteral("cron@db-1"));
    QCOMPARE(event.senderIcon, QStringLiteral(":floppy_disk:"));
}

void TestPlainTextDecoder::explicitUsersReplaceExtraction()
{
    const DecodeResult result = decode(plain("refund issued to bob@corp.io", { { "x-user", "Alice@Example.com, carol ,," } }));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.first().users, (QStringList{ "alice@example.com", "@carol" }));
}

void TestPlainTextDecoder::usersAreExtractedFromTitleAndText()
{
    const DecodeResult result = decode(plain("paid $49 by dave@x.org", { { "x-title", "Payment from @erin" } }));
    QCOMPARE(result.events.first().users, (QStringList{ "@erin", "dave@x.org" }));
}

void TestPlainTextDecoder::latin1BodyIsDecodedWhenDeclared()
{
    HttpRequest request = plain("caf\xe9 ready");
    request.headers.insert("content-type", "text/plain; charset=ISO-8859-1");
    const DecodeResult result = decode(request);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.events.first().text, QString::fromUtf8("café ready"));
}

void TestPlainTextDecoder::invalidUtf8IsRefused()
{
    const DecodeResult result = decode(plain("caf\xe9 ready"));
    QCOMPARE(result.error, QByteArray("invalid_payload"));
    QVERIFY(result.detail.contains(QStringLiteral("UTF-8")));
    HttpRequest other = plain("x");
    other.headers.insert("content-type", "text/plain; charset=shift_jis");
    QCOMPARE(decode(other).error, QByteArray("invalid_payload"));
}

void TestPlainTextDecoder::emptyBodyIsNoText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("newline") << QByteArray("\n");
    QTest::newRow("blank") << QByteArray("  \t\r\n");
}

void TestPlainTextDecoder::emptyBodyIsNoText()
{
    QFETCH(QByteArray, body);
    QCOMPARE(decode(plain(body)).error, QByteArray("no_text"));
}

void TestPlainTextDecoder::unknownLevelIsRefused()
{
    const DecodeResult result = decode(plain("x", { { "x-level", "loud" } }));
    QCOMPARE(result.error, QByteArray("invalid_payload"));
    QVERIFY(result.detail.contains(QStringLiteral("unknown level 'loud'")));
}

void TestPlainTextDecoder::channelComesFromTheUrl()
{
    QCOMPARE(decode(plain("x"), QStringLiteral("#Financials")).events.first().channel, QStringLiteral("financials"));
    QCOMPARE(decode(plain("x"), QString()).events.first().channel, QStringLiteral("general")); // the default
    QCOMPARE(decode(plain("x"), QStringLiteral("no such/channel")).error, QByteArray("channel_not_found"));
}

void TestPlainTextDecoder::tooLongIsRefused()
{
    QCOMPARE(decode(plain(QByteArray(40001, 'a'))).error, QByteArray("msg_too_long"));
    QVERIFY(decode(plain(QByteArray(40000, 'a') + '\n')).ok());
}

QTEST_APPLESS_MAIN(TestPlainTextDecoder)
#include "tst_plaintextdecoder.moc"
