// README's "Send from your app" examples, run as a reader would paste them (shell, Node,
// Python, Ruby, Go) against the real binary: each must store its event where README says.
#include "bellboardinstance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The fenced blocks of README's "## Send from your app" section: language → code.
QHash<QString, QString> examples()
{
    QFile file(QStringLiteral(BELLBOARD_SOURCE_DIR "/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(QLatin1String("\n## Send from your app"));
    const qsizetype end = text.indexOf(QLatin1String("\n## "), start + 1);
    const QString section = text.mid(start, end - start);
    QHash<QString, QString> blocks;
    static const QRegularExpression fence(QStringLiteral("```(\\w+)\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    for (auto it = fence.globalMatch(section); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        blocks.insert(match.captured(1), match.captured(2));
    }
    return blocks;
}

} // namespace

class TestReadmeExamples : public QObject
{
    Q_OBJECT

    BellboardInstance *bellboard = nullptr;
    QHash<QString, QString> m_examples;
    QTemporaryDir m_work;

    // Runs `program arguments` in the work folder with the example written to `file`; the
    // README's port becomes this instance's.
    void run(const QString &language, const QString &file, const QString &program, QStringList arguments,
             const QString &prefix = {}, const QString &suffix = {})
    {
        QVERIFY2(m_examples.contains(language), qPrintable(QStringLiteral("no %1 example in README").arg(language)));
        QString code = m_examples.value(language);
        code.replace(QLatin1String(":2355"), QStringLiteral(":%1").arg(bellboard->port()));
        QFile source(m_work.filePath(file));
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write((prefix + code + suffix).toUtf8());
        source.close();
        QProcess process;
        process.setWorkingDirectory(m_work.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_work.path()); // Go's build cache
        environment.insert(QStringLiteral("GOCACHE"), m_work.filePath(QStringLiteral("gocache")));
        process.setProcessEnvironment(environment);
        process.start(program, arguments << source.fileName());
        QVERIFY2(process.waitForStarted(), qPrintable(program + QStringLiteral(" is not installed (scripts/install-deps.sh)")));
        QVERIFY(process.waitForFinished(120'000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
    }
    QJsonObject newestIn(const QString &channel)
    {
        const HttpAnswer answer = httpRequest("GET", bellboard->url(QStringLiteral("/api/events?channel=%1&limit=1").arg(channel)));
        return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("events")).toArray().first().toObject();
    }

private slots:
    void initTestCase()
    {
        m_examples = examples();
        bellboard = new BellboardInstance;
        QVERIFY2(bellboard->start(), bellboard->serverErrors().constData());
    }
    void cleanupTestCase() { delete bellboard; }

    void shell()
    {
        run(QStringLiteral("sh"), QStringLiteral("send.sh"), QStringLiteral("sh"), {});
        QCOMPARE(newestIn(QStringLiteral("financials")).value(QStringLiteral("text")).toString(), QStringLiteral("Payment received $49"));
    }
    void node()
    {
        run(QStringLiteral("js"), QStringLiteral("send.mjs"), QStringLiteral("node"), {});
        const QJsonObject event = newestIn(QStringLiteral("user-behavior"));
        QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("New user registration! bob@example.com"));
        QCOMPARE(event.value(QStringLiteral("users")).toArray(), QJsonArray{ QStringLiteral("bob@example.com") });
    }
    void python()
    {
        run(QStringLiteral("python"), QStringLiteral("send.py"), QStringLiteral("python3"), {});
        const QJsonObject event = newestIn(QStringLiteral("critical-server-errors"));
        QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("Error while adding user carol@example.com"));
        QCOMPARE(event.value(QStringLiteral("level")).toString(), QStringLiteral("crit"));
    }
    void ruby()
    {
        run(QStringLiteral("ruby"), QStringLiteral("send.rb"), QStringLiteral("ruby"), {});
        const QJsonObject event = newestIn(QStringLiteral("user-behavior"));
        QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("dave@example.com upgraded to Pro"));
        QCOMPARE(event.value(QStringLiteral("users")).toArray(), QJsonArray{ QStringLiteral("dave@example.com") });
    }
    void go()
    {
        // The README shows the call; a program around it is what a reader has already.
        run(QStringLiteral("go"), QStringLiteral("send.go"), QStringLiteral("go"), { QStringLiteral("run") },
            QStringLiteral("package main\n\nimport (\n\t\"net/http\"\n\t\"strings\"\n)\n\nfunc main() {\n"), QStringLiteral("}\n"));
        QCOMPARE(newestIn(QStringLiteral("financials")).value(QStringLiteral("text")).toString(), QStringLiteral("Refund issued: $12"));
    }
};

QTEST_GUILESS_MAIN(TestReadmeExamples)
#include "tst_readmeexamples.moc"
