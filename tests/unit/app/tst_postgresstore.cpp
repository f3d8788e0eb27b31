#include "bellboardinstance.h"
#include "store/postgresfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using bb::test::PostgresFixture;

// The program on PostgreSQL as a user sets it up: [store] url and a password secret in the
// config file, or --store for one run; `bellboard search --store URL` reads the same events.
class TestPostgresStore : public QObject
{
    Q_OBJECT

private:
    PostgresFixture m_postgres;

    static QStringList textsOf(const QByteArray &json)
    {
        QStringList texts;
        for (const QJsonValue &event : QJsonDocument::fromJson(json).array())
            texts << event.toObject().value(QStringLiteral("text")).toString();
        return texts;
    }

private slots:
    void initTestCase() { QVERIFY2(m_postgres.setUp(), qPrintable(m_postgres.error())); }

    void storesInTheConfiguredDatabase()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("fromconfig")), qPrintable(m_postgres.error()));
        const QString url = m_postgres.url(QStringLiteral("fromconfig"));
        BellboardInstance bellboard("[store]\nurl = \"" + url.toUtf8() + "\"\npassword = \"pg\"\n");
        // The secret's value is the password libpq sends (the test server trusts local users).
        bellboard.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_PG"), QStringLiteral("not-needed"));
        QVERIFY2(bellboard.start(), bellboard.serverErrors().constData());
        const HttpAnswer posted = httpRequest("POST", bellboard.url(QStringLiteral("/c/ops")), "kettle boiled over");
        QCOMPARE(posted.status, 200);
        // Committed before the answer: the database has it now.
        QCOMPARE(m_postgres.psql(QStringLiteral("SELECT text FROM events"), QStringLiteral("fromconfig")),
                 QStringLiteral("kettle boiled over"));
        // The data folder holds no SQLite store.
        QVERIFY(!QFile::exists(bellboard.databaseFile()));

        const auto found = bellboard.run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("kettle") });
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(textsOf(found.out), QStringList{ "kettle boiled over" });
        const auto viaOption = bellboard.run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--store"),
                                               url, QStringLiteral("boiled") });
        QCOMPARE(viaOption.exitCode, 0);
        QCOMPARE(textsOf(viaOption.out), QStringList{ "kettle boiled over" });
    }

    void storeOptionForOneRun()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("fromoption")), qPrintable(m_postgres.error()));
        const QString url = m_postgres.url(QStringLiteral("fromoption"));
        BellboardInstance bellboard;
        QVERIFY2(bellboard.start({ QStringLiteral("--store"), url }), bellboard.serverErrors().constData());
        QCOMPARE(httpRequest("POST", bellboard.url(QStringLiteral("/c/ops")), "tea is ready").status, 200);
        QVERIFY(!QFile::exists(bellboard.databaseFile()));
        // Without --store, search reads the (empty) data folder, not the database.
        QVERIFY(bellboard.run({ QStringLiteral("search"), QStringLiteral("tea") }).exitCode != 0);
        const auto found = bellboard.run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--store"),
                                           url, QStringLiteral("tea") });
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(textsOf(found.out), QStringList{ "tea is ready" });
    }

    void missingPasswordSecretStopsTheStart()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("nosecret")), qPrintable(m_postgres.error()));
        BellboardInstance bellboard("[store]\nurl = \"" + m_postgres.url(QStringLiteral("nosecret")).toUtf8()
                                    + "\"\npassword = \"no-such-secret\"\n");
        bellboard.setEnvironmentVariable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        QVERIFY(!bellboard.start());
        QVERIFY(bellboard.serverErrors().contains("no-such-secret"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
