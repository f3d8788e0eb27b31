// The real MainWindow under the locale a user's session sets (CTest runs this twice, with
// LANG=de_DE.UTF-8 and LANG=ja_JP.UTF-8): the translation is chosen from the system
// locale, the window and the dialogs speak it, plurals follow the language's rules, and
// the shipped .ts files have no unfinished messages.
#include "store/storetesthelpers.h"
#include "alerts/alertcenter.h"
#include "chatops/alertcommands.h"
#include "app/chatopssetup.h"
#include "app/config/config.h"
#include "app/cli/console.h"
#include "app/translations.h"
#include "chatops/chatops.h"
#include "slack/slacktokens.h"
#include "slack/slackwebapi.h"
#include "ui/window/mainwindow.h"
#include "ui/dialogs/preferencesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

namespace {

struct Expected
{
    QString channels, file, preferences, switcherHint, rings, preferencesTitle, cancel, headless;
    QString loudMode, problemsTitle, unknownTopKey, duplicateCommand, tokenRevoked, tokensSwapped, unmute;
};

Expected expectedFor(const QString &language)
{
    if (language == QLatin1String("de"))
        return { QStringLiteral("Kanäle"), QStringLiteral("&Datei"), QStringLiteral("&Einstellungen …"),
                 QStringLiteral("Strg+K wechselt den Kanal"), QStringLiteral("klingelt bei jedem Ereignis"),
                 QStringLiteral("Einstellungen"), QStringLiteral("Abbrechen"),
                 QStringLiteral("Alles außer dem Fenster ausführen."),
                 QStringLiteral("Konfigurationsdatei, Zeile 14: unbekannte Benachrichtigungsart „loud“ (ring, bold, mute, celebrate)"),
                 QStringLiteral("Probleme in der Konfiguration"),
                 QStringLiteral("Konfigurationsdatei, Zeile 1: unbekannter Schlüssel „colour“ in der Datei (bekannt: server, "),
                 QStringLiteral("Konfigurationsdatei, Zeile 5: /deploy ist bereits ein Befehl"),
                 QStringLiteral("Das Token wurde widerrufen: Erstellen Sie ein neues und melden Sie sich erneut an."),
                 QStringLiteral("die beiden Tokens sind vertauscht: "),
                 QStringLiteral("Hebt die Stummschaltung eines Kanals auf.") };
    return { QStringLiteral("チャンネル"), QStringLiteral("ファイル(&F)"), QStringLiteral("設定(&P)…"),
             QStringLiteral("Ctrl+K でチャンネルを切り替え"), QStringLiteral("イベントごとに音で知らせます"),
             QStringLiteral("設定"), QStringLiteral("キャンセル"),
             QStringLiteral("ウィンドウを開かずに、それ以外をすべて実行します。"),
             QStringLiteral("設定ファイルの 14 行目: 不明な通知方法「loud」です（ring, bold, mute, celebrate）"),
             QStringLiteral("設定ファイルの問題"),
             QStringLiteral("設定ファイルの 1 行目: 不明なキー「colour」です（場所: ファイルの最上位、使えるキー: server, "),
             QStringLiteral("設定ファイルの 5 行目: /deploy はすでにコマンドとして登録されています"),
             QStringLiteral("トークンが失効しています。新しいトークンを作成して、ログインし直してください。"),
             QStringLiteral("2 つのトークンが逆になっています: "),
             QStringLiteral("チャンネルのミュートを解除します。") };
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_language = qEnvironmentVariable("LANG").left(2);
        QVERIFY2(m_language == QLatin1String("de") || m_language == QLatin1String("ja"),
                 "run with LANG=de_DE.UTF-8 or LANG=ja_JP.UTF-8 (CTest does)");
        // As main() does: no [window] language in the config, so the system locale decides.
        QCOMPARE(installTranslations(QString()), m_language);
        m_expected = expectedFor(m_language);
    }

    void theWindowSpeaksTheSystemsLanguage()
    {
        EventStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("events.sqlite3"))));
        MainWindow window(&store);
        window.setNotifyModes({ { QStringLiteral("user-behavior"), NotifyMode::Ring } });
        window.resize(900, 600);
        window.show();
        window.restoreState(QStringLiteral("user-behavior"));
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("channelsHeading"))->text(), m_expected.channels);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("switcherHint"))->text(), m_expected.switcherHint);
        QVERIFY2(window.findChild<QLabel *>(QStringLiteral("channelMode"))->text().endsWith(m_expected.rings),
                 qPrintable(window.findChild<QLabel *>(QStringLiteral("channelMode"))->text()));
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), m_expected.file);
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionPreferences"))->text(), m_expected.preferences);
    }

    void dialogsAndQtsOwnButtonsToo()
    {
        PreferencesDialog dialog(Preferences{}, {});
        QCOMPARE(dialog.windowTitle(), m_expected.preferencesTitle);
        const QString cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text();
        if (cancel == QLatin1String("&Cancel") || cancel == QLatin1String("Cancel"))
            QSKIP("Qt's own translations are not installed (Debian: qt6-translations-l10n)");
        QCOMPARE(cancel, m_expected.cancel);
    }

    void theCommandLineToo()
    {
        QCOMPARE(Cli::tr("Run everything but the window."), m_expected.headless);
    }

    // A broken config file is explained in the person's language: by the loader (which the
    // command line prints) and in the window's problems box. Key names and values stay as
    // they are written in the file.
    void theConfigFilesProblemsToo()
    {
        const QString path = m_dir.filePath(QStringLiteral("bellboard.toml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("# my desk\n").repeated(10) + "\n[[channels]]\nname = \"ops\"\nnotify = \"loud\"\n");
        file.close();
        const ConfigLoadResult loaded = loadConfig(path);
        QCOMPARE(loaded.errors, QStringList{ m_expected.loudMode });

        EventStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("problems.sqlite3"))));
        MainWindow window(&store);
        window.show();
        QMessageBox *box = window.showConfigProblems(path, loaded.errors);
        QVERIFY(box);
        QCOMPARE(box->windowTitle(), m_expected.problemsTitle);
        QCOMPARE(box->informativeText(), m_expected.loudMode);

        const ConfigLoadResult unknown = parseConfig("colour = 1\n", QStringLiteral("t"));
        QCOMPARE(unknown.errors.size(), 1);
        QVERIFY2(unknown.errors.first().startsWith(m_expected.unknownTopKey), qPrintable(unknown.errors.first()));
    }

    // Messages of the layers below, each looked up in the context lupdate filed it under (a
    // helper with another context name would silently stay English).
    void theLayersBelowSpeakItToo()
    {
        EventStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("chatops.sqlite3"))));
        ChatOps chatops(&store);
        const QByteArray twice = "[[commands]]\nname = \"deploy\"\nrun = [\"true\"]\n\n"
                                 "[[commands]]\nname = \"deploy\"\nrun = [\"false\"]\n";
        const ConfigLoadResult loaded = parseConfig(twice, QStringLiteral("t"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        QCOMPARE(configureChatOps(&chatops, loaded.config), QStringList{ m_expected.duplicateCommand });

        AlertCenter alerts(AlertSettings(), nullptr);
        registerAlertCommands(&chatops, &alerts);
        const CommandRegistry::Entry *unmute = chatops.registry().find(QStringLiteral("unmute"));
        QVERIFY(unmute);
        QCOMPARE(unmute->spec.description, m_expected.unmute);

        QCOMPARE(SlackResponse::explain(QStringLiteral("token_revoked")), m_expected.tokenRevoked);
        const QString swapped = slacktokens::checkShapes({ QStringLiteral("xapp-1-A-2-b"), QStringLiteral("xoxb-1-2-c") });
        QVERIFY2(swapped.startsWith(m_expected.tokensSwapped), qPrintable(swapped));
    }

    void pluralsFollowTheLanguagesRules()
    {
        const auto newIn = [](int n) {
            return QCoreApplication::translate("bb::AlertPolicy", "%n new in #%1", nullptr, n).arg(QStringLiteral("financials"));
        };
        QVERIFY2(newIn(1).contains(QLatin1Char('1')) && newIn(12).contains(QStringLiteral("12")), qPrintable(newIn(12)));
        QVERIFY(newIn(12).contains(QStringLiteral("#financials")));
        if (m_language == QLatin1String("de"))
            QCOMPARE(newIn(1), QStringLiteral("1 neue Meldung in #financials"));
        if (m_language == QLatin1String("de"))
            QCOMPARE(newIn(12), QStringLiteral("12 neue Meldungen in #financials"));
        if (m_language == QLatin1String("ja")) // Japanese has one form for every count
            QCOMPARE(newIn(12), QStringLiteral("#financials に新着 12 件"));
    }

    // Every message of the shipped file has its translation (after lupdate added new ones,
    // this names the first that still needs a translator).
    void theShippedFileIsComplete()
    {
        QFile file(QStringLiteral(BELLBOARD_TRANSLATIONS_DIR "/bellboard_%1.ts").arg(m_language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(file.readAll());
        static const QRegularExpression unfinished(QStringLiteral("<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?"
                                                                  "<translation type=\"unfinished\""));
        const QRegularExpressionMatch match = unfinished.match(ts);
        QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("untranslated: ") + match.captured(1)));
        QVERIFY(!ts.contains(QStringLiteral("<numerusform></numerusform>")));
        QVERIFY(!ts.contains(QStringLiteral("<translation></translation>")));
    }

private:
    QTemporaryDir m_dir;
    QString m_language;
    Expected m_expected;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
