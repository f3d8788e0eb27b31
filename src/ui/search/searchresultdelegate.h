#pragma once

#include "core/event.h"

#include <QCache>
#include <QStringList>
#include <QStyledItemDelegate>

namespace bb {

class SafeTextDocument;

// Paints one search result compactly: the level stripe, "#channel · sender · time", and the
// body as rich text with the search's words and phrases marked, cut to a few lines.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SearchResultDelegate(QObject *parent = nullptr);
    ~SearchResultDelegate() override;

    void setHighlightTerms(const QStringList &terms); // forgets the cached layouts
    // Events that changed: their cached layouts go.
    void forget(const QList<qint64> &ids);
    // The body's rich text for `event` as this delegate shows it (tests).
    QString bodyHtml(const Event &event) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "#channel · sender · 2026-11-24 12:30:05" in local time.
    static QString headerText(const Event &event);

private:
    SafeTextDocument *document(const Event &event, const QStyleOptionViewItem &option, int width) const;
    int bodyHeight(const SafeTextDocument *doc, const QFont &font) const;

    QStringList m_terms;
    mutable QCache<qint64, SafeTextDocument> m_documents;
};

} // namespace bb
