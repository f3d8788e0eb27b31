#pragma once

#include "core/event.h"

#include <QCache>
#include <QString>
#include <QTextDocument>
#include <functional>

class QFont;
class QPalette;

namespace bb {

// The rich text of an event's body for the feed: title, text or blocks, attachments (the
// one seam to core's renderer).
QString feedBodyHtml(const Event &event);

// The style sheet for a body shown in `palette`: the message styles for a light or a dark
// palette, and links in the palette's own link color (QTextDocument would take the
// application's when the HTML is read, wrong for the wall's dark palette in a light desktop).
QString bodyStyleSheet(const QPalette &palette);

// A QTextDocument for untrusted rich text: it never loads a resource (no file:, qrc: or
// remote images, whatever the HTML asks for). Counts the attempts, so tests can tell.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;
    static int refusedResourceRequests();
    bool isDarkStyle() const { return m_dark; } // built with the dark stylesheet and palette

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    friend SafeTextDocument *cachedBodyDocument(QCache<qint64, SafeTextDocument> &, const Event &, const QFont &,
                                                const QPalette &, int,
                                                const std::function<QString(const Event &)> &);
    bool m_dark = false;
};

// The laid-out body of `event` from `cache` (built by `html` on first use, again when the
// palette turned light or dark), at `width`: the one place the feed, the wall and the search
// results get their documents from.
SafeTextDocument *cachedBodyDocument(QCache<qint64, SafeTextDocument> &cache, const Event &event,
                                     const QFont &font, const QPalette &palette, int width,
                                     const std::function<QString(const Event &)> &html);

} // namespace bb
