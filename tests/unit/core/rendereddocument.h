#pragma once

#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

// What a QTextDocument makes of rendered HTML: what the reader sees and what they can click.
struct RenderedDocument
{
    QString plainText;
    QStringList anchorHrefs; // in document order
    QStringList anchorTexts;
    int images = 0;

    explicit RenderedDocument(const QString &html, const QString &styleSheet = {})
    {
        QTextDocument document;
        if (!styleSheet.isEmpty())
            document.setDefaultStyleSheet(styleSheet);
        document.setHtml(html);
        plainText = document.toPlainText();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QTextCharFormat format = fragment.charFormat();
                if (format.isImageFormat())
                    ++images;
                if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                    anchorHrefs.append(format.anchorHref());
                    anchorTexts.append(fragment.text());
                }
            }
        }
    }
};
