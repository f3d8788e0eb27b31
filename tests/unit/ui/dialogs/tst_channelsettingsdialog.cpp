// The channel settings dialog: it shows the channel's alert settings, OK applies them to the
// running AlertCenter and writes them to bellboard.toml, and every problem is said plainly.
#include "alerts/alertcenter.h"
#include "app/channelsettingsfile.h"
#include "app/config/config.h"
#include "ui/dialogs/channelsettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// A disk that is full.
class FullDisk : public ChannelSettingsStore
{
public:
    bool save(const QString &, const ChannelAlertSettings &, QString *error) override
    {
        *error = QStringLiteral("cannot write bellboard.toml: No space left on device");
        return false;
    }
};

} // namespace

class TestChannelSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_configPath;
    std::unique_ptr<AlertCenter> m_alerts;
    std::unique_ptr<ChannelSettingsFile> m_file; // the app's store: bellboard.toml in place

private slots:
    void init()
    {
        m_configPath = m_dir.filePath(QStringLiteral("bellboard.toml"));
        writeFile(m_configPath, defaultConfigText());
        m_file = std::make_unique<ChannelSettingsFile>(m_configPath);
        const Config config = loadConfig(m_configPath).config;
        m_alerts = std::make_unique<AlertCenter>(alertSettings(config, QDateTime::currentDateTime()), nullptr);
    }

    void fieldsShowTheChannelsSettings()
    {
        AlertSettings settings = m_alerts->settings();
        settings.channels[QStringLiteral("financials")].volume = 0.6;
        m_alerts->setSettings(settings);

        ChannelSettingsDialog dialog(QStringLiteral("financials"), m_alerts.get());
        QVERIFY(child<QRadioButton>(&dialog, "celebrateRadio")->isChecked());
        QCOMPARE(child<QComboBox>(&dialog, "soundCombo")->currentData().toString(), QStringLiteral("cash-register"));
        QCOMPARE(child<QComboBox>(&dialog, "soundCombo")->currentText(), QStringLiteral("Cash register"));
        QCOMPARE(child<QSlider>(&dialog, "volumeSlider")->value(), 60);
        QCOMPARE(child<QLabel>(&dialog, "volumeValue")->text(), QStringLiteral("60%"));
        QVERIFY(child<QCheckBox>(&dialog, "escalateCheck")->isChecked());  // [alerts] escalate_crit
        QVERIFY(!child<QCheckBox>(&dialog, "escalateCheck")->isEnabled()); // only bold channels escalate
        QCOMPARE(child<QLabel>(&dialog, "muteState")->text(), QStringLiteral("Not muted"));
        QVERIFY(!child<QPushButton>(&dialog, "unmuteButton")->isEnabled());
        QVERIFY(dialog.windowTitle().contains(QLatin1String("#financials")));
        QCOMPARE(child<QLabel>(&dialog, "soundLabel")->buddy(), child<QComboBox>(&dialog, "soundCombo"));
    }

    void okAppliesAtOnceAndWritesTheConfigFile()
    {
        ChannelSettingsDialog dialog(QStringLiteral("user-behavior"), m_alerts.get());
        dialog.setSettingsStore(m_file.get());
        QSignalSpy applied(&dialog, &ChannelSettingsDialog::settingsApplied);
        child<QRadioButton>(&dialog, "boldRadio")->click();
        QVERIFY(!child<QComboBox>(&dialog, "soundCombo")->isEnabled()); // a bold channel makes no sound
        child<QSlider>(&dialog, "volumeSlider")->setValue(35);
        child<QCheckBox>(&dialog, "escalateCheck")->click(); // off: this channel never escalates
        const QByteArray before = readFile(m_configPath);
        child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(applied.count(), 1);
        const ChannelAlertSettings now = m_alerts->settings().forChannel(QStringLiteral("user-behavior"));
        QCOMPARE(now.mode, NotifyMode::Bold);
        QCOMPARE(now.sound, QStringLiteral("service-bell"));
        QCOMPARE(now.volume, 0.35);
        QCOMPARE(now.escalateCrit, std::optional<bool>(false));

        QByteArray expected = before;
        expected.replace("name = \"user-behavior\"\nnotify = \"ring\"\nsound = \"service-bell\"\nvolume = 0.8\n",
                         "name = \"user-behavior\"\nnotify = \"bold\"\nsound = \"service-bell\"\nvolume = 0.35\n"
                         "escalate_crit = false\n");
        QCOMPARE(readFile(m_configPath), expected);
    }

    void aFailedSaveKeepsTheDialogOpenAndChangesNothing()
    {
        ChannelSettingsDialog dialog(QStringLiteral("financials"), m_alerts.get());
        FullDisk full;
        dialog.setSettingsStore(&full);
        dialog.show();
        child<QRadioButton>(&dialog, "muteRadio")->click();
        child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QLabel *problem = child<QLabel>(&dialog, "saveProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("No space left on device")), qPrintable(problem->text()));
        QCOMPARE(m_alerts->settings().forChannel(QStringLiteral("financials")).mode, NotifyMode::Celebrate);
    }

    void muteButtonsActAtOnceAndOkSavesTheMute()
    {
        ChannelSettingsDialog dialog(QStringLiteral("financials"), m_alerts.get());
        dialog.setSettingsStore(m_file.get());
        QSignalSpy muted(m_alerts.get(), &AlertCenter::muteChanged);
        child<QPushButton>(&dialog, "muteHourButton")->click();
        QCOMPARE(muted.count(), 1);
        const QDateTime until = m_alerts->mutedUntil(QStringLiteral("financials"));
        QVERIFY(until.isValid());
        QVERIFY(child<QLabel>(&dialog, "muteState")->text().startsWith(QLatin1String("Muted until")));
        QVERIFY(child<QPushButton>(&dialog, "unmuteButton")->isEnabled());

        dialog.accept();
        const ChannelAlertSettings saved =
                alertSettings(loadConfig(m_configPath).config, QDateTime::currentDateTime()).forChannel(QStringLiteral("financials"));
        QCOMPARE(saved.mutedUntil.toSecsSinceEpoch(), until.toSecsSinceEpoch());

        ChannelSettingsDialog again(QStringLiteral("financials"), m_alerts.get());
        again.setSettingsStore(m_file.get());
        child<QPushButton>(&again, "unmuteButton")->click();
        QCOMPARE(child<QLabel>(&again, "muteState")->text(), QStringLiteral("Not muted"));
        again.accept();
        QVERIFY(!readFile(m_configPath).contains("\nmuted_until = "));
    }

    void aChosenWavIsCheckedAndAnUnplayableOneIsExplained()
    {
        ChannelSettingsDialog dialog(QStringLiteral("financials"), m_alerts.get());
        dialog.show();
        QLabel *problem = child<QLabel>(&dialog, "soundProblem");
        const QString notWav = m_dir.filePath(QStringLiteral("notes.wav"));
        writeFile(notWav, "just some text, not audio");
        QVERIFY(!dialog.chooseSoundFile(notWav));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("is not a WAV file")), qPrintable(problem->text()));
        QCOMPARE(dialog.chosenSettings().sound, QStringLiteral("cash-register"));

        const QString bell = m_dir.filePath(QStringLiteral("my-bell.wav"));
        QFile::remove(bell);
        QVERIFY(QFile::copy(QStringLiteral(":/bellboard/sounds/service-bell.wav"), bell));
        QFile::setPermissions(bell, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(dialog.chooseSoundFile(bell));
        QVERIFY(!problem->isVisible());
        QCOMPARE(dialog.chosenSettings().sound, bell);
        QCOMPARE(child<QComboBox>(&dialog, "soundCombo")->currentText(), QStringLiteral("my-bell.wav"));

        // The file breaks after it was chosen: Test says what is wrong with it.
        writeFile(bell, "RIFF....WAVEjunk");
        child<QPushButton>(&dialog, "testButton")->click();
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("my-bell.wav")), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(QLatin1String("16-bit PCM")), qPrintable(problem->text()));
    }

    void testWithoutAnyPlayerSaysSoundIsOff()
    {
        ChannelSettingsDialog dialog(QStringLiteral("user-behavior"), m_alerts.get());
        dialog.show();
        child<QPushButton>(&dialog, "testButton")->click();
        QLabel *problem = child<QLabel>(&dialog, "soundProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("Service bell")) && problem->text().contains(QLatin1String("sound is turned off")),
                 qPrintable(problem->text()));
    }
};

QTEST_MAIN(TestChannelSettingsDialog)
#include "tst_channelsettingsdialog.moc"
