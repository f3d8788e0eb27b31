// Secrets through a real Secret Service (gnome-keyring under a private D-Bus session,
// started by with-keychain.sh): set with the CLI, used by the server, deleted.
#include "bellboardinstance.h"

#include <QTest>

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/unit/app/with-keychain.sh: it starts the keychain daemon");
    }

    void aTokenSetWithTheCliGuardsTheServer()
    {
        BellboardInstance bellboard("ingest_tokens = [\"deploy-bot\"]\n");
        const auto set = bellboard.run({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("deploy-bot") }, "kc-token-42\n");
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(bellboard.start(), bellboard.serverErrors().constData());
        QCOMPARE(httpRequest("POST", bellboard.url(QStringLiteral("/c/ops")), "no token").status, 401);
        QCOMPARE(httpRequest("POST", bellboard.url(QStringLiteral("/c/ops")), "with token",
                             { { "Authorization", "Bearer kc-token-42" } })
                         .status,
                 200);
        // The CLI finds the same token in the keychain and sends it along.
        const auto sent = bellboard.run({ QStringLiteral("send"), QStringLiteral("-c"), QStringLiteral("ops"), QStringLiteral("from the cli") });
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        bellboard.stop();
    }

    void aDeletedTokenStopsTheServerFromStarting()
    {
        BellboardInstance bellboard("ingest_tokens = [\"gone\"]\n");
        QCOMPARE(bellboard.run({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("gone") }, "x\n").exitCode, 0);
        QCOMPARE(bellboard.run({ QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("gone") }).exitCode, 0);
        QVERIFY(!bellboard.start());
        QVERIFY2(bellboard.serverErrors().contains("secret 'gone' is not set"), bellboard.serverErrors().constData());
    }

    void theSecretNeverAppearsInTheConfigOrTheData()
    {
        BellboardInstance bellboard;
        QCOMPARE(bellboard.run({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("hidden") }, "very-secret-value\n").exitCode, 0);
        QFile config(bellboard.configFile());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(!config.readAll().contains("very-secret-value"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
