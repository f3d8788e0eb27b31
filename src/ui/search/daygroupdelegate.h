#pragma once

#include "searchresultdelegate.h"

#include <QDate>

namespace bb {

// A search result list grouped by day: the first result of each local day (newest first)
// carries a heading above it ("Today", "Yesterday", "Tuesday, 1 December 2026"). The model's
// rows must hold events (SearchResultsModel::EventRole), newest first.
class DayGroupDelegate : public SearchResultDelegate
{
    Q_OBJECT
public:
    using SearchResultDelegate::SearchResultDelegate;

    // Whether the row's event is the first of its day in the list (the row above it is of
    // another day, or there is none).
    static bool startsDay(const QModelIndex &index);
    // "Today", "Yesterday", or the date spelled out in the locale's long form.
    static QString dayHeading(const QDate &day, const QDate &today);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int headingHeight(const QFont &font);
};

} // namespace bb
