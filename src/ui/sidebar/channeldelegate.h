#pragma once

#include "alerts/alertsettings.h"

#include <QStyledItemDelegate>

namespace bb {

// One sidebar row: "# name" (bold while it has unread events, dimmed when muted), the
// channel's notify mode as a small mark, and the unread count as a badge colored by the
// most urgent unread level. The first mirrored Slack channel has its workspace's heading above.
class ChannelDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The mark shown for a notify mode ("" for the default, Bold).
    static QString modeMark(NotifyMode mode);

private:
    void paintGroupHeader(QPainter *painter, const QStyleOptionViewItem &option, QRect *area,
                          const QString &heading) const;
};

} // namespace bb
