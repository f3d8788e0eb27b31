#include "core/mrkdwn.h"
#include "rendereddocument.h"

#include <QTest>

using namespace bb;

namespace {

RenderedDocument rendered(const QString &mrkdwn, const MrkdwnOptions &options = {})
{
    return RenderedDocument(mrkdwnToHtml(mrkdwn, options));
}

// The lines a reader sees, ignoring the empty blocks QTextDocument puts around tables.
QStringList visibleLines(QString text)
{
    return text.replace(QChar::LineSeparator, u'\n').split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestMrkdwn : public QObject
{
    Q_OBJECT

private slots:
    void styles_data()
    {
        QTest::addColumn<QString>("mrkdwn");
        QTest::addColumn<QString>("html");
        QTest::newRow("bold") << "a *bold* b"
                              << "<div>a <b>bold</b> b</div>";
        QTest::newRow("italic") << "_it_"
                                << "<div><i>it</i></div>";
        QTest::newRow("strike") << "~gone~"
                                << "<div><s>gone</s></div>";
        QTest::newRow("code") << "run `ls *x*`"
                              << "<div>run <code>ls *x*</code></div>";
        QTest::newRow("nested") << "*bold _both_*"
                                << "<div><b>bold <i>both</i></b></div>";
        QTest::newRow("inside a word is not bold") << "a*b*c"
                                                   << "<div>a*b*c</div>";
        QTest::newRow("snake_case stays") << "my_var_name"
                                          << "<div>my_var_name</div>";
        QTest::newRow("space after opener") << "* not bold*"
                                            << "<div style=\"margin-left:12px\">• not bold*</div>";
        QTest::newRow("space before closer") << "*not bold *"
                                             << "<div>*not bold *</div>";
        QTest::newRow("punctuation around") << "(*yes*)."
                                            << "<div>(<b>yes</b>).</div>";
        QTest::newRow("unclosed") << "2 * 3 = 6"
                                  << "<div>2 * 3 = 6</div>";
        QTest::newRow("entities") << "a &lt;b&gt; &amp;amp;"
                                  << "<div>a &lt;b&gt; &amp;amp;</div>";
        QTest::newRow("line breaks") << "one\ntwo"
                                     << "<div>one<br>two</div>";
        QTest::newRow("emoji") << ":rocket: *go*" << QStringLiteral("<div>🚀 <b>go</b></div>");
        QTest::newRow("no emoji in code") << "`:rocket:`"
                                          << "<div><code>:rocket:</code></div>";
        QTest::newRow("here") << "<!here> look"
                              << "<div><span class=\"broadcast\" style=\"font-weight:600; "
                                 "background-color:#fff0b3; color:#1d1c1d\">@here</span> look</div>";
    }
    void styles()
    {
        QFETCH(QString, mrkdwn);
        QFETCH(QString, html);
        QCOMPARE(mrkdwnToHtml(mrkdwn), html);
    }

    void visibleText_data()
    {
        QTest::addColumn<QString>("mrkdwn");
        QTest::addColumn<QString>("plain");
        QTest::newRow("user mention with name") << "hi <@U123|alice>"
                                                << "hi @alice";
        QTest::newRow("user mention id only") << "hi <@U123>"
                                              << "hi @U123";
        QTest::newRow("channel") << "see <#C123|general>"
                                 << "see #general";
        QTest::newRow("channel broadcast") << "<!channel> and <!everyone>"
                                           << "@channel and @everyone";
        QTest::newRow("date fallback") << "<!date^1392734382^{date_short}|Feb 18, 2014> ok"
                                       << "Feb 18, 2014 ok";
        QTest::newRow("user group") << "<!subteam^S123|@ops>"
                                    << "@ops";
        QTest::newRow("code block") << "before\n```a *b*\n  c```\nafter"
                                    << "before\na *b*\n  c\nafter";
        QTest::newRow("quote escaped") << "&gt; quoted\nnot"
                                       << "\nquoted\nnot";
        QTest::newRow("quote raw") << "> quoted"
                                   << "\nquoted";
        QTest::newRow("block quote") << "&gt;&gt;&gt; all\nof this"
                                     << "\nall\u2028of this";
        QTest::newRow("bullets") << "• one\n- two\n1. three"
                                 << "• one\n• two\n1. three";
        QTest::newRow("unknown emoji stays") << ":not_an_emoji: :x:"
                                             << ":not_an_emoji: ❌";
        QTest::newRow("skin tone") << ":wave::skin-tone-2:" << QStringLiteral("👋🏻");
    }
    void visibleText()
    {
        QFETCH(QString, mrkdwn);
        QFETCH(QString, plain);
        QCOMPARE(visibleLines(rendered(mrkdwn).plainText), visibleLines(plain));
    }

    void plainTextForCopyHasNoMarkers()
    {
        QCOMPARE(mrkdwnToPlainText(QStringLiteral("*done* <https://x.example/a|report> &lt;3 :tada:")),
                 QStringLiteral("done report (https://x.example/a) <3 🎉"));
        QCOMPARE(mrkdwnToPlainText(QStringLiteral("&gt; q\n• item")), QStringLiteral("> q\n• item"));
    }

    void links_data()
    {
        QTest::addColumn<QString>("mrkdwn");
        QTest::addColumn<QStringList>("hrefs");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("labelled") << "<https://example.com/a?b=1&amp;c=2|the report>"
                                  << QStringList{ "https://example.com/a?b=1&c=2" } << QStringList{ "the report" };
        QTest::newRow("bare in brackets") << "<https://example.com>"
                                          << QStringList{ "https://example.com" } << QStringList{ "https://example.com" };
        QTest::newRow("mailto") << "<mailto:a@b.example|a@b.example>"
                                << QStringList{ "mailto:a@b.example" } << QStringList{ "a@b.example" };
        QTest::newRow("typed url") << "see https://example.com/x, ok"
                                   << QStringList{ "https://example.com/x" } << QStringList{ "https://example.com/x" };
        QTest::newRow("bold link") << "*<http://example.com|x>*" << QStringList{ "http://example.com" } << QStringList{ "x" };
        QTest::newRow("javascript") << "<javascript:alert(1)|click>" << QStringList() << QStringList();
        QTest::newRow("file") << "<file:///etc/passwd|passwords>" << QStringList() << QStringList();
        QTest::newRow("qrc") << "<qrc:/bellboard/x>" << QStringList() << QStringList();
        QTest::newRow("data") << "<data:text/html,<script>|x>" << QStringList() << QStringList();
        QTest::newRow("quote in url") << "<https://e.example/\"onmouseover=\"x|y>" << QStringList() << QStringList();
    }
    void links()
    {
        QFETCH(QString, mrkdwn);
        QFETCH(QStringList, hrefs);
        QFETCH(QStringList, texts);
        const RenderedDocument document = rendered(mrkdwn);
        QCOMPARE(document.anchorHrefs, hrefs);
        QCOMPARE(document.anchorTexts, texts);
    }

    void unsafeLinksShowTheirTextOnly()
    {
        QCOMPARE(rendered(QStringLiteral("<javascript:alert(1)|click>")).plainText, QStringLiteral("click"));
        QCOMPARE(rendered(QStringLiteral("<file:///etc/passwd>")).plainText, QStringLiteral("file:///etc/passwd"));
    }

    void hostileMarkupIsShownAsText_data()
    {
        QTest::addColumn<QString>("mrkdwn");
        QTest::newRow("script") << "<script>alert(1)</script>";
        QTest::newRow("raw img") << "<img src=file:///etc/passwd>";
        QTest::newRow("escaped img") << "&lt;img src=\"file:///etc/passwd\"&gt;";
        QTest::newRow("style") << "<style>*{color:red}</style>";
        QTest::newRow("a tag") << "&lt;a href=\"javascript:x\"&gt;hi&lt;/a&gt;";
        QTest::newRow("in code") << "`<img src=x>` ```<img src=y>```";
        QTest::newRow("in label") << "<https://ok.example|<img src=x>>";
    }
    void hostileMarkupIsShownAsText()
    {
        QFETCH(QString, mrkdwn);
        const QString html = mrkdwnToHtml(mrkdwn);
        QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("<style")), qPrintable(html));
        const RenderedDocument document(html);
        QCOMPARE(document.images, 0);
        for (const QString &href : document.anchorHrefs)
            QVERIFY2(href.startsWith(QLatin1String("https:")), qPrintable(href));
    }

    void scriptTagTextIsVisible()
    {
        QCOMPARE(rendered(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")).plainText,
                 QStringLiteral("<script>alert(1)</script>"));
    }

    void bidiAndZeroWidthCharactersAreRemoved()
    {
        // U+202E would show "gpj.exe" as "exe.jpg"; U+200B would hide a character in "paypal".
        const QString text = QStringLiteral("file\u202Egpj.exe pay\u200Bpal \u2066x\u2069 a\uFEFFb");
        QCOMPARE(rendered(text).plainText, QStringLiteral("filegpj.exe paypal x ab"));
        // Joiners inside emoji sequences survive.
        const QString family = QStringLiteral("👨\u200D👩\u200D👧");
        QCOMPARE(rendered(family).plainText, family);
    }

    void tenMegabyteLineIsCutWithANote()
    {
        const QString huge = QString(10 * 1024 * 1024, QLatin1Char('*'));
        const QString html = mrkdwnToHtml(huge);
        QVERIFY(html.size() < 10 * 20000); // bounded by the limit, not by the input
        const QString plain = RenderedDocument(html).plainText;
        QVERIFY2(plain.endsWith(QStringLiteral("… (%1 more characters)").arg(10 * 1024 * 1024 - 20000)),
                 qPrintable(plain.right(60)));
    }

    void hostileDelimitersStayLinear()
    {
        // Every opener looks for a closer: still one pass, output bounded by the limit.
        QString mixed;
        for (int i = 0; i < 5000; ++i)
            mixed += QStringLiteral(" *_~a");
        const QString html = mrkdwnToHtml(mixed);
        QVERIFY(html.size() < 200000);
    }

    void longWordsGetPlacesToWrap()
    {
        // QTextDocument lays out one unbreakable 20,000-letter word in ~350 ms: the HTML gives
        // it a zero-width space every 64 letters; the plain text (copy, export) stays as sent.
        const QString word(20000, QLatin1Char('w'));
        const QString html = mrkdwnToHtml(word);
        QCOMPARE(html.count(QChar(0x200B)), 20000 / 64 - (20000 % 64 == 0 ? 1 : 0));
        QVERIFY(!html.contains(QString(65, QLatin1Char('w'))));
        QVERIFY(!mrkdwnToHtml(QStringLiteral("short words stay as they are")).contains(QChar(0x200B)));
        QCOMPARE(mrkdwnToPlainText(word), word);
        // Never between the two halves of a character (found by fuzz_render).
        const QString emoji = QString(63, QLatin1Char('w')) + QStringLiteral("\U0001F600\U0001F600");
        QVERIFY(mrkdwnToHtml(emoji).contains(QStringLiteral("\U0001F600\u200B\U0001F600")));
    }

    void notFormattedWhenMrkdwnIsOff()
    {
        MrkdwnOptions options;
        options.formatting = false;
        QCOMPARE(mrkdwnToHtml(QStringLiteral("*a* `b` &gt; c <https://x.example|y>"), options),
                 QStringLiteral("*a* `b` &gt; c <a href=\"https://x.example\">y</a>"));
    }

    void searchMatchesAreMarked()
    {
        MrkdwnOptions options;
        options.highlight = true;
        options.highlightTerms = { QStringLiteral("alice") };
        const QString html = mrkdwnToHtml(QStringLiteral("*Alice* paid; ALICE again"), options);
        QCOMPARE(html, QStringLiteral("<div><b><span class=\"match\">Alice</span></b> paid; "
                                      "<span class=\"match\">ALICE</span> again</div>"));
        const RenderedDocument document(html, QStringLiteral(".match { background-color: #ffe066 }"));
        QCOMPARE(document.plainText, QStringLiteral("Alice paid; ALICE again"));
    }
};

QTEST_MAIN(TestMrkdwn)
#include "tst_mrkdwn.moc"
