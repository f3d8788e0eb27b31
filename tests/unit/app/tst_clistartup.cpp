// What the real binary loads: `bellboard --version` and `bellboard search` map no QtWidgets,
// QtGui or QtMultimedia (the window and the sound player are modules, loaded only to show a
// window or play a sound), `--headless` maps no QtWidgets. The window does load its module,
// so the checks see what they claim to see. Not timed: the figures are in tests/benchmarks/cli.
#include "bellboardinstance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QStringList kGraphical{ QStringLiteral("libQt6Widgets"), QStringLiteral("libQt6Gui"),
                              QStringLiteral("libQt6Multimedia") };

// The shared objects the dynamic loader mapped, from its LD_DEBUG=files trace on stderr
// ("file=libQt6Core.so.6 [0];  needed by …", "… dynamically loaded by …").
QSet<QString> loadedFromTrace(const QByteArray &stderrText)
{
    static const QRegularExpression file(QStringLiteral(R"(\bfile=(\S+)\s+\[)"));
    QSet<QString> names;
    for (auto match = file.globalMatch(QString::fromLocal8Bit(stderrText)); match.hasNext();)
        names.insert(match.next().captured(1).section(QLatin1Char('/'), -1));
    return names;
}

// The shared objects a running process has mapped.
QSet<QString> mappedBy(qint64 pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    QSet<QString> names;
    if (!maps.open(QIODevice::ReadOnly))
        return names;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype slash = line.indexOf('/');
        if (slash >= 0 && line.contains(".so"))
            names.insert(QString::fromLocal8Bit(line.mid(slash)).section(QLatin1Char('/'), -1));
    }
    return names;
}

QString findLibrary(const QSet<QString> &names, const QString &prefix)
{
    for (const QString &name : names) {
        if (name.startsWith(prefix))
            return name;
    }
    return {};
}

} // namespace

class TestCliStartup : public QObject
{
    Q_OBJECT
private slots:
    void versionLoadsNothingGraphical()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BELLBOARD_BINARY), { QStringLiteral("--version") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("bellboard "));
        const QSet<QString> loaded = loadedFromTrace(process.readAllStandardError());
        QVERIFY2(!findLibrary(loaded, QStringLiteral("libQt6Core")).isEmpty(), "no LD_DEBUG trace"); // the trace works
        for (const QString &library : kGraphical)
            QVERIFY2(findLibrary(loaded, library).isEmpty(), qPrintable(library + QStringLiteral(" was loaded")));
        // PostgreSQL's client (and its OpenSSL, Kerberos, LDAP) only for a PostgreSQL store.
        QVERIFY2(findLibrary(loaded, QStringLiteral("libpq")).isEmpty(), "libpq was loaded");
    }

    void searchLoadsNothingGraphical()
    {
        BellboardInstance bellboard("[alerts]\nsound = false\n");
        QVERIFY(bellboard.start());
        QCOMPARE(httpRequest("POST", bellboard.url(QStringLiteral("/c/user-behavior")), "signup from ada@example.com").status, 200);
        bellboard.stop();

        bellboard.setEnvironmentVariable(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const auto found = bellboard.run({ QStringLiteral("search"), QStringLiteral("user:ada@example.com") });
        QCOMPARE(found.exitCode, 0);
        QVERIFY2(found.out.contains("signup from ada@example.com"), found.out.constData());
        const QSet<QString> loaded = loadedFromTrace(found.err);
        QVERIFY2(!findLibrary(loaded, QStringLiteral("libQt6Sql")).isEmpty(), "no LD_DEBUG trace");
        for (const QString &library : kGraphical)
            QVERIFY2(findLibrary(loaded, library).isEmpty(), qPrintable(library + QStringLiteral(" was loaded")));
    }

    // Sound is on (the default): the sound module and Qt Multimedia come in, the window does not.
    void headlessLoadsNoWidgets()
    {
        BellboardInstance bellboard;
        QVERIFY(bellboard.start());
        const QSet<QString> mapped = mappedBy(bellboard.process().processId());
        QVERIFY2(!findLibrary(mapped, QStringLiteral("libbellboard-sound")).isEmpty(),
                 qPrintable(QStringList(mapped.values()).join(QLatin1Char(' '))));
        QVERIFY(findLibrary(mapped, QStringLiteral("libQt6Widgets")).isEmpty());
        QVERIFY(findLibrary(mapped, QStringLiteral("libbellboard-window")).isEmpty());
        bellboard.stop();
    }

    void theWindowLoadsItsModule()
    {
        BellboardInstance bellboard("[alerts]\nsound = false\n");
        bellboard.setHeadless(false);
        bellboard.setEnvironmentVariable(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The window's own files (window.ini, the single-instance socket) in the test's folder.
        const QString home = bellboard.dataDir() + QStringLiteral("/home");
        QVERIFY(QDir().mkpath(home + QStringLiteral("/run")));
        QFile::setPermissions(home + QStringLiteral("/run"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        bellboard.setEnvironmentVariable(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
        bellboard.setEnvironmentVariable(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        QVERIFY(bellboard.start());
        const QSet<QString> mapped = mappedBy(bellboard.process().processId());
        QVERIFY(!findLibrary(mapped, QStringLiteral("libbellboard-window")).isEmpty());
        QVERIFY(!findLibrary(mapped, QStringLiteral("libQt6Widgets")).isEmpty());
        QVERIFY(findLibrary(mapped, QStringLiteral("libQt6Multimedia")).isEmpty()); // sound = false
        bellboard.kill();                                                           // it may still be building its window: a clean exit is not this test's concern
    }
};

QTEST_GUILESS_MAIN(TestCliStartup)
#include "tst_clistartup.moc"
