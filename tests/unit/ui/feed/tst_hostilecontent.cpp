// Hostile content end to end: each payload of hostilepayloads.h goes over a real socket into
// the ingest, the store and the open window's feed, which paints it. What must hold: a refusal
// is clean (the right status and error word, nothing stored); what is stored is shown as text,
// never as markup, with no resource loaded, no unsafe link and no hidden characters; the work
// for one event is bounded (rendered HTML size) and done once (the laid-out body is cached).
// How long the GUI thread stalls on them is measured by bench_hostile, not asserted here.
#include "core/rendereddocument.h"
#include "hostilepayloads.h"
#include "ui/window/inprocessconsole.h"

#include "ui/feed/eventbody.h"
#include "ui/feed/feeddelegate.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/window/mainwindow.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {

// One event's rendered HTML may be this large whatever the sender sends (1 MiB bodies and
// more): the text budget (2 × 20,000 characters) plus the markup around what is shown.
constexpr qsizetype kMaxBodyHtml = 160'000;
// …and this many tags: the renderer stops at 1,000 pieces of markup (what layout time grows
// with), and closes what it opened.
constexpr qsizetype kMaxBodyTags = 2'000;

// Bidi overrides and isolates, and the byte-order mark: never shown. (U+200B is what the
// renderer itself puts into very long words, so that they can wrap; the bidi payload checks
// that the sender's own is gone.)
const char16_t kHiddenCharacters[] = { 0x202E, 0x2066, 0x2069, 0xFEFF };

} // namespace

class TestHostileContent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void hostilePayloadsAreRefusedOrShownSafelyWithBoundedWork()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 16 * 1024 * 1024; // let 10 MB reach the decoders, past the default 413
        InProcessConsole console(limits);
        QVERIFY(console.isReady());

        QStringList accepted;
        for (const HostilePayload &payload : hostilePayloads()) {
            const InProcessConsole::Answer answer = console.post(payload.path, payload.contentType, payload.body);
            QVERIFY2(answer.status == payload.expectedStatus,
                     qPrintable(QStringLiteral("%1: status %2, %3").arg(QLatin1String(payload.name)).arg(answer.status).arg(QString::fromUtf8(answer.body.left(200)))));
            if (payload.expectedStatus == 200)
                accepted << QLatin1String(payload.name);
            else
                QVERIFY2(answer.body.contains(payload.expectedError), payload.name);
        }
        console.store()->flush();

        MainWindow window(console.store());
        window.resize(900, 700);
        window.show();
        window.restoreState(QStringLiteral("hostile"));
        QCOMPARE(window.currentChannel(), QStringLiteral("hostile"));
        QTRY_COMPARE(window.feedModel()->rowCount(), int(accepted.size())); // refusals stored nothing

        const int refusedBefore = SafeTextDocument::refusedResourceRequests();
        FeedView *view = window.feedView();
        for (int row = 0; row < window.feedModel()->rowCount(); ++row) {
            const QModelIndex index = window.feedModel()->index(row);
            view->scrollTo(index);
            QVERIFY(!window.grab().isNull()); // paints the rows in view, this one among them
            const Event event = window.feedModel()->eventAt(row);
            const QByteArray name = accepted.value(row).toUtf8();

            const QString html = feedBodyHtml(event);
            QVERIFY2(html.size() <= kMaxBodyHtml,
                     qPrintable(QStringLiteral("%1: %2 characters of HTML").arg(QString::fromUtf8(name)).arg(html.size())));
            QVERIFY2(html.count(u'<') <= kMaxBodyTags,
                     qPrintable(QStringLiteral("%1: %2 tags").arg(QString::fromUtf8(name)).arg(html.count(u'<'))));
            const RenderedDocument rendered(html);
            QCOMPARE(rendered.images, 0);
            for (const QString &href : rendered.anchorHrefs)
                QVERIFY2(href.startsWith(QLatin1String("https:")) || href.startsWith(QLatin1String("http:"))
                                 || href.startsWith(QLatin1String("mailto:")) || href.startsWith(QLatin1String("bb-")),
                         qPrintable(name + ": link to " + href));

            const SafeTextDocument *body = view->feedDelegate()->bodyDocument(view->optionFor(index), index);
            QVERIFY(!body->toHtml().contains(QLatin1String("<img")));
            const QString shown = body->toPlainText();
            for (const char16_t hidden : kHiddenCharacters)
                QVERIFY2(!shown.contains(QChar(hidden)), name.constData());
            // Laid out once: painting again uses the same document.
            QVERIFY(!window.grab().isNull());
            QCOMPARE(view->feedDelegate()->bodyDocument(view->optionFor(index), index), body);
        }
        QCOMPARE(SafeTextDocument::refusedResourceRequests(), refusedBefore); // nothing even asked for one

        const QModelIndex bidi = window.feedModel()->index(int(accepted.indexOf(QStringLiteral("bidi-zero-width"))));
        view->scrollTo(bidi);
        QVERIFY(view->feedDelegate()->bodyDocument(view->optionFor(bidi), bidi)->toPlainText().startsWith(QStringLiteral("invoicegpj.exe paypal isolate ab")));

        // What the sender wrote is visible as text: Slack's escaped &lt;iframe&gt; literally, raw
        // <…> as mrkdwn control sequences (their text, no markup), unsafe links as their labels.
        const QModelIndex firstIndex = window.feedModel()->index(0);
        view->scrollTo(firstIndex);
        const QString shown = view->feedDelegate()->bodyDocument(view->optionFor(firstIndex), firstIndex)->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("alert(1)")) && shown.contains(QLatin1String("img src=file:///etc/passwd"))
                         && shown.contains(QLatin1String("<iframe src=x>")) && shown.contains(QLatin1String("click me")),
                 qPrintable(shown));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
