#include "app/config/config.h"
#include "app/config/configeditor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bb;

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void shippedDefaultFileLoadsWithoutErrors()
    {
        const ConfigLoadResult loaded = parseConfig(defaultConfigText(), QStringLiteral("default"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.config.listenPort, kDefaultPort);
        QCOMPARE(loaded.config.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(loaded.config.channels.size(), 5);
        QCOMPARE(loaded.config.limits.maxBodyBytes, 1024 * 1024);
        QVERIFY(loaded.config.autoCreateChannels);
    }

    void firstStartWritesTheCommentedDefaultFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/bellboard.toml"));
        QString error;
        QVERIFY(ensureConfigFile(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("# Bellboard configuration."));
        QVERIFY(text.contains("listen = \"127.0.0.1:2355\""));
    }

    void existingFileIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bellboard.toml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# mine\n");
        file.close();
        QString error;
        QVERIFY(ensureConfigFile(path, &error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("# mine\n"));
    }

    void unknownNotifyModeIsReportedWithItsLine()
    {
        const ConfigLoadResult loaded = parseConfig("[server]\nlisten = \"127.0.0.1:9000\"\n\n"
                                                    "[[channels]]\nname = \"ops\"\nnotify = \"loud\"\n",
                                                    QStringLiteral("t"));
        QCOMPARE(loaded.errors, QStringList{ QStringLiteral(
                                        "config line 6: unknown notify mode 'loud' (ring, bold, mute, celebrate)") });
        QCOMPARE(loaded.config.listenPort, quint16(9000)); // the rest of the file still applies
        QCOMPARE(loaded.config.channels.first().notify, NotifyMode::Bold);
    }

    void problemsAreListedInLineOrder()
    {
        // Tables used to be read in a fixed order ([server] first), so these came out 6, 4, 3.
        const ConfigLoadResult loaded = parseConfig("# problems on lines 3, 4 and 6\n\n"
                                                    "window.theme = \"purple\"\n"
                                                    "alerts.coalesce = \"soon\"\n\n"
                                                    "server.max_body = \"lots\"\n",
                                                    QStringLiteral("t"));
        QCOMPARE(loaded.errors.size(), 3);
        QVERIFY2(loaded.errors.at(0).startsWith(QLatin1String("config line 3: ")), qPrintable(loaded.errors.at(0)));
        QVERIFY2(loaded.errors.at(1).startsWith(QLatin1String("config line 4: ")), qPrintable(loaded.errors.at(1)));
        QVERIFY2(loaded.errors.at(2).startsWith(QLatin1String("config line 6: ")), qPrintable(loaded.errors.at(2)));
    }

    // The team server's people (issue 15): a role is one of three words, else the entry is
    // left out and its line named; TLS takes a certificate and its key together.
    void usersAndTlsAreReadAndBadOnesNamed()
    {
        const ConfigLoadResult result = parseConfig("[server]\ntls_certificate = \"/etc/b.crt\"\ntls_key = \"/etc/b.key\"\n"
                                                    "[[users]]\nname = \"alice\"\ntoken = \"alice\"\nrole = \"operator\"\n"
                                                    "[[users]]\nname = \"vera\"\ntoken = \"vera\"\n"
                                                    "[[users]]\nname = \"carol\"\ntoken = \"carol\"\nrole = \"boss\"\n",
                                                    QStringLiteral("test"));
        QCOMPARE(result.errors, QStringList{ QStringLiteral("config line 14: unknown role 'boss' (viewer, operator, admin)") });
        QCOMPARE(result.config.users.size(), 2);
        QCOMPARE(result.config.users.at(0).name, QStringLiteral("alice"));
        QCOMPARE(result.config.users.at(0).tokenName, QStringLiteral("alice"));
        QCOMPARE(result.config.users.at(0).role, Role::Operator);
        QCOMPARE(result.config.users.at(1).role, Role::Viewer);
        QCOMPARE(result.config.tlsCertificate, QStringLiteral("/etc/b.crt"));
        QCOMPARE(result.config.tlsKey, QStringLiteral("/etc/b.key"));

        const ConfigLoadResult half = parseConfig("[server]\ntls_key = \"/etc/b.key\"\n", QStringLiteral("test"));
        QCOMPARE(half.errors.size(), 1);
    }

    void syntaxErrorKeepsDefaultsAndNamesTheLine()
    {
        const ConfigLoadResult loaded = parseConfig("[server]\nlisten = \"127.0.0.1:9000\n", QStringLiteral("t"));
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY2(loaded.errors.first().startsWith(QLatin1String("config line 2: ")), qPrintable(loaded.errors.first()));
        QCOMPARE(loaded.config.listenPort, kDefaultPort);
    }

    void unknownKeyIsReported()
    {
        const ConfigLoadResult loaded = parseConfig("[server]\nmax_bodyy = \"2MiB\"\n", QStringLiteral("t"));
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY(loaded.errors.first().startsWith(QLatin1String("config line 2: unknown key 'max_bodyy' in [server]")));
    }

    void wrongTypesAreReportedAndIgnored()
    {
        const ConfigLoadResult loaded = parseConfig("[server]\nmax_body = \"lots\"\nauto_create_channels = \"no\"\n"
                                                    "listen = \"nowhere:99999\"\n",
                                                    QStringLiteral("t"));
        QCOMPARE(loaded.errors.size(), 3);
        QCOMPARE(loaded.config.limits.maxBodyBytes, 1024 * 1024);
        QVERIFY(loaded.config.autoCreateChannels);
        QCOMPARE(loaded.config.listenPort, kDefaultPort);
    }

    void hugeAndNonFiniteNumbersAreErrors()
    {
        // Found with fuzz_config's checks: each used to wrap around, overflow (undefined
        // behaviour) or store NaN/inf; now each keeps its default and names its line.
        const ConfigLoadResult loaded = parseConfig("[server]\nheader_timeout = \"3000000s\"\n"
                                                    "body_timeout = \"99999999999999999999999s\"\n"
                                                    "rate_limit = inf\n"
                                                    "[[channels]]\nname = \"ops\"\nvolume = nan\n",
                                                    QStringLiteral("t"));
        QCOMPARE(loaded.errors.size(), 4);
        QVERIFY(loaded.errors.at(0).startsWith(QStringLiteral("config line 2: 'header_timeout' is too large")));
        QCOMPARE(loaded.config.limits.headerTimeoutMs, HttpLimits().headerTimeoutMs);
        QCOMPARE(loaded.config.limits.bodyTimeoutMs, HttpLimits().bodyTimeoutMs);
        QCOMPARE(loaded.config.limits.ratePerClient, 0.0);
        QCOMPARE(loaded.config.channels.size(), 1);
        QVERIFY(loaded.config.channels.first().volume >= 0 && loaded.config.channels.first().volume <= 1);
    }

    void serverSettingsAreRead()
    {
        const ConfigLoadResult loaded = parseConfig(
                "[server]\nlisten = \"[::1]:8080\"\nmax_body = \"2MiB\"\nidle_timeout = \"5s\"\n"
                "rate_limit = 50\nauto_create_channels = false\ndefault_channel = \"#Ops\"\n"
                "ingest_tokens = [\"ci\", \"web\"]\n[store]\nretention_days = 30\nretention_events = 1000000\n"
                "durability = \"normal\"\n",
                QStringLiteral("t"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const Config &config = loaded.config;
        QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(config.listenPort, quint16(8080));
        QCOMPARE(config.limits.maxBodyBytes, 2 * 1024 * 1024);
        QCOMPARE(config.limits.idleTimeoutMs, 5000);
        QCOMPARE(config.limits.ratePerClient, 50.0);
        QVERIFY(!config.autoCreateChannels);
        QCOMPARE(config.defaultChannel, QStringLiteral("ops"));
        QCOMPARE(config.ingestTokenNames, (QStringList{ QStringLiteral("ci"), QStringLiteral("web") }));
        QCOMPARE(config.retention.maxAgeDays, 30);
        QCOMPARE(config.retention.maxEvents, 1000000);
        QCOMPARE(config.durability, EventStore::Durability::Normal);
    }

    void storeUrlAndPasswordSecret()
    {
        const ConfigLoadResult good = parseConfig("[store]\nurl = \"postgresql://bellboard@db.example:5432/bb?sslmode=verify-full\"\n"
                                                  "password = \"pg\"\n",
                                                  QStringLiteral("t"));
        QVERIFY2(good.ok(), qPrintable(good.errors.join(QLatin1Char('\n'))));
        QCOMPARE(good.config.storeUrl, QStringLiteral("postgresql://bellboard@db.example:5432/bb?sslmode=verify-full"));
        QCOMPARE(good.config.storePasswordSecret, QStringLiteral("pg"));
        QVERIFY(parseConfig("", QStringLiteral("t")).config.storeUrl.isEmpty()); // SQLite as before

        for (const QByteArray &bad : { QByteArray("mysql://db/bb"), QByteArray("postgresql://bb:hunter2@db/bb"),
                                       QByteArray("postgres://db/bb?password=hunter2") }) {
            const ConfigLoadResult refused = parseConfig("[store]\nurl = \"" + bad + "\"\n", QStringLiteral("t"));
            QCOMPARE(refused.errors.size(), 1);
            QVERIFY(refused.config.storeUrl.isEmpty());
            QVERIFY2(!refused.errors.first().contains(QStringLiteral("hunter2")), qPrintable(refused.errors.first()));
        }
    }

    void windowSettingsAreReadAndBadOnesNamed()
    {
        const ConfigLoadResult defaults = parseConfig(defaultConfigText(), QStringLiteral("default"));
        QCOMPARE(defaults.config.theme, Theme::System);
        QCOMPARE(defaults.config.remoteImages, false);
        const ConfigLoadResult good = parseConfig("[window]\ntheme = \"dark\"\nremote_images = true\n", QStringLiteral("t"));
        QVERIFY2(good.ok(), qPrintable(good.errors.join(QLatin1Char('\n'))));
        QCOMPARE(good.config.theme, Theme::Dark);
        QCOMPARE(good.config.remoteImages, true);
        const ConfigLoadResult bad = parseConfig("[window]\n\ntheme = \"purple\"\nremote_images = \"yes\"\n", QStringLiteral("t"));
        QCOMPARE(bad.errors.size(), 2);
        QVERIFY2(bad.errors.at(0).contains(QStringLiteral("line 3")) && bad.errors.at(0).contains(QStringLiteral("purple")),
                 qPrintable(bad.errors.at(0)));
        QCOMPARE(bad.config.theme, Theme::System);
        QCOMPARE(bad.config.remoteImages, false);
    }

    void wallTilesAreReadAndBadOnesNamedWithTheirLines()
    {
        // No [[wall.tiles]]: the defaults, which fit the seed channels.
        QCOMPARE(parseConfig(defaultConfigText(), QStringLiteral("default")).config.wallTiles, defaultWallTiles());
        const ConfigLoadResult good = parseConfig("[[wall.tiles]]\n"
                                                  "title = \"Sign-ups today\"\n"
                                                  "query = 'in:#user-behavior \"New user registration\" today'\n"
                                                  "compare = \"yesterday\"\n"
                                                  "[[wall.tiles]]\n"
                                                  "title = \"Revenue today\"\n"
                                                  "query = \"in:#financials today\"\n"
                                                  "sum = \"amount\"\n",
                                                  QStringLiteral("t"));
        QVERIFY2(good.ok(), qPrintable(good.errors.join(QLatin1Char('\n'))));
        const QList<WallTileSpec> tiles{
            { QStringLiteral("Sign-ups today"), QStringLiteral(R"(in:#user-behavior "New user registration" today)"),
              TileComparison::Yesterday, false },
            { QStringLiteral("Revenue today"), QStringLiteral("in:#financials today"), TileComparison::None, true },
        };
        QCOMPARE(good.config.wallTiles, tiles);
        QVERIFY(parseConfig("[wall]\ntiles = []\n", QStringLiteral("t")).config.wallTiles.isEmpty());

        const ConfigLoadResult bad = parseConfig("[[wall.tiles]]\n"
                                                 "title = \"Broken\"\n"
                                                 "query = 'in:#user-behavior \"unclosed today'\n"
                                                 "[[wall.tiles]]\n"
                                                 "query = \"in:#financials today\"\n"
                                                 "compare = \"tomorrow\"\n"
                                                 "sum = \"count\"\n"
                                                 "[[wall.tiles]]\n"
                                                 "query = \"in:#financials\"\n"
                                                 "compare = \"yesterday\"\n"
                                                 "[[wall.tiles]]\n"
                                                 "title = \"no query\"\n"
                                                 "colour = \"red\"\n",
                                                 QStringLiteral("t"));
        QCOMPARE(bad.errors.size(), 6);
        QVERIFY2(bad.errors.at(0).startsWith(QStringLiteral("config line 3: the query 'in:#user-behavior \"unclosed today' is not valid: ")),
                 qPrintable(bad.errors.at(0)));
        QVERIFY2(bad.errors.at(1).startsWith(QStringLiteral("config line 6: unknown comparison 'tomorrow'")), qPrintable(bad.errors.at(1)));
        QVERIFY2(bad.errors.at(2).startsWith(QStringLiteral("config line 7: unknown sum 'count'")), qPrintable(bad.errors.at(2)));
        QVERIFY2(bad.errors.at(3).startsWith(QStringLiteral("config line 10: 'compare' needs a query with a start")), qPrintable(bad.errors.at(3)));
        // In line order, as every problem of the file.
        QVERIFY2(bad.errors.at(4).startsWith(QStringLiteral("config line 11: a [[wall.tiles]] entry needs a query")), qPrintable(bad.errors.at(4)));
        QVERIFY2(bad.errors.at(5).startsWith(QStringLiteral("config line 13: unknown key 'colour' in [[wall.tiles]]")), qPrintable(bad.errors.at(5)));
        QVERIFY(bad.config.wallTiles.isEmpty()); // a tile with a problem is left out
    }

    void routesNeedATagAndAChannel()
    {
        const ConfigLoadResult loaded = parseConfig(
                "[[routes]]\ntag = \"error-s3\"\nchannel = \"critical-server-errors\"\nusername = \"s3-uploader\"\n"
                "[[routes]]\ntag = \"lonely\"\n",
                QStringLiteral("t"));
        QCOMPARE(loaded.config.routes.size(), 1);
        QCOMPARE(loaded.config.routes.first().username, QStringLiteral("s3-uploader"));
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY(loaded.errors.first().startsWith(QLatin1String("config line 5: a [[routes]] entry needs")));
    }

    void slackSettingsAreReadAndCheckedWithTheirLines()
    {
        const ConfigLoadResult good = parseConfig("[slack]\napi_url = \"https://proxy.corp/slack/api/\"\n"
                                                  "mirror = [\"#general\", \"ops\", \"C0123ABCD\", \"ops\"]\n",
                                                  QStringLiteral("t"));
        QVERIFY2(good.ok(), qPrintable(good.errors.join(QLatin1Char('\n'))));
        QCOMPARE(good.config.slack.apiUrl, QStringLiteral("https://proxy.corp/slack/api/"));
        QCOMPARE(good.config.slack.mirror, (QStringList{ QStringLiteral("general"), QStringLiteral("ops"), QStringLiteral("C0123ABCD") }));
        QCOMPARE(parseConfig({}, QStringLiteral("t")).config.slack.apiUrl, QStringLiteral("https://slack.com/api/"));

        const ConfigLoadResult bad = parseConfig("[slack]\napi_url = \"slack.com\"\nmirror = [\"Not Valid\", 3]\ntoken = \"x\"\n",
                                                 QStringLiteral("t"));
        const QString all = bad.errors.join(QLatin1Char('\n'));
        QCOMPARE(bad.errors.size(), 4);
        QVERIFY2(all.contains(QStringLiteral("config line 2: 'api_url' must be an http")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("config line 3: 'mirror' must hold")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("config line 4: unknown key 'token' in [slack]")), qPrintable(all));
        QCOMPARE(bad.config.slack.apiUrl, QStringLiteral("https://slack.com/api/"));
        QVERIFY(bad.config.slack.mirror.isEmpty());
    }

    void slackMirrorIsEditedInPlace()
    {
        // The shipped file has [slack] commented out: the table is appended, all else kept.
        const QByteArray shipped = defaultConfigText();
        const auto added = ConfigEditor::withSlackMirror(shipped, { QStringLiteral("general") });
        QVERIFY(added);
        QVERIFY(added->startsWith(shipped));
        QCOMPARE(added->mid(shipped.size()), QByteArray("\n[slack]\nmirror = [\"general\"]\n"));
        // An existing list is replaced where it stands, with its comment.
        const QByteArray user = "[slack]\napi_url = \"https://slack.com/api/\"\nmirror = [\"a\",\n  \"b\"]   # the team's\n\n[server]\n";
        const auto edited = ConfigEditor::withSlackMirror(user, { QStringLiteral("b"), QStringLiteral("c") });
        QVERIFY(edited);
        QCOMPARE(*edited, QByteArray("[slack]\napi_url = \"https://slack.com/api/\"\nmirror = [\"b\", \"c\"]   # the team's\n\n[server]\n"));
        const auto inserted = ConfigEditor::withSlackMirror("[slack]\napi_url = \"https://slack.com/api/\"\n[server]\n", { QStringLiteral("x") });
        QVERIFY(inserted);
        QCOMPARE(*inserted, QByteArray("[slack]\napi_url = \"https://slack.com/api/\"\nmirror = [\"x\"]\n[server]\n"));
        QString error;
        QVERIFY(!ConfigEditor::withSlackMirror("slack = { mirror = [] }\n", { QStringLiteral("x") }, &error));
        QVERIFY2(error.contains(QStringLiteral("by hand")), qPrintable(error));
        QVERIFY(!ConfigEditor::withSlackMirror("[slack\n", { QStringLiteral("x") }, &error));
        QVERIFY2(error.contains(QStringLiteral("line 1")), qPrintable(error));
    }

    void remoteSettingsAreReadAndCheckedWithTheirLines()
    {
        const ConfigLoadResult good = parseConfig("[remote]\nserver = \"https://bellboard.example:2355\"\n"
                                                  "certificate_sha256 = \""
                                                          + QByteArray(32, 'a').toHex().left(64) + "\"\n",
                                                  QStringLiteral("t"));
        QVERIFY2(good.ok(), qPrintable(good.errors.join(QLatin1Char('\n'))));
        QCOMPARE(good.config.remote.server, QStringLiteral("https://bellboard.example:2355"));
        QCOMPARE(good.config.remote.certificateSha256, QString::fromLatin1(QByteArray(32, char(0x61)).toHex(':').toUpper()));
        QVERIFY(parseConfig({}, QStringLiteral("t")).config.remote.server.isEmpty());

        const ConfigLoadResult bad = parseConfig("[remote]\nserver = \"bellboard.example\"\ncertificate_sha256 = \"AB:CD\"\ntoken = \"x\"\n",
                                                 QStringLiteral("t"));
        const QString all = bad.errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("config line 2: 'server' must be an http:// or https:// URL")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("config line 3: 'certificate_sha256' must be a SHA-256 fingerprint")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("config line 4: unknown key 'token' in [remote]")), qPrintable(all));
        QVERIFY(bad.config.remote.server.isEmpty());
        QVERIFY(bad.config.remote.certificateSha256.isEmpty());
    }

    void theRemoteTableIsWrittenAtLoginAndRemovedAtLogout()
    {
        // The shipped file has [remote] commented out: login appends it, logout takes it away
        // again and the file is what it was.
        const QByteArray shipped = defaultConfigText();
        const auto added = ConfigEditor::withValues(
                shipped, { ConfigValue::string(QStringLiteral("remote"), QStringLiteral("server"), QStringLiteral("https://h:2355")) });
        QVERIFY(added);
        QCOMPARE(added->mid(shipped.size()), QByteArray("\n[remote]\nserver = \"https://h:2355\"\n"));
        const auto removed = ConfigEditor::withoutTable(*added, QStringLiteral("remote"));
        QVERIFY(removed);
        QCOMPARE(*removed, shipped);
        // Written by hand between others: its keys and header go, comments and neighbours stay.
        const QByteArray user = "[server]\nlisten = \":2355\"\n\n# the office server\n[remote]   # attached\n"
                                "server = \"https://h:2355\"\ncertificate_sha256 = \""
                              + QByteArray(32, 'b').toHex(':') + "\"\n\n[window]\ntheme = \"dark\"\n";
        const auto edited = ConfigEditor::withoutTable(user, QStringLiteral("remote"));
        QVERIFY(edited);
        QCOMPARE(*edited, QByteArray("[server]\nlisten = \":2355\"\n\n# the office server\n\n[window]\ntheme = \"dark\"\n"));
        QCOMPARE(*ConfigEditor::withoutTable(shipped, QStringLiteral("remote")), shipped); // nothing to remove
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
