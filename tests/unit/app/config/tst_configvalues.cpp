// ConfigEditor::withValues: Preferences change values of plain tables ([server], [store],
// [window]) in place; comments and every other line stay; nothing that would not load is written.
#include "app/config/config.h"
#include "app/config/configeditor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

namespace {

const QByteArray kUserFile = R"(# my office bellboard
[server]
listen = "127.0.0.1:2355"   # the usual port
max_body = 1048576          # bytes, written by hand

[[channels]]
name = "financials"
notify = "celebrate"
)";

} // namespace

class TestConfigValues : public QObject
{
    Q_OBJECT
private slots:
    void aChangedValueIsReplacedWhereItStandsAndTheCommentStays()
    {
        const auto edited = ConfigEditor::withValues(kUserFile, { ConfigValue::string(QStringLiteral("server"), QStringLiteral("listen"),
                                                                                      QStringLiteral("127.0.0.1:2400")) });
        QVERIFY(edited);
        QByteArray expected = kUserFile;
        expected.replace("\"127.0.0.1:2355\"", "\"127.0.0.1:2400\"");
        QCOMPARE(*edited, expected);
        QCOMPARE(parseConfig(*edited, QStringLiteral("t")).config.listenPort, quint16(2400));
    }

    void aNewKeyGoesAfterItsTablesLastValueAndAMissingTableAtTheEnd()
    {
        const auto edited = ConfigEditor::withValues(
                kUserFile, { ConfigValue::boolean(QStringLiteral("server"), QStringLiteral("auto_create_channels"), false),
                             ConfigValue::integer(QStringLiteral("store"), QStringLiteral("retention_days"), 30),
                             ConfigValue::string(QStringLiteral("window"), QStringLiteral("language"), QStringLiteral("de")) });
        QVERIFY(edited);
        QVERIFY2(edited->contains("max_body = 1048576          # bytes, written by hand\nauto_create_channels = false\n\n[[channels]]"),
                 edited->constData());
        QVERIFY(edited->endsWith("notify = \"celebrate\"\n\n[store]\nretention_days = 30\n\n[window]\nlanguage = \"de\"\n"));
        const ConfigLoadResult loaded = parseConfig(*edited, QStringLiteral("t"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        QCOMPARE(loaded.config.autoCreateChannels, false);
        QCOMPARE(loaded.config.retention.maxAgeDays, 30);
        QCOMPARE(loaded.config.language, QStringLiteral("de"));
        QCOMPARE(loaded.config.channels.size(), 1);
    }

    void theShippedFileKeepsEveryCommentWhenPreferencesChange()
    {
        const QByteArray shipped = defaultConfigText();
        const auto edited = ConfigEditor::withValues(
                shipped, { ConfigValue::string(QStringLiteral("server"), QStringLiteral("max_body"), QStringLiteral("4MiB")),
                           ConfigValue::integer(QStringLiteral("store"), QStringLiteral("retention_events"), 500000),
                           ConfigValue::string(QStringLiteral("window"), QStringLiteral("language"), QStringLiteral("ja")) });
        QVERIFY(edited);
        QByteArrayList before = shipped.split('\n'), after = edited->split('\n');
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (int i = 0; i < before.size(); ++i)
            changed += before[i] != after[i];
        QCOMPARE(changed, 3);
        QVERIFY(edited->contains("\nmax_body = \"4MiB\"\n"));
        QVERIFY(edited->contains("\nlanguage = \"ja\"\n"));
        QCOMPARE(parseConfig(*edited, QStringLiteral("t")).config.limits.maxBodyBytes, qint64(4) << 20);
    }

    void aValueThatWouldNotLoadIsRefusedWithTheLoadersWords()
    {
        QString error;
        const auto bad = ConfigEditor::withValues(kUserFile, { ConfigValue::string(QStringLiteral("server"), QStringLiteral("listen"), QStringLiteral("not an address")) }, &error);
        QVERIFY(!bad);
        QVERIFY2(error.contains("config line 3") && error.contains("'listen' must look like"), qPrintable(error));
        const auto language = ConfigEditor::withValues(kUserFile, { ConfigValue::string(QStringLiteral("window"), QStringLiteral("language"), QStringLiteral("fr")) }, &error);
        QVERIFY(!language);
        QVERIFY2(error.contains("unknown language 'fr' (en, de, ja"), qPrintable(error));
    }

    void onlyKeysOfTheSchemaAreWrittenWithTheirType()
    {
        QString error;
        QVERIFY(!ConfigEditor::withValues(kUserFile, { ConfigValue::string(QStringLiteral("server"), QStringLiteral("max_bodyy"), QStringLiteral("1MiB")) }, &error));
        QVERIFY2(error.contains("[server] max_bodyy is not a key Bellboard knows"), qPrintable(error));
        QVERIFY(!ConfigEditor::withValues(kUserFile, { ConfigValue::boolean(QStringLiteral("server"), QStringLiteral("listen"), true) }, &error));
        QVERIFY2(error.contains("[server] listen is not a key"), qPrintable(error));
        QCOMPARE(ConfigValue::string(QStringLiteral("server"), QStringLiteral("max_body"), QStringLiteral("2MiB")).type, ConfigValueType::Size);
    }

    void aTableWrittenInlineIsLeftToThePerson()
    {
        QString error;
        const auto edited = ConfigEditor::withValues("server = { listen = \"127.0.0.1:2355\" }\n",
                                                     { ConfigValue::string(QStringLiteral("server"), QStringLiteral("listen"), QStringLiteral("127.0.0.1:1")) }, &error);
        QVERIFY(!edited);
        QVERIFY2(error.contains("edit it by hand"), qPrintable(error));
    }

    void saveValuesWritesTheFileAndRefusalLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bellboard.toml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kUserFile);
        file.close();
        const ConfigEditor editor(path);
        QString error;
        QVERIFY(!editor.saveValues({ ConfigValue::string(QStringLiteral("server"), QStringLiteral("max_body"), QStringLiteral("lots")) }, &error));
        QVERIFY(error.contains(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kUserFile);
        file.close();
        QVERIFY2(editor.saveValues({ ConfigValue::integer(QStringLiteral("store"), QStringLiteral("retention_days"), 7) }, &error),
                 qPrintable(error));
        QCOMPARE(loadConfig(path).config.retention.maxAgeDays, 7);
    }

    void languageIsCheckedOnLoadWithItsLine()
    {
        const ConfigLoadResult loaded = parseConfig("[window]\n\nlanguage = \"klingon\"\n", QStringLiteral("t"));
        QCOMPARE(loaded.errors, QStringList{ QStringLiteral("config line 3: unknown language 'klingon' (en, de, ja, or \"\" for the system's)") });
        QCOMPARE(loaded.config.language, QString());
    }

    // Every file written before the language moved to [window] has [ui] language = "": it
    // loads without a problem, and [window] wins when a file has both.
    void anOlderFilesUiLanguageStillWorks()
    {
        const ConfigLoadResult old = parseConfig("[ui]\nlanguage = \"ja\"\n\n[window]\ntheme = \"dark\"\n", QStringLiteral("t"));
        QVERIFY2(old.ok(), qPrintable(old.errors.join('\n')));
        QCOMPARE(old.config.language, QStringLiteral("ja"));
        const ConfigLoadResult both = parseConfig("[window]\nlanguage = \"de\"\n\n[ui]\nlanguage = \"ja\"\n", QStringLiteral("t"));
        QVERIFY2(both.ok(), qPrintable(both.errors.join('\n')));
        QCOMPARE(both.config.language, QStringLiteral("de"));
        const ConfigLoadResult bad = parseConfig("[ui]\nlanguage = \"fr\"\n", QStringLiteral("t"));
        QCOMPARE(bad.errors, QStringList{ QStringLiteral("config line 2: unknown language 'fr' (en, de, ja, or \"\" for the system's)") });
    }

    void theShippedFileDocumentsTheLanguageUnderWindow()
    {
        const QByteArray shipped = defaultConfigText();
        const qsizetype window = shipped.indexOf("\n[window]\n");
        QVERIFY(window > 0);
        const qsizetype nextTable = shipped.indexOf("\n[", window + 1);
        const qsizetype language = shipped.indexOf("\nlanguage = \"\"\n");
        QVERIFY2(language > window && language < nextTable, shipped.constData());
        QVERIFY(!shipped.contains("\n[ui]\n"));
        QVERIFY(parseConfig(shipped, QStringLiteral("t")).ok());
    }
};

QTEST_GUILESS_MAIN(TestConfigValues)
#include "tst_configvalues.moc"
