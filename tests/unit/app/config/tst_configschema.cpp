// The config schema (configschema.cpp) and the shipped, commented resources/bellboard.toml say
// the same: every key of the schema is in the file (set, or shown in a commented example or a
// key legend) with the value the schema gives it, and every key the file sets or shows is one
// of the schema's. The file stays prose written by hand; this test keeps it honest.
#include "app/config/config.h"
#include "app/config/configschema.h"

#include <QRegularExpression>
#include <QTest>

#include <toml++/toml.h>

using namespace bb;

namespace {

struct Line
{
    int number = 0;
    QString text;
};

// The file's lines by the table they stand in ("" before the first), a header commented out
// ("# [slack]") counting as the table's; a table's region starts at the comment block above
// its first header, where its keys are explained.
QHash<QString, QList<Line>> regionsByTable(const QByteArray &file)
{
    static const QRegularExpression header(QStringLiteral(R"(^#?\s?\[\[?([a-z_.]+)\]\]?\s*$)"));
    const QStringList lines = QString::fromUtf8(file).split(QLatin1Char('\n'));
    QHash<QString, QList<Line>> regions;
    QString table;
    QList<Line> comments; // the comment block just read, for the next header's table
    for (int i = 0; i < lines.size(); ++i) {
        const Line line{ i + 1, lines.at(i) };
        if (const QRegularExpressionMatch match = header.match(line.text); match.hasMatch()) {
            table = match.captured(1);
            regions[table] << comments;
            comments.clear();
        } else if (line.text.startsWith(QLatin1Char('#'))) {
            comments << line;
        } else {
            regions[table] << comments;
            comments.clear();
        }
        regions[table] << line;
    }
    return regions;
}

// "key = value" set or commented out: key, value text (with any trailing comment).
std::optional<QPair<QString, QString>> assignment(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(?:#\s?)?([a-z_]+)(?:\.[a-z_]+)?\s*=\s*(.+)$)"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return qMakePair(match.captured(1), match.captured(2));
}

// The same TOML value, however it is spelled ("1MiB" vs "1MiB"   # a comment).
bool sameValue(const QString &written, const QString &expected)
{
    try {
        const toml::table a = toml::parse(("v = " + written).toStdString());
        const toml::table b = toml::parse(("v = " + expected).toStdString());
        return a == b;
    } catch (const toml::parse_error &) {
        return false;
    }
}

} // namespace

class TestConfigSchema : public QObject
{
    Q_OBJECT

private slots:
    void everySchemaKeyIsInTheShippedFileWithItsValue()
    {
        const QHash<QString, QList<Line>> regions = regionsByTable(defaultConfigText());
        for (const ConfigTableInfo &table : configSchema()) {
            if (table.legacy)
                continue;
            // A table written only through its nested array tables ([[wall.tiles]]) is explained there.
            QList<Line> region = regions.value(table.name);
            for (auto nested = regions.cbegin(); nested != regions.cend(); ++nested) {
                if (nested.key().startsWith(table.name + QLatin1Char('.')))
                    region << nested.value();
            }
            QVERIFY2(!region.isEmpty(), qPrintable(QStringLiteral("no [%1] in bellboard.toml").arg(table.name)));
            for (const ConfigKeyInfo &key : table.keys) {
                QString where = QStringLiteral("%1.%2").arg(key.table, key.key);
                if (!key.allowed.isEmpty() && !key.shippedValue.isEmpty()) {
                    const QString value = QString(key.shippedValue).remove(QLatin1Char('"'));
                    QVERIFY2(key.allowed.contains(value), qPrintable(where + QStringLiteral(": shipped value not allowed")));
                }
                bool found = false;
                for (const Line &line : region) {
                    if (key.shippedValue.isEmpty()) {
                        const QRegularExpression named(QStringLiteral("\\b%1\\b").arg(key.key));
                        found = found || (line.text.startsWith(QLatin1Char('#')) && named.match(line.text).hasMatch())
                             || assignment(line.text).value_or(QPair<QString, QString>()).first == key.key;
                    } else if (const auto set = assignment(line.text); set && set->first == key.key) {
                        found = found || sameValue(set->second, key.shippedValue);
                    }
                }
                QVERIFY2(found, qPrintable(key.shippedValue.isEmpty()
                                                   ? where + QStringLiteral(" is not explained in bellboard.toml")
                                                   : where + QStringLiteral(" = ") + key.shippedValue
                                                             + QStringLiteral(" is not in bellboard.toml")));
            }
        }
    }

    void everyKeyOfTheShippedFileIsInTheSchema()
    {
        const QHash<QString, QList<Line>> regions = regionsByTable(defaultConfigText());
        for (auto region = regions.begin(); region != regions.end(); ++region) {
            if (region.key().isEmpty())
                continue; // the file's introduction
            // [[wall.tiles]]: the array-of-tables key `tiles` of [wall]; the keys of its entries are
            // checked by the reading of that key (tst_config names an unknown one with its line).
            if (region.key().contains(QLatin1Char('.'))) {
                const QByteArray parent = region.key().section(QLatin1Char('.'), 0, 0).toLatin1();
                const QByteArray child = region.key().section(QLatin1Char('.'), 1).toLatin1();
                QVERIFY2(configKey(QLatin1String(parent), QLatin1String(child)),
                         qPrintable(QStringLiteral("[[%1]] is not in the schema").arg(region.key())));
                continue;
            }
            const QByteArray tableName = region.key().toLatin1();
            const QLatin1String table(tableName);
            bool known = false;
            for (const ConfigTableInfo &info : configSchema())
                known = known || info.name == table;
            QVERIFY2(known, qPrintable(QStringLiteral("[%1] is not in the schema").arg(region.key())));
            for (const Line &line : region.value()) {
                const auto set = assignment(line.text);
                if (!set)
                    continue;
                const QByteArray key = set->first.toLatin1();
                QVERIFY2(configKey(table, QLatin1String(key)),
                         qPrintable(QStringLiteral("line %1: %2 is not a key of [%3] in the schema")
                                            .arg(line.number)
                                            .arg(set->first, region.key())));
            }
        }
    }

    void commentedExamplesLoadWithoutErrors()
    {
        // Uncommented, the file's examples ([slack], [[routes]], [[commands]], …) are a valid config.
        static const QRegularExpression example(QStringLiteral(R"(^# (\[\[?[a-z_.]+\]\]?|[a-z_.]+ = .*)$)"));
        QByteArray uncommented;
        for (const QString &line : QString::fromUtf8(defaultConfigText()).split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch match = example.match(line);
            uncommented += (match.hasMatch() ? match.captured(1) : line).toUtf8() + '\n';
        }
        const ConfigLoadResult loaded = parseConfig(uncommented, QStringLiteral("examples"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.config.routes.size(), 1);
        QCOMPARE(loaded.config.commands.size(), 2);
        QCOMPARE(loaded.config.interactivity.size(), 1);
    }

    void everyKeyIsFoundByItsTableAndName()
    {
        for (const ConfigTableInfo &table : configSchema()) {
            for (const ConfigKeyInfo &key : table.keys) {
                QCOMPARE(key.table, table.name);
                QCOMPARE(configKey(table.name, key.key), &key);
            }
        }
        QVERIFY(!configKey(QLatin1String("server"), QLatin1String("max_bodyy")));
    }
};

QTEST_GUILESS_MAIN(TestConfigSchema)
#include "tst_configschema.moc"
