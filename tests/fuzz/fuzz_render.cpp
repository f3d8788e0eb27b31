// mrkdwn, Block Kit and attachments → the HTML subset the feed shows (core/messagehtml.h).
// Input: mrkdwn text, blocks JSON, attachments JSON and a search term, separated by \x01
// bytes; a first byte of 'R' turns remote images on. Beyond "no crash" it checks the safety
// promises of mrkdwnToHtml(): only the renderer's own tags, links only to safe schemes,
// images only from the web, every tag closed, and output bounded by the input.
#include "fuzzinput.h"

#include "core/messagehtml.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

void checkHtml(const QString &html, qsizetype inputSize)
{
    static const QSet<QString> allowedTags{ "div", "b", "i", "s", "code", "pre", "span", "a", "br",
                                            "hr", "img", "table", "tr", "td" };
    static const QSet<QString> voidTags{ "br", "hr", "img" };
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9]*)([^<>]*)>"));
    static const QRegularExpression link(QStringLiteral("^ href=\"(https?://|mailto:|bb-action:)[^\"]*\"$"));
    static const QRegularExpression image(QStringLiteral("^ src=\"https?://[^\"]*\"$"));

    BB_FUZZ_CHECK(html.size() <= 64 * inputSize + 8192);
    // Valid UTF-16: no surrogate split by a cut or an inserted character (and the checks below
    // need it: QRegularExpression matches nothing in invalid text).
    for (qsizetype i = 0; i < html.size(); ++i) {
        if (html.at(i).isHighSurrogate())
            BB_FUZZ_CHECK(i + 1 < html.size() && html.at(++i).isLowSurrogate());
        else
            BB_FUZZ_CHECK(!html.at(i).isLowSurrogate());
    }
    QHash<QString, int> open;
    qsizetype tags = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(2);
        ++tags;
        BB_FUZZ_CHECK(allowedTags.contains(name));
        if (m.capturedLength(1) > 0) {
            BB_FUZZ_CHECK(--open[name] >= 0);
            continue;
        }
        if (!voidTags.contains(name))
            ++open[name];
        if (name == QLatin1String("a"))
            BB_FUZZ_CHECK(link.match(m.captured(3)).hasMatch());
        if (name == QLatin1String("img"))
            BB_FUZZ_CHECK(image.match(m.captured(3)).hasMatch());
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        BB_FUZZ_CHECK(it.value() == 0);
    // A '<' or '>' outside the tags above would be sender text that escaped escaping.
    BB_FUZZ_CHECK(html.count(u'<') == tags);
    BB_FUZZ_CHECK(html.count(u'>') == tags);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bb::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    bb::MessageHtmlOptions options;
    if (input.startsWith('R')) {
        options.remoteImages = true;
        input.remove(0, 1);
    }
    const QList<QByteArray> parts = bb::fuzz::splitInput(input, '\x01', 4);
    bb::Event event;
    event.text = QString::fromUtf8(parts[0]);
    event.blocksJson = parts[1];
    event.attachmentsJson = parts[2];
    if (!parts[3].isEmpty())
        options.highlightTerms = QString::fromUtf8(parts[3]).split(u' ', Qt::SkipEmptyParts);
    options.maxTextChars = 2000; // small, so that fuzzing reaches the cut-off paths

    checkHtml(bb::eventBodyHtml(event, options), qsizetype(size));
    const QString plain = bb::eventPlainText(event);
    BB_FUZZ_CHECK(plain.size() <= 64 * qsizetype(size) + 8192);
    return 0;
}
