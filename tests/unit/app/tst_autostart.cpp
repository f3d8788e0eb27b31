// "Start at login": an XDG autostart entry the desktop itself reads (checked with
// desktop-file-validate when it is installed), removed again when switched off.
#include "app/autostart.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

class TestAutostart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8());
        QCOMPARE(Autostart::entryPath(), m_dir.filePath(QStringLiteral("autostart/io.github.bellboard.Bellboard.desktop")));
    }

    void enablingWritesAValidEntryThatStartsThisBinary()
    {
        const Autostart autostart({ QStringLiteral("--data-dir"), QStringLiteral("/srv/my desk") });
        QString error;
        QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
        QVERIFY(autostart.isEnabled());
        QFile file(Autostart::entryPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray entry = file.readAll();
        // Not installed as `bellboard`, so by full path; the argument with a space is quoted.
        QVERIFY2(entry.contains("Exec=" + QCoreApplication::applicationFilePath().toUtf8() + " --data-dir \"/srv/my desk\"\n"),
                 entry.constData());
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
        QProcess check;
        check.start(validator, { Autostart::entryPath() });
        QVERIFY(check.waitForFinished());
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
    }

    void anEntryTheDesktopSwitchedOffCountsAsOff()
    {
        QString error;
        QVERIFY(Autostart().setEnabled(true, &error));
        {
            QSettings entry(Autostart::entryPath(), QSettings::IniFormat);
            entry.setValue(QStringLiteral("Desktop Entry/X-GNOME-Autostart-enabled"), false);
        }
        QVERIFY(!Autostart().isEnabled());
    }

    void disablingRemovesTheEntry()
    {
        QString error;
        QVERIFY(Autostart().setEnabled(true, &error));
        QVERIFY(Autostart().setEnabled(false, &error));
        QVERIFY(!QFile::exists(Autostart::entryPath()));
        QVERIFY(!Autostart().isEnabled());
        QVERIFY(Autostart().setEnabled(false, &error)); // already off: nothing to do, no error
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
