// ConfigEditor: the settings dialog's OK edits one [[channels]] entry of bellboard.toml and
// leaves everything a person wrote there (comments, spacing, other tables) as it was.
#include "app/config/config.h"
#include "app/config/configeditor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

namespace {

ChannelAlertSettings settingsOf(const QByteArray &text, const QString &channel)
{
    const ConfigLoadResult loaded = parseConfig(text, QStringLiteral("test"));
    return alertSettings(loaded.config, QDateTime::currentDateTime()).forChannel(channel);
}

// The lines of `after` that `before` does not have, and the other way round.
QPair<QByteArrayList, QByteArrayList> lineChanges(const QByteArray &before, const QByteArray &after)
{
    QByteArrayList a = before.split('\n'), b = after.split('\n');
    QByteArrayList added, removed;
    for (const QByteArray &line : b)
        if (!a.removeOne(line))
            added << line;
    removed = a;
    return { added, removed };
}

const QByteArray kUserFile = R"(# my office bellboard
[server]
listen = "127.0.0.1:2355"   # the usual port

[[channels]]
# the money channel, keep it loud
name = "financials"
notify   = "celebrate"     # make it rain
sound    = 'cash-register' # literal string on purpose
volume   = 0.80
escalate_crit = false

[[channels]]
name = "deploys"   # ours
notify = "bold"

# routes below
[[routes]]
tag = "error-s3"
channel = "critical-server-errors"
)";

} // namespace

class TestConfigEditor : public QObject
{
    Q_OBJECT
private slots:
    void unchangedSettingsLeaveTheShippedFileByteForByte()
    {
        const QByteArray shipped = defaultConfigText();
        QVERIFY(parseConfig(shipped, QStringLiteral("default")).ok());
        for (const QString &channel : { QStringLiteral("critical-server-errors"), QStringLiteral("financials"),
                                        QStringLiteral("user-behavior"), QStringLiteral("application-stats") }) {
            QString error;
            const auto edited = ConfigEditor::withChannel(shipped, channel, settingsOf(shipped, channel), &error);
            QVERIFY2(edited, qPrintable(error));
            QCOMPARE(*edited, shipped);
        }
    }

    void changingTheVolumeOfTheShippedFileChangesOneLine()
    {
        const QByteArray shipped = defaultConfigText();
        ChannelAlertSettings bell = settingsOf(shipped, QStringLiteral("user-behavior"));
        bell.volume = 0.35;
        const auto edited = ConfigEditor::withChannel(shipped, QStringLiteral("user-behavior"), bell);
        QVERIFY(edited);
        const auto [added, removed] = lineChanges(shipped, *edited);
        QCOMPARE(added, QByteArrayList{ "volume = 0.35" });
        QCOMPARE(removed, QByteArrayList{ "volume = 0.8" }); // one of five such lines
        QCOMPARE(settingsOf(*edited, QStringLiteral("user-behavior")).volume, 0.35);
        QCOMPARE(settingsOf(*edited, QStringLiteral("financials")).volume, 0.8);
    }

    void aChangedValueKeepsItsCommentAndEveryOtherLine()
    {
        ChannelAlertSettings money = settingsOf(kUserFile, QStringLiteral("financials"));
        QCOMPARE(money.escalateCrit, std::optional<bool>(false));
        money.mode = NotifyMode::Ring;
        money.sound = QStringLiteral("service-bell");
        const auto edited = ConfigEditor::withChannel(kUserFile, QStringLiteral("financials"), money);
        QVERIFY(edited);
        QByteArray expected = kUserFile;
        expected.replace("notify   = \"celebrate\"     # make it rain", "notify   = \"ring\"     # make it rain");
        expected.replace("sound    = 'cash-register' # literal", "sound    = \"service-bell\" # literal");
        QCOMPARE(*edited, expected); // 0.80 and escalate_crit untouched: same values
    }

    void aNewChannelIsAppendedAfterTheLastChannel()
    {
        ChannelAlertSettings settings;
        settings.mode = NotifyMode::Ring;
        settings.sound = QStringLiteral("chime");
        settings.volume = 1.0;
        settings.escalateCrit = true;
        const auto edited = ConfigEditor::withChannel(kUserFile, QStringLiteral("#Backups"), settings);
        QVERIFY(edited);
        QByteArray expected = kUserFile;
        expected.replace("notify = \"bold\"\n",
                         "notify = \"bold\"\n\n[[channels]]\nname = \"backups\"\nnotify = \"ring\"\n"
                         "sound = \"chime\"\nvolume = 1.0\nescalate_crit = true\n");
        QCOMPARE(*edited, expected);
        const ChannelAlertSettings back = settingsOf(*edited, QStringLiteral("backups"));
        QCOMPARE(back.mode, NotifyMode::Ring);
        QCOMPARE(back.escalateCrit, std::optional<bool>(true));
    }

    void aFileWithoutChannelsGetsTheEntryAtTheEnd()
    {
        const QByteArray text = "[alerts]\nsound = true   # no final newline";
        const auto edited = ConfigEditor::withChannel(text, QStringLiteral("general"), ChannelAlertSettings{});
        QVERIFY(edited);
        QCOMPARE(*edited, text + "\n\n[[channels]]\nname = \"general\"\nnotify = \"bold\"\nsound = \"chime\"\nvolume = 0.8\n");
    }

    void aMuteIsSavedAndAnUnmuteRemovesIt()
    {
        ChannelAlertSettings money = settingsOf(kUserFile, QStringLiteral("financials"));
        money.mutedUntil = QDateTime(QDate(2026, 11, 25), QTime(8, 0));
        money.escalateCrit.reset();
        const auto muted = ConfigEditor::withChannel(kUserFile, QStringLiteral("financials"), money);
        QVERIFY(muted);
        QVERIFY(muted->contains("\nmuted_until = \"2026-11-25T08:00:00\"\n"));
        QVERIFY(!muted->contains("escalate_crit"));
        QCOMPARE(settingsOf(*muted, QStringLiteral("financials")).mutedUntil, money.mutedUntil);

        money.mutedUntil = {};
        money.escalateCrit = false;
        const auto unmuted = ConfigEditor::withChannel(*muted, QStringLiteral("financials"), money);
        QVERIFY(unmuted);
        QVERIFY(!unmuted->contains("muted_until"));
        QVERIFY(unmuted->contains("escalate_crit = false\n"));
        QVERIFY(unmuted->contains("volume   = 0.80\n"));
    }

    void invalidValuesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("sound");
        QTest::addColumn<double>("volume");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown sound") << "klaxon" << 0.5 << "neither a bundled sound";
        QTest::newRow("missing wav") << "/nonexistent/bell.wav" << 0.5 << "does not exist";
    }
    void invalidValuesAreRefusedWithTheReason()
    {
        QFETCH(QString, sound);
        QFETCH(double, volume);
        QFETCH(QString, reason);
        ChannelAlertSettings settings = settingsOf(kUserFile, QStringLiteral("deploys"));
        settings.sound = sound;
        settings.volume = volume;
        QString error;
        QVERIFY(!ConfigEditor::withChannel(kUserFile, QStringLiteral("deploys"), settings, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("line 16")), qPrintable(error));
    }

    void aBrokenOrInlineFileIsRefused()
    {
        QString error;
        QVERIFY(!ConfigEditor::withChannel("[server\nlisten = 1\n", QStringLiteral("x"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("line 1")), qPrintable(error));
        QVERIFY(!ConfigEditor::withChannel("channels = [ { name = \"x\" } ]\n", QStringLiteral("x"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("inline")), qPrintable(error));
        QVERIFY(!ConfigEditor::withChannel("", QStringLiteral("  "), {}, &error));
    }

    void saveWritesTheFileAndARefusalLeavesItUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bellboard.toml"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kUserFile);
        }
        ConfigEditor editor(path);
        ChannelAlertSettings deploys = settingsOf(kUserFile, QStringLiteral("deploys"));
        deploys.mode = NotifyMode::Mute;
        QString error;
        QVERIFY2(editor.saveChannel(QStringLiteral("deploys"), deploys, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        QVERIFY(saved.contains("name = \"deploys\"   # ours\nnotify = \"mute\"\nsound = \"chime\"\nvolume = 0.8\n"));

        deploys.volume = 0.2;
        deploys.sound = QStringLiteral("/nonexistent.wav");
        QVERIFY(!editor.saveChannel(QStringLiteral("deploys"), deploys, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), saved);
    }

    void aMissingFileStartsFromTheCommentedDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bellboard.toml"));
        ChannelAlertSettings settings;
        settings.mode = NotifyMode::Ring;
        QVERIFY(ConfigEditor(path).saveChannel(QStringLiteral("backups"), settings));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.startsWith(defaultConfigText().left(200)));
        QCOMPARE(settingsOf(saved, QStringLiteral("backups")).mode, NotifyMode::Ring);
    }

    // Before the first start even the folder is missing. Every writer goes through the editor,
    // which writes the commented default first, as the first start would; an edit that is
    // refused still leaves that default behind, never a half-written file.
    void aMissingFolderIsCreatedWithTheCommentedDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/bellboard/bellboard.toml"));
        QString error;
        QVERIFY2(ConfigEditor(path).saveValues({ ConfigValue::integer(QStringLiteral("store"), QStringLiteral("retention_days"), 30) },
                                               &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        QVERIFY(saved.contains("# Bellboard configuration."));
        QCOMPARE(parseConfig(saved, QStringLiteral("test")).config.retention.maxAgeDays, 30);

        const QString refusedPath = dir.filePath(QStringLiteral("other/bellboard.toml"));
        ChannelAlertSettings bad;
        bad.sound = QStringLiteral("/nonexistent.wav");
        QVERIFY(!ConfigEditor(refusedPath).saveChannel(QStringLiteral("deploys"), bad, &error));
        QFile refused(refusedPath);
        QVERIFY(refused.open(QIODevice::ReadOnly));
        QCOMPARE(refused.readAll(), defaultConfigText());
    }
};

QTEST_GUILESS_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
