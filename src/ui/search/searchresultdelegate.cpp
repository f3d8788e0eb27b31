#include "searchresultdelegate.h"

#include "core/messagehtml.h"
#include "ui/feed/eventbody.h"
#include "ui/feed/levelcolors.h"
#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <cmath>

namespace bb {

namespace {
constexpr int kStripeWidth = 4;
constexpr int kMaxBodyLines = 4; // a result is a pointer to the event, not the whole event
constexpr int kBodyCharLimit = 600;

Event eventOf(const QModelIndex &index)
{
    return index.data(SearchResultsModel::EventRole).value<Event>();
}

int marginOf(const QFont &font)
{
    return QFontMetrics(font).height() / 3;
}
} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_documents(300)
{
}

SearchResultDelegate::~SearchResultDelegate() = default;

void SearchResultDelegate::setHighlightTerms(const QStringList &terms)
{
    m_terms = terms;
    m_documents.clear();
}

void SearchResultDelegate::forget(const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        m_documents.remove(id);
}

QString SearchResultDelegate::bodyHtml(const Event &event) const
{
    MessageHtmlOptions options;
    options.highlightTerms = m_terms;
    options.maxTextChars = kBodyCharLimit;
    return eventBodyHtml(event, options);
}

QString SearchResultDelegate::headerText(const Event &event)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(event.receivedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QStringList parts{ QLatin1Char('#') + event.channel };
    if (!event.senderName.isEmpty())
        parts << event.senderName;
    parts << time;
    return parts.join(QStringLiteral("  ·  "));
}

SafeTextDocument *SearchResultDelegate::document(const Event &event, const QStyleOptionViewItem &option, int width) const
{
    return cachedBodyDocument(m_documents, event, option.font, option.palette, width,
                              [this](const Event &e) { return bodyHtml(e); });
}

int SearchResultDelegate::bodyHeight(const SafeTextDocument *doc, const QFont &font) const
{
    const int limit = QFontMetrics(font).lineSpacing() * kMaxBodyLines;
    return qMin(limit, int(std::ceil(doc->size().height())));
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int margin = marginOf(option.font);
    const int width = qMax(100, option.rect.width() - kStripeWidth - 3 * margin);
    const SafeTextDocument *doc = document(eventOf(index), option, width);
    const int height = margin + QFontMetrics(option.font).height() + margin / 2
                     + bodyHeight(doc, option.font) + margin;
    return { width, height };
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    // Selection and focus only: QStyledItemDelegate::paint() would take the text back from
    // the index and draw it under the rich body.
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const Event event = eventOf(index);
    const int margin = marginOf(option.font);
    const QRect rect = option.rect;
    painter->save();
    painter->fillRect(QRect(rect.left(), rect.top() + 2, kStripeWidth, rect.height() - 4),
                      levelColor(event.level, option.palette));

    const int left = rect.left() + kStripeWidth + 2 * margin;
    const int width = qMax(100, rect.width() - kStripeWidth - 3 * margin);
    const int line = QFontMetrics(option.font).height();
    const bool selected = option.state & QStyle::State_Selected;
    QFont headerFont = option.font;
    headerFont.setPointSizeF(headerFont.pointSizeF() * 0.9);
    painter->setFont(headerFont);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect header(left, rect.top() + margin, width, line);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(headerFont).elidedText(headerText(event), Qt::ElideRight, width));

    SafeTextDocument *doc = document(event, option, width);
    const int top = header.bottom() + 1 + margin / 2;
    painter->translate(left, top);
    const QRect clip(0, 0, width, bodyHeight(doc, option.font));
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette = option.palette;
    if (selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace bb
