// [[sources]] in the config file: what a source needs, line-precise errors for an unknown
// kind, a missing channel, keys of another kind and template syntax (on the template's line).
#include "app/config/config.h"

#include <QTest>

#ifndef Q_MOC_RUN // moc needs only the class; Qt 6.4's moc mis-lexes some raw strings (\" inside)

using namespace bb;
#endif

class TestSourcesConfig : public QObject
{
    Q_OBJECT

private slots:
    void readsEachKind();

    void errorsNameTheLine_data();

    void errorsNameTheLine();
};

#ifndef Q_MOC_RUN
void TestSourcesConfig::readsEachKind()
{
    const ConfigLoadResult loaded = parseConfig(R"([[sources]]
name = "stripe"
kind = "stripe"
channel = "#Financials"
secret = "stripe_whsec"
tolerance = "10m"

[[sources]]
name = "grafana"
kind = "grafana"
channel = "ops"
secret = "grafana"
signature_header = "X-Sig"
timestamp_header = "X-Sig-Timestamp"

[[sources]]
name = "app"
kind = "json"
channel = "{{ team | default \"signups\" }}"
text = "{{ user.email }} upgraded to {{ plan }}"
level = "warn"
delivery_id = "{{ id }}"
)",
                                                QStringLiteral("t"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.config.sources.size(), 3);
    const SourceSettings &stripe = loaded.config.sources.at(0);
    QCOMPARE(stripe.name, QStringLiteral("stripe"));
    QCOMPARE(stripe.kind, SourceKind::Stripe);
    QCOMPARE(stripe.channel, QStringLiteral("financials"));
    QCOMPARE(stripe.secretName, QStringLiteral("stripe_whsec"));
    QCOMPARE(stripe.toleranceMs, qint64(600'000));
    QCOMPARE(stripe.line, 1);
    const SourceSettings &grafana = loaded.config.sources.at(1);
    QCOMPARE(grafana.signatureHeader, QByteArray("x-sig"));
    QCOMPARE(grafana.timestampHeader, QByteArray("x-sig-timestamp"));
    QCOMPARE(grafana.toleranceMs, qint64(300'000));
    const SourceSettings &app = loaded.config.sources.at(2);
    QCOMPARE(app.kind, SourceKind::Json);
    QVERIFY(!app.templates.text.isEmpty());
    QVERIFY(!app.templates.channel.isEmpty());
    QVERIFY(app.templates.title.isEmpty());
    QVERIFY(app.secretName.isEmpty());
}

void TestSourcesConfig::errorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown kind") << QByteArray("[[sources]]\nname = \"x\"\nkind = \"paypal\"\nchannel = \"a\"\n")
                                  << QStringLiteral("config line 3: unknown source kind 'paypal' (stripe, github, gitlab, sentry, alertmanager, grafana, json)");
    QTest::newRow("no kind") << QByteArray("\n[[sources]]\nname = \"x\"\nchannel = \"a\"\n")
                             << QStringLiteral("config line 2: source 'x' needs a kind (stripe, github, gitlab, sentry, alertmanager, grafana, json)");
    QTest::newRow("no channel") << QByteArray("[[sources]]\nname = \"x\"\nkind = \"github\"\n")
                                << QStringLiteral("config line 1: source 'x' needs a channel");
    QTest::newRow("no name") << QByteArray("[[sources]]\nkind = \"github\"\nchannel = \"a\"\n")
                             << QStringLiteral("config line 1: a [[sources]] entry needs a name (its URL is /sources/<name>)");
    QTest::newRow("bad name") << QByteArray("[[sources]]\nname = \"a/b\"\nkind = \"github\"\nchannel = \"a\"\n")
                              << QStringLiteral("config line 2: source name 'a/b' may only have letters, digits, '-', '_' and '.'");
    QTest::newRow("template key on stripe") << QByteArray("[[sources]]\nname = \"x\"\nkind = \"stripe\"\nchannel = \"a\"\ntext = \"{{ a }}\"\n")
                                            << QStringLiteral("config line 5: 'text' is for json sources only: a stripe source's events are made by Bellboard");
    QTest::newRow("template syntax") << QByteArray("[[sources]]\nname = \"x\"\nkind = \"json\"\nchannel = \"a\"\n\ntitle = \"New {{ plan \"\ntext = \"t\"\n")
                                     << QStringLiteral("config line 6: the title template: column 5: unclosed {{");
    QTest::newRow("template second line") << QByteArray("[[sources]]\nname = \"x\"\nkind = \"json\"\nchannel = \"a\"\ntext = \"\"\"first {{ a }}\nsecond {{ b | nope }}\"\"\"\n")
                                          << QStringLiteral("config line 6: the text template: column 15: unknown filter 'nope' (default, money, time, upper, lower, json)");
    QTest::newRow("json without text") << QByteArray("[[sources]]\nname = \"x\"\nkind = \"json\"\nchannel = \"a\"\n")
                                       << QStringLiteral("config line 1: json source 'x' needs a text template, e.g. text = \"{{ user.email }} signed up\"");
    QTest::newRow("duplicate") << QByteArray("[[sources]]\nname = \"x\"\nkind = \"github\"\nchannel = \"a\"\n[[sources]]\nname = \"x\"\nkind = \"github\"\nchannel = \"a\"\n")
                               << QStringLiteral("config line 6: source 'x' is already defined on line 1");
    QTest::newRow("bad tolerance") << QByteArray("[[sources]]\nname = \"x\"\nkind = \"stripe\"\nchannel = \"a\"\ntolerance = \"soon\"\n")
                                   << QStringLiteral("config line 5: ");
}

void TestSourcesConfig::errorsNameTheLine()
{
    QFETCH(QByteArray, toml);
    QFETCH(QString, error);
    const ConfigLoadResult loaded = parseConfig(toml, QStringLiteral("t"));
    QCOMPARE(loaded.errors.size(), 1);
    QVERIFY2(loaded.errors.first().startsWith(error), qPrintable(loaded.errors.first()));
    QVERIFY(loaded.config.sources.size() <= 1);
}
#endif

QTEST_GUILESS_MAIN(TestSourcesConfig)
#include "tst_sourcesconfig.moc"
