#include "channeldelegate.h"

#include "channellistmodel.h"
#include "ui/feed/levelcolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace bb {

QString ChannelDelegate::modeMark(NotifyMode mode)
{
    switch (mode) {
    case NotifyMode::Ring:
        return QStringLiteral("\U0001F514"); // bell
    case NotifyMode::Celebrate:
        return QStringLiteral("\U0001F389"); // party popper
    case NotifyMode::Mute:
        return QStringLiteral("\U0001F515"); // bell with a slash
    case NotifyMode::Bold:
        break;
    }
    return {};
}

QSize ChannelDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int row = int(option.fontMetrics.height() * 2.0);
    // The first mirrored channel carries its workspace's heading above it.
    const bool heading = !index.data(ChannelListModel::GroupHeaderRole).toString().isEmpty();
    return { 160, heading ? row + int(option.fontMetrics.height() * 1.8) : row };
}

// "SLACK · ACME — CONNECTED" in small type, like the sidebar's own "Channels" heading.
void ChannelDelegate::paintGroupHeader(QPainter *painter, const QStyleOptionViewItem &option, QRect *area,
                                       const QString &heading) const
{
    const int height = int(option.fontMetrics.height() * 1.8);
    QRect band = area->adjusted(0, 0, 0, 0);
    band.setHeight(height);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    painter->save();
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    const QFontMetrics metrics(font);
    painter->drawText(band.adjusted(0, 0, 0, -metrics.descent()), Qt::AlignBottom | Qt::AlignLeft,
                      metrics.elidedText(heading, Qt::ElideRight, band.width()));
    painter->restore();
    area->setTop(band.bottom() + 1);
}

void ChannelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QString heading = index.data(ChannelListModel::GroupHeaderRole).toString();
    if (!heading.isEmpty()) {
        // The heading is not part of the row: selection and hover start below it.
        QRect rest = opt.rect.adjusted(opt.fontMetrics.height() / 2, 0, 0, 0);
        paintGroupHeader(painter, opt, &rest, heading);
        opt.rect.setTop(rest.top());
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const int unread = index.data(ChannelListModel::UnreadRole).toInt();
    const bool muted = index.data(ChannelListModel::MutedRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor textColor = selected ? palette.color(QPalette::HighlightedText)
                           : muted    ? palette.color(QPalette::PlaceholderText)
                                      : palette.color(QPalette::Text);
    const int margin = opt.fontMetrics.height() / 2;
    QRect area = opt.rect.adjusted(margin, 0, -margin, 0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Badge first, from the right, so the name is elided to the room that is left.
    if (unread > 0) {
        QFont badgeFont = opt.font;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
        const QFontMetrics badgeMetrics(badgeFont);
        const QString count = unread > 999 ? QStringLiteral("999+") : QString::number(unread);
        const int height = badgeMetrics.height() + 2;
        const int width = qMax(height, badgeMetrics.horizontalAdvance(count) + height / 2 + 2);
        const QRect badge(area.right() - width + 1, area.center().y() - height / 2, width, height);
        const Level level = Level(index.data(ChannelListModel::UnreadLevelRole).toInt());
        // Grey for plain news, the level's color when something warns or fails.
        const QColor fill = muted                  ? palette.color(QPalette::PlaceholderText)
                          : level != Level::Info   ? levelColor(level, palette)
                          : isDarkPalette(palette) ? QColor(0x5a, 0x5f, 0x68)
                                                   : QColor(0x7a, 0x80, 0x89);
        QPainterPath path;
        path.addRoundedRect(badge, height / 2.0, height / 2.0);
        painter->fillPath(path, fill);
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, count);
        area.setRight(badge.left() - margin / 2);
    }

    const QString mark = modeMark(index.data(ChannelListModel::NotifyModeRole).value<NotifyMode>());
    if (!mark.isEmpty()) {
        QFont markFont = opt.font;
        markFont.setPointSizeF(markFont.pointSizeF() * 0.8);
        const int width = QFontMetrics(markFont).horizontalAdvance(mark) + margin / 2;
        painter->setFont(markFont);
        painter->setOpacity(muted ? 0.6 : 0.8);
        painter->drawText(QRect(area.right() - width + 1, area.top(), width, area.height()),
                          Qt::AlignVCenter | Qt::AlignRight, mark);
        painter->setOpacity(1.0);
        area.setRight(area.right() - width - margin / 2);
    }

    QFont nameFont = opt.font;
    nameFont.setBold(unread > 0 && !muted);
    painter->setFont(nameFont);
    painter->setPen(textColor);
    const QFontMetrics nameMetrics(nameFont);
    const QString name = nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                Qt::ElideRight, area.width());
    painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, name);
    painter->restore();
}

} // namespace bb
