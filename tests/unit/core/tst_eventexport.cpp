#include "csvparse.h"
#include "core/eventexport.h"
#include "core/messagehtml.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bb;
using namespace bb::test;

class TestEventExport : public QObject
{
    Q_OBJECT
private:
    static Event hostileEvent()
    {
        Event event;
        event.id = 42;
        event.channel = QStringLiteral("user-behavior");
        event.receivedAtMs = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 5, 120), Qt::UTC).toMSecsSinceEpoch();
        event.senderName = QStringLiteral("signup, \"web\"");
        event.level = Level::Warn;
        event.title = QStringLiteral("Title with \"quotes\", commas");
        event.text = QStringLiteral("line one, with comma\nline \"two\"\r\nline three");
        event.users = { QStringLiteral("alice@example.com"), QStringLiteral("@carol") };
        return event;
    }

private slots:
    void csvWithCommasQuotesAndNewlinesRoundTrips()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        EventExportWriter writer(&buffer, EventExportWriter::Format::Csv);
        const Event event = hostileEvent();
        Event plain = event;
        plain.id = 43;
        plain.text = QStringLiteral("plain");
        plain.title.clear();
        QVERIFY(writer.begin());
        QVERIFY(writer.write({ event }));
        QVERIFY(writer.write({ plain }));
        QVERIFY(writer.finish());
        QCOMPARE(writer.count(), 2);

        const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (QStringList{ "time", "channel", "level", "sender", "title", "text", "users" }));
        const QStringList row = rows.at(1);
        QCOMPARE(row.size(), 7);
        QCOMPARE(row.at(0), QStringLiteral("2026-03-01T09:30:05.120Z"));
        QCOMPARE(row.at(1), event.channel);
        QCOMPARE(row.at(2), QStringLiteral("warn"));
        QCOMPARE(row.at(3), event.senderName);
        QCOMPARE(row.at(4), event.title);
        QCOMPARE(row.at(5), eventPlainText(event));
        QVERIFY(row.at(5).contains(QStringLiteral("line \"two\"")));
        QVERIFY(row.at(5).contains(QLatin1Char('\n')));
        QCOMPARE(row.at(6), QStringLiteral("alice@example.com; @carol"));
        QCOMPARE(rows.at(2).at(5), QStringLiteral("plain"));
        // Plain fields are not quoted; every record ends with CRLF.
        QVERIFY(buffer.data().endsWith(",plain,alice@example.com; @carol\r\n"));
    }

    void jsonIsAnArrayOfTheEvents()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        EventExportWriter writer(&buffer, EventExportWriter::Format::Json);
        Event second = hostileEvent();
        second.id = 7;
        QVERIFY(writer.begin());
        QVERIFY(writer.write({ hostileEvent() }));
        QVERIFY(writer.write({ second }));
        QVERIFY(writer.finish());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject(), hostileEvent().toJson());
        QCOMPARE(array.at(1).toObject(), second.toJson());
    }

    void emptyExportsAreValid()
    {
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        EventExportWriter jsonWriter(&json, EventExportWriter::Format::Json);
        QVERIFY(jsonWriter.begin() && jsonWriter.finish());
        QCOMPARE(QJsonDocument::fromJson(json.data()).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(json.data()).isArray());

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        EventExportWriter csvWriter(&csv, EventExportWriter::Format::Csv);
        QVERIFY(csvWriter.begin() && csvWriter.finish());
        QCOMPARE(parseCsv(QString::fromUtf8(csv.data())).size(), 1); // the header only
    }
};

QTEST_APPLESS_MAIN(TestEventExport)
#include "tst_eventexport.moc"
