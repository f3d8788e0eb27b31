#include "core/messagehtml.h"
#include "messagefixtures.h"
#include "rendereddocument.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace bb;

namespace {

Event eventWith(const QString &text, const QByteArray &attachments = {}, const QByteArray &blocks = {})
{
    Event event;
    event.text = text;
    event.attachmentsJson = attachments;
    event.blocksJson = blocks;
    return event;
}

// The lines a reader sees, ignoring the empty blocks QTextDocument puts around tables.
QStringList lines(QString text)
{
    QStringList result;
    for (const QString &line : text.replace(QChar::LineSeparator, u'\n').split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

} // namespace

class TestMessageHtml : public QObject
{
    Q_OBJECT

private slots:
    void titleAndText()
    {
        Event event = eventWith(QStringLiteral("*New* user :tada:"));
        event.title = QStringLiteral("Sign-up <b>");
        const RenderedDocument document(eventBodyHtml(event));
        QCOMPARE(lines(document.plainText), (QStringList{ "Sign-up <b>", QStringLiteral("New user 🎉") }));
        QCOMPARE(eventPlainText(event), QStringLiteral("Sign-up <b>\nNew user 🎉"));
    }

    void plainEventsAreNotFormatted()
    {
        Event event = eventWith(QStringLiteral("*not bold* &lt;script&gt; <b>"));
        event.mrkdwn = false;
        // An unescaped <…> is a Slack control sequence; an unknown one shows its text only.
        QCOMPARE(RenderedDocument(eventBodyHtml(event)).plainText, QStringLiteral("*not bold* <script> b"));
    }

    void legacyAttachment()
    {
        const QByteArray attachments = legacyAttachmentJson();
        const QString html = eventBodyHtml(eventWith(QString(), attachments));
        QVERIFY(html.contains(QLatin1String("background-color:#a30200")));
        QVERIFY(html.contains(QLatin1String("<b>test</b>")));
        QVERIFY(html.contains(QLatin1String("pre *text*"))); // pretext is formatted only when mrkdwn_in says so
        const RenderedDocument document(html);
        const QString time = QLocale().toString(QDateTime::fromSecsSinceEpoch(1700000000), QLocale::ShortFormat);
        QCOMPARE(lines(document.plainText),
                 (QStringList{ "pre *text*", "ci", "Build failed", "step test failed", "Branch", "main",
                               "Commit", "abc123", "Log", "long line", "CI | " + time }));
        QCOMPARE(document.anchorHrefs, (QStringList{ "https://ci.example", "https://ci.example/42" }));
        QVERIFY(!document.plainText.contains(QLatin1String("never shown")));
    }

    void fallbackWhenNothingElse()
    {
        const QByteArray attachments = "[{\"fallback\": \"only this\", \"color\": \"#36a64f\"}]";
        const QString html = eventBodyHtml(eventWith(QString(), attachments));
        QVERIFY(html.contains(QLatin1String("background-color:#36a64f")));
        QCOMPARE(lines(RenderedDocument(html).plainText), QStringList{ "only this" });
    }

    void hostileColorIsNotWrittenIntoStyle()
    {
        const QByteArray attachments = hostileColorJson();
        const QString html = eventBodyHtml(eventWith(QString(), attachments));
        QVERIFY(!html.contains(QLatin1String("file:")));
        QVERIFY(html.contains(QLatin1String("#dddddd")));
    }

    void blockKit()
    {
        const QByteArray blocks = blockKitJson();
        const Event event = eventWith(QStringLiteral("fallback text, hidden when blocks exist"), {}, blocks);
        const QString html = eventBodyHtml(event);
        const RenderedDocument document(html);
        QCOMPARE(lines(document.plainText),
                 (QStringList{ QStringLiteral("Deploy 🚀"), "web to prod", "Who", "alice", "Open",
                               "logo", "by bot", "Approve   [Pick]" /* no-break spaces read back as spaces */, QStringLiteral("🖼 chart") }));
        // The plain text (tray, search, copies) marks buttons as Slack's clients do.
        QVERIFY2(eventPlainText(event).contains(QLatin1String("[Approve] [Pick]")), qPrintable(eventPlainText(event)));
        QCOMPARE(document.anchorHrefs,
                 (QStringList{ "https://prod.example", "bb-action:s1/open", "bb-action:b%201/approve",
                               "https://x.example/chart.png" }));
        QCOMPARE(document.images, 0);
        QVERIFY(html.contains(QLatin1String("<hr>")));
    }

    // Buttons are drawn as pills, in Slack's colours for style "primary" and "danger"; any
    // other style value is the plain button, never written into the markup.
    void buttonStylesPickTheirPill()
    {
        const QByteArray blocks = styledButtonsJson();
        const QString html = eventBodyHtml(eventWith(QString(), {}, blocks));
        QVERIFY2(html.contains(QLatin1String("<span class=\"button primary\">&nbsp;<a href=\"bb-action:b/go\">Roll back</a>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<span class=\"button danger\">&nbsp;<a href=\"bb-action:b/rm\">Delete</a>")));
        QVERIFY(html.contains(QLatin1String("<span class=\"button\">&nbsp;<a href=\"bb-action:b/x\">Cancel</a>")));
        QVERIFY(!html.contains(QLatin1String("evil")));
        QVERIFY(messageStyleSheet(false).contains(QLatin1String(".danger a")));
        QVERIFY(messageStyleSheet(true).contains(QLatin1String(".primary a")));
    }

    void remoteImagesOnlyWhenAllowedAndWeb()
    {
        const QByteArray blocks = twoImagesJson();
        MessageHtmlOptions options;
        QVERIFY(!eventBodyHtml(eventWith(QString(), {}, blocks), options).contains(QLatin1String("<img")));
        options.remoteImages = true;
        const QString html = eventBodyHtml(eventWith(QString(), {}, blocks), options);
        QCOMPARE(html.count(QLatin1String("<img")), 1);
        QVERIFY(html.contains(QLatin1String("<img src=\"https://x.example/a.png\">")));
        QVERIFY(!html.contains(QLatin1String("file:")));
    }

    void richText()
    {
        const QByteArray blocks = richTextJson();
        const QString html = eventBodyHtml(eventWith(QString(), {}, blocks));
        QVERIFY(html.contains(QLatin1String("<b> *bold*</b>")));
        const RenderedDocument document(html);
        QCOMPARE(lines(document.plainText),
                 (QStringList{ QStringLiteral("Hi @U1 *bold*bad👋"), "1. one", "2. two", "quoted", "<code>" }));
        QVERIFY(document.anchorHrefs.isEmpty());
    }

    void textIsCutWithANote()
    {
        MessageHtmlOptions options;
        options.maxTextChars = 100;
        const QString html = eventBodyHtml(eventWith(QString(1000, QLatin1Char('x'))), options);
        QVERIFY(RenderedDocument(html).plainText.endsWith(QStringLiteral("… (900 more characters)")));
    }

    void tenMegabyteTextIsBounded()
    {
        const QString html = eventBodyHtml(eventWith(QString(10 * 1024 * 1024, QLatin1Char('a'))));
        QVERIFY(html.size() < 25000);
    }

    void tenThousandAttachmentsAreCapped()
    {
        QJsonArray attachments;
        for (int i = 0; i < 10000; ++i)
            attachments.append(QJsonObject{ { "text", QStringLiteral("attachment %1").arg(i) } });
        const QByteArray json = QJsonDocument(attachments).toJson(QJsonDocument::Compact);
        const QString html = eventBodyHtml(eventWith(QString(), json));
        QVERIFY(html.size() < 20000);
        const QString plain = RenderedDocument(html).plainText;
        QVERIFY(plain.contains(QLatin1String("attachment 19")));
        QVERIFY(!plain.contains(QLatin1String("attachment 20")));
        QVERIFY(plain.contains(QStringLiteral("… and 9980 more attachments")));
    }

    void hugeAttachmentsShareOneBudget()
    {
        QJsonArray attachments;
        for (int i = 0; i < 20; ++i)
            attachments.append(QJsonObject{ { "text", QString(30000, QLatin1Char('y')) } });
        const QString html = eventBodyHtml(eventWith(QString(), QJsonDocument(attachments).toJson()));
        QVERIFY(html.size() < 3 * 20000 + 5000);
    }

    void deeplyNestedJsonDoesNotRecurse()
    {
        const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
        const QString html = eventBodyHtml(eventWith(QStringLiteral("still here"), deep, deep));
        const RenderedDocument document(html);
        QVERIFY(document.plainText.contains(QLatin1String("still here")));
        QVERIFY(document.plainText.contains(QLatin1String("could not be read")));

        // Within Qt's parser limit: nested arrays where objects are expected are ignored.
        const QByteArray nested = "[" + QByteArray(900, '[') + QByteArray(900, ']') + "]";
        QVERIFY(eventBodyHtml(eventWith(QString(), nested, nested)).size() < 1000);
    }

    void hostileAttachmentLinks()
    {
        const QByteArray attachments = hostileAttachmentJson();
        const QString html = eventBodyHtml(eventWith(QString(), attachments));
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(!html.contains(QChar(0x202E)));
        const RenderedDocument document(html);
        QVERIFY(document.anchorHrefs.isEmpty());
        QVERIFY(document.plainText.contains(QLatin1String("img src=x onerror=y evil")));
    }

    void searchTermsAreMarked()
    {
        MessageHtmlOptions options;
        options.highlightTerms = { QStringLiteral("bob") };
        const QString html = eventBodyHtml(eventWith(QStringLiteral("Bob paid")), options);
        QVERIFY(html.contains(QLatin1String("<span class=\"match\">Bob</span>")));
        QCOMPARE(RenderedDocument(html, messageStyleSheet()).plainText, QStringLiteral("Bob paid"));
    }
};

QTEST_MAIN(TestMessageHtml)
#include "tst_messagehtml.moc"
