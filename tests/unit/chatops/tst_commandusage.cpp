#include "chatops/commandusage.h"

#include <QTest>

using namespace bb;

class TestCommandUsage : public QObject
{
    Q_OBJECT

private:
    static CommandUsage promote()
    {
        QString error;
        const CommandUsage usage = CommandUsage::parse(
                QStringLiteral("h"), { QStringLiteral("promote <pipeline> [from <stage>] [to <stage>]") }, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return usage;
    }

private slots:
    void fillsNamedArguments()
    {
        const CommandUsage::Match match = promote().match(QStringLiteral("promote my-pipeline"));
        QVERIFY2(match.ok, qPrintable(match.error));
        QCOMPARE(match.arguments.value("pipeline"), QStringLiteral("my-pipeline"));
        QVERIFY(!match.arguments.contains("from"));
        QVERIFY(!match.arguments.contains("to"));
    }

    void fillsOptionalParts()
    {
        const CommandUsage::Match match = promote().match(QStringLiteral("promote my-pipeline from staging to production"));
        QVERIFY2(match.ok, qPrintable(match.error));
        QCOMPARE(match.arguments.value("pipeline"), QStringLiteral("my-pipeline"));
        QCOMPARE(match.arguments.value("from"), QStringLiteral("staging"));
        QCOMPARE(match.arguments.value("to"), QStringLiteral("production"));
        // Two <stage> arguments: the kind alone is ambiguous and is not filled.
        QVERIFY(!match.arguments.contains("stage"));

        const CommandUsage::Match onlyTo = promote().match(QStringLiteral("PROMOTE p TO production"));
        QVERIFY(onlyTo.ok);
        QCOMPARE(onlyTo.arguments.value("to"), QStringLiteral("production"));
        QCOMPARE(onlyTo.arguments.value("stage"), QStringLiteral("production"));
    }

    void rejectsWithTheUsageLine()
    {
        const CommandUsage::Match match = promote().match(QStringLiteral("promote this is an invalid command"));
        QVERIFY(!match.ok);
        QVERIFY(match.arguments.isEmpty());
        QCOMPARE(match.error, QStringLiteral("'is' is not expected here (expected 'from' or 'to')\n"
                                             "usage: /h promote <pipeline> [from <stage>] [to <stage>]"));

        QCOMPARE(promote().match(QStringLiteral("promote")).error,
                 QStringLiteral("missing <pipeline>\nusage: /h promote <pipeline> [from <stage>] [to <stage>]"));
        QVERIFY(promote().match(QStringLiteral("promote p from")).error.startsWith("missing <stage>"));
        QVERIFY(promote().match(QStringLiteral("demote p")).error.startsWith("'demote' is not expected here (expected 'promote')"));
        QVERIFY(promote().match(QStringLiteral("promote \"p")).error.startsWith("a quote is not closed"));
    }

    void quotesKeepSpaces()
    {
        const CommandUsage::Match match = promote().match(QStringLiteral("promote \"my pipeline\" to prod"));
        QVERIFY(match.ok);
        QCOMPARE(match.arguments.value("pipeline"), QStringLiteral("my pipeline"));
    }

    void restTakesTheLineAsTyped()
    {
        const CommandUsage usage = CommandUsage::parse("search", { "search <query...>" });
        const CommandUsage::Match match = usage.match(QStringLiteral("user:bob  \"duplicate key\" -x"));
        QVERIFY(match.ok);
        QCOMPARE(match.arguments.value("query"), QStringLiteral("user:bob  \"duplicate key\" -x"));
        QVERIFY(!usage.match(QString()).ok);
    }

    void channelArgumentsStartWithHash()
    {
        const CommandUsage usage = CommandUsage::parse("mute", { "mute [<channel>] [<duration>]" });
        CommandUsage::Match match = usage.match(QStringLiteral("30m"));
        QVERIFY(match.ok);
        QCOMPARE(match.arguments.value("duration"), QStringLiteral("30m"));
        match = usage.match(QStringLiteral("#financials 2h"));
        QVERIFY(match.ok);
        QCOMPARE(match.arguments.value("channel"), QStringLiteral("#financials"));
        QCOMPARE(match.arguments.value("duration"), QStringLiteral("2h"));
        QVERIFY(usage.match(QString()).ok);
    }

    void explicitNamesAndAlternatives()
    {
        const CommandUsage usage = CommandUsage::parse(
                "deploy", { "deploy <app> [to <where:stage>]", "deploy rollback <app>" });
        QCOMPARE(usage.lines(), (QStringList{ "/deploy <app> [to <where:stage>]", "/deploy rollback <app>" }));
        CommandUsage::Match match = usage.match("web to production");
        QVERIFY(match.ok);
        QCOMPARE(match.arguments.value("where"), QStringLiteral("production"));
        QCOMPARE(match.arguments.value("stage"), QStringLiteral("production"));
        match = usage.match("rollback web");
        QVERIFY(match.ok);
        QCOMPARE(match.arguments.value("app"), QStringLiteral("web"));
        QVERIFY(usage.match("web production").error.endsWith("usage: /deploy <app> [to <where:stage>] or /deploy rollback <app>"));
    }

    void malformedUsageIsReported()
    {
        QString error;
        const CommandUsage usage = CommandUsage::parse("x", { "x [a <b>", "x <c>" }, &error);
        QCOMPARE(error, QStringLiteral("x [a <b>: unbalanced '['"));
        QCOMPARE(usage.lines(), QStringList{ "/x <c>" }); // the good line is kept
        error.clear();
        CommandUsage::parse("x", { "x a] <b>" }, &error);
        QCOMPARE(error, QStringLiteral("x a] <b>: unbalanced ']'"));
    }

    void completionOffersWhatMayComeNext()
    {
        using C = CommandUsage::Candidate;
        const CommandUsage usage = promote();
        QCOMPARE(usage.candidatesAt(QString()), (QList<C>{ { "promote", {} } }));
        QCOMPARE(usage.candidatesAt("pro"), (QList<C>{ { "promote", {} } }));
        QCOMPARE(usage.candidatesAt("promote "), (QList<C>{ { {}, "pipeline" } }));
        QCOMPARE(usage.candidatesAt("promote my-pipeline "), (QList<C>{ { "from", {} }, { "to", {} } }));
        QCOMPARE(usage.candidatesAt("promote my-pipeline from st"), (QList<C>{ { {}, "stage" } }));
        QCOMPARE(usage.candidatesAt("promote my-pipeline from staging "), (QList<C>{ { "to", {} } }));
        QVERIFY(usage.candidatesAt("promote my-pipeline from staging to production ").isEmpty());
        QVERIFY(usage.candidatesAt("promote this is ").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandUsage)
#include "tst_commandusage.moc"
