// Preferences in the window: the dialog writes through the app's saver into the same
// bellboard.toml (comments kept, untouched values keep their spelling) and the autostart
// entry; a value that would not load is refused with the reason and changes nothing.
#include "app/autostart.h"
#include "app/config/config.h"
#include "app/config/preferencessaver.h"
#include "store/eventstore.h"
#include "ui/window/mainwindow.h"
#include "ui/dialogs/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

namespace {

const QByteArray kUserFile = R"(# the desk's bellboard
[server]
listen = "127.0.0.1:2355"   # the usual port
max_body = 1048576          # bytes, written by hand
)";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8()); // the autostart folder
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("bellboard.toml"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kUserFile);
        QFile::remove(Autostart::entryPath());
    }

    void theDialogShowsWhatTheFileSays()
    {
        const Preferences preferences = preferencesFrom(loadConfig(m_path).config, Autostart());
        QCOMPARE(preferences.listen, QStringLiteral("127.0.0.1:2355"));
        QCOMPARE(preferences.maxBody, QStringLiteral("1MiB"));
        QCOMPARE(preferences.autoCreateChannels, true);
        QCOMPARE(preferences.language, QString());
        QCOMPARE(preferences.autostart, false);
        PreferencesDialog dialog(preferences, {});
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("listenEdit"))->text(), QStringLiteral("127.0.0.1:2355"));
        auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(languages->count(), 4); // the system's, English, Deutsch, 日本語
        QCOMPARE(languages->itemText(2), QStringLiteral("Deutsch"));
        QCOMPARE(languages->itemText(3), QStringLiteral("日本語"));
    }

    void okWritesTheFileInPlaceAndTheAutostartEntry()
    {
        const Autostart autostart;
        const Preferences before = preferencesFrom(loadConfig(m_path).config, autostart);
        Preferences applied;
        PreferencesDialog dialog(before, preferencesSaver(ConfigEditor(m_path), autostart, before,
                                                          [&](const Preferences &p) { applied = p; }));
        dialog.findChild<QLineEdit *>(QStringLiteral("listenEdit"))->setText(QStringLiteral("127.0.0.1:2400"));
        auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        languages->setCurrentIndex(languages->findData(QStringLiteral("de")));
        dialog.findChild<QCheckBox *>(QStringLiteral("autostartCheck"))->setChecked(true);
        dialog.findChild<QSpinBox *>(QStringLiteral("retentionDaysSpin"))->setValue(14);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QByteArray text = readAll(m_path);
        QVERIFY2(text.startsWith("# the desk's bellboard\n[server]\nlisten = \"127.0.0.1:2400\"   # the usual port\n"
                                 "max_body = 1048576          # bytes, written by hand\n"),
                 text.constData());
        const Config config = loadConfig(m_path).config;
        QCOMPARE(config.listenPort, quint16(2400));
        QCOMPARE(config.language, QStringLiteral("de"));
        QCOMPARE(config.retention.maxAgeDays, 14);
        QVERIFY(autostart.isEnabled());
        QVERIFY(readAll(Autostart::entryPath()).contains("Exec="));
        QCOMPARE(applied.retentionDays, 14);
    }

    // A file from before the language moved to [window]: saving a language moves it there, so
    // the file says in one place what is used. Its comments stay.
    void aNewLanguageMovesFromUiToWindow()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kUserFile + "\n[ui]\n# what the desk reads\nlanguage = \"ja\"\n\n[window]\ntheme = \"dark\"\n");
        file.close();
        const Autostart autostart;
        const Preferences before = preferencesFrom(loadConfig(m_path).config, autostart);
        QCOMPARE(before.language, QStringLiteral("ja"));
        Preferences wanted = before;
        wanted.language = QStringLiteral("de");
        QString error;
        QVERIFY2(preferencesSaver(ConfigEditor(m_path), autostart, before)(wanted, &error), qPrintable(error));
        QCOMPARE(readAll(m_path), kUserFile + "\n[ui]\n# what the desk reads\n\n[window]\ntheme = \"dark\"\nlanguage = \"de\"\n");
        const ConfigLoadResult loaded = loadConfig(m_path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        QCOMPARE(loaded.config.language, QStringLiteral("de"));
    }

    void aBadValueKeepsTheDialogOpenAndChangesNothing()
    {
        const Autostart autostart;
        const Preferences before = preferencesFrom(loadConfig(m_path).config, autostart);
        PreferencesDialog dialog(before, preferencesSaver(ConfigEditor(m_path), autostart, before));
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("listenEdit"))->setText(QStringLiteral("everywhere please"));
        dialog.findChild<QCheckBox *>(QStringLiteral("autostartCheck"))->setChecked(true);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("saveProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("'listen' must look like")), qPrintable(problem->text()));
        QCOMPARE(readAll(m_path), kUserFile);
        QVERIFY(!autostart.isEnabled()); // put back: the config could not be saved
    }

    void aBrokenConfigIsShownInTheWindowWithoutBlockingIt()
    {
        EventStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("events.sqlite3"))));
        MainWindow window(&store);
        window.show();
        const ConfigLoadResult loaded = parseConfig("[[channels]]\nname = \"x\"\nnotify = \"loud\"\n", m_path);
        QVERIFY(!window.showConfigProblems(m_path, {}));
        QMessageBox *box = window.showConfigProblems(m_path, loaded.errors);
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::NonModal); // the window stays usable behind it
        QVERIFY(box->text().contains(m_path));
        QCOMPARE(box->informativeText(),
                 QStringLiteral("config line 3: unknown notify mode 'loud' (ring, bold, mute, celebrate)"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
