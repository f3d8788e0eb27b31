// One window per user and data folder, with the real binary (offscreen windows): a second
// `bellboard` hands over to the first and exits 0; `send` and `--headless` are not windows
// and still work; another data folder is another instance; a crashed one's socket is replaced.
#include "bellboardinstance.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Runtime folder (the socket), config folder (window.ini, autostart): the test's own.
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        QDir().mkpath(m_home.filePath(QStringLiteral("run")));
        QFile::setPermissions(m_home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void aSecondStartHandsOverToTheFirstAndExitsZero()
    {
        BellboardInstance bellboard;
        std::unique_ptr<QProcess> first = startWindow(bellboard);
        QVERIFY(first);

        const Result second = runBinary(bellboard, {});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("already running"), second.out.constData());
        QCOMPARE(first->state(), QProcess::Running);

        // A wall request is handed over too, and checked by the first instance.
        const Result wall = runBinary(bellboard, { QStringLiteral("--wall"), QStringLiteral("no-such-channel") });
        QCOMPARE(wall.exitCode, 2);
        QVERIFY2(wall.err.contains("no-such-channel") && wall.err.contains("user-behavior"), wall.err.constData());
        const Result wallOk = runBinary(bellboard, { QStringLiteral("--wall"), QStringLiteral("financials") });
        QCOMPARE(wallOk.exitCode, 0);
        stop(*first);
    }

    void sendAndHeadlessAreNotHandedOver()
    {
        BellboardInstance bellboard;
        std::unique_ptr<QProcess> first = startWindow(bellboard);
        QVERIFY(first);

        const auto sent = bellboard.run({ QStringLiteral("send"), QStringLiteral("-c"), QStringLiteral("user-behavior"),
                                          QStringLiteral("hello from send") });
        QCOMPARE(sent.exitCode, 0);
        QVERIFY2(!sent.err.contains("written to the store directly"), sent.err.constData()); // it went over HTTP
        const auto found = bellboard.run({ QStringLiteral("search"), QStringLiteral("\"hello from send\"") });
        QVERIFY2(found.out.contains("hello from send"), found.out.constData());

        // --headless with the same data folder runs its own service (here on another port).
        const quint16 port = BellboardInstance::freePort();
        QProcess headless;
        headless.setProcessEnvironment(m_environment);
        headless.start(QStringLiteral(BELLBOARD_BINARY),
                       { QStringLiteral("--headless"), QStringLiteral("--data-dir"), bellboard.dataDir(),
                         QStringLiteral("--config"), bellboard.configFile(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:%1").arg(port) });
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest("GET", QStringLiteral("http://127.0.0.1:%1/healthz").arg(port)).status, 200, 10000);
        QVERIFY(!headless.readAllStandardOutput().contains("already running"));
        stop(headless);
        stop(*first);
    }

    void anotherDataFolderIsAnotherInstance()
    {
        BellboardInstance desk, office;
        std::unique_ptr<QProcess> first = startWindow(desk);
        QVERIFY(first);
        std::unique_ptr<QProcess> second = startWindow(office);
        QVERIFY(second);
        stop(*second);
        stop(*first);
    }

    void aCrashedInstancesSocketIsReplaced()
    {
        BellboardInstance bellboard;
        std::unique_ptr<QProcess> first = startWindow(bellboard);
        QVERIFY(first);
        first->kill();
        first->waitForFinished();
        std::unique_ptr<QProcess> again = startWindow(bellboard); // not "already running"
        QVERIFY(again);
        const Result second = runBinary(bellboard, {});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.contains("already running"));
        stop(*again);
    }

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QStringList pathArguments(const BellboardInstance &bellboard) const
    {
        return { QStringLiteral("--data-dir"), bellboard.dataDir(), QStringLiteral("--config"), bellboard.configFile() };
    }

    // `bellboard` with a window (offscreen), waiting until it serves.
    std::unique_ptr<QProcess> startWindow(const BellboardInstance &bellboard)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->start(QStringLiteral(BELLBOARD_BINARY), pathArguments(bellboard));
        for (int attempt = 0; attempt < 400 && process->state() != QProcess::NotRunning; ++attempt) {
            if (httpRequest("GET", bellboard.url(QStringLiteral("/healthz"))).status == 200)
                return process;
            QTest::qWait(25);
        }
        qWarning() << "did not start:" << process->readAllStandardError();
        return nullptr;
    }

    Result runBinary(const BellboardInstance &bellboard, const QStringList &extra)
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(BELLBOARD_BINARY), pathArguments(bellboard) + extra);
        if (!process.waitForFinished(20000))
            process.kill();
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 process.readAllStandardOutput(), process.readAllStandardError() };
    }

    static void stop(QProcess &process)
    {
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
