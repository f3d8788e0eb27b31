#include "daygroupdelegate.h"

#include "searchresultsmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace bb {

namespace {
QDate localDayOf(const QModelIndex &index)
{
    const Event event = index.data(SearchResultsModel::EventRole).value<Event>();
    return QDateTime::fromMSecsSinceEpoch(event.receivedAtMs).toLocalTime().date();
}
} // namespace

bool DayGroupDelegate::startsDay(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    if (index.row() == 0)
        return true;
    return localDayOf(index) != localDayOf(index.siblingAtRow(index.row() - 1));
}

QString DayGroupDelegate::dayHeading(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

int DayGroupDelegate::headingHeight(const QFont &font)
{
    return QFontMetrics(font).height() * 2;
}

QSize DayGroupDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = SearchResultDelegate::sizeHint(option, index);
    if (startsDay(index))
        size.rheight() += headingHeight(option.font);
    return size;
}

void DayGroupDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!startsDay(index)) {
        SearchResultDelegate::paint(painter, option, index);
        return;
    }
    const int heading = headingHeight(option.font);
    const QRect band(option.rect.left(), option.rect.top(), option.rect.width(), heading);
    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Text));
    const int margin = QFontMetrics(option.font).height() / 2;
    painter->drawText(band.adjusted(margin, 0, -margin, 0), Qt::AlignLeft | Qt::AlignBottom,
                      dayHeading(localDayOf(index), QDate::currentDate()));
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(band.left() + margin, band.bottom(), band.right() - margin, band.bottom());
    painter->restore();
    QStyleOptionViewItem rest = option;
    rest.rect.setTop(option.rect.top() + heading);
    SearchResultDelegate::paint(painter, rest, index);
}

} // namespace bb
