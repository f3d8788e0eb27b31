#include "feeddelegate.h"

#include "core/emoji.h"
#include "core/messagehtml.h"
#include "core/safetext.h"
#include "eventbody.h"
#include "feedmodel.h"
#include "levelcolors.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace bb {

namespace {

constexpr int documentCacheSize = 400;   // documents; rows on screen are a few dozen
constexpr int heightCacheLimit = 20000;  // rows; far more than a window ever holds
constexpr int stripeWidth = 4;

Event eventOf(const QModelIndex &index)
{
    return index.data(FeedModel::EventRole).value<Event>();
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

// Text from senders loses the characters that could disguise it, and stays on one line.
QString senderLine(const QString &text)
{
    QString clean = withoutHiddenCharacters(text);
    clean.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return clean;
}

// The locale's short time without seconds ("14:03", "2:03 PM"): a feed row is not a log line.
QString clockFormat()
{
    static const QString format = [] {
        QString f = QLocale().timeFormat(QLocale::ShortFormat);
        f.remove(QStringLiteral(":ss"));
        f.remove(QStringLiteral(".ss"));
        return f;
    }();
    return format;
}

} // namespace

struct FeedDelegate::Geometry
{
    QRect separator;  // empty unless the row starts a day
    QRect message;    // the event itself, below the separator
    QRect avatar;
    QRect header;     // sender, time, level tag
    QRect body;       // title, text or blocks, attachments
};

FeedDelegate::FeedDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_documents(documentCacheSize)
{
}

FeedDelegate::~FeedDelegate() = default;

void FeedDelegate::forget(const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        m_documents.remove(id);
}

void FeedDelegate::clearCaches()
{
    m_documents.clear();
    m_rowHeights.clear();
}

int FeedDelegate::viewWidth(const QStyleOptionViewItem &option)
{
    // A list view hands the delegate no width in sizeHint(): the viewport decides.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 600;
}

SafeTextDocument *FeedDelegate::document(const Event &event, const QFont &font, int width) const
{
    return cachedBodyDocument(m_documents, event, font, width, feedBodyHtml);
}

int FeedDelegate::separatorHeight(const QStyleOptionViewItem &option)
{
    return QFontMetrics(option.font).height() * 2;
}

FeedDelegate::Geometry FeedDelegate::geometry(const QStyleOptionViewItem &option, const Event &event,
                                              bool startsDay) const
{
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    const int margin = line / 2;
    const int width = viewWidth(option);

    Geometry g;
    int y = option.rect.top();
    if (startsDay) {
        g.separator = QRect(option.rect.left(), y, width, separatorHeight(option));
        y = g.separator.bottom() + 1;
    }
    const int left = option.rect.left() + stripeWidth + margin;
    g.avatar = QRect(left, y + margin, line * 2, line * 2);
    const int contentLeft = g.avatar.right() + 1 + margin;
    const int contentWidth = qMax(line * 4, option.rect.left() + width - contentLeft - margin * 2);
    g.header = QRect(contentLeft, y + margin - 2, contentWidth, line);
    int contentBottom = g.header.bottom();
    const SafeTextDocument *body = document(event, option.font, contentWidth);
    const int bodyHeight = int(std::ceil(body->size().height()));
    if (bodyHeight > 0 && !body->isEmpty()) {
        g.body = QRect(contentLeft, contentBottom + 3, contentWidth, bodyHeight);
        contentBottom = g.body.bottom();
    }
    const int bottom = qMax(g.avatar.bottom(), contentBottom) + margin;
    g.message = QRect(option.rect.left(), y, width, bottom - y + 1);
    return g;
}

QSize FeedDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Called for every row at every layout: answered from the height cache when it can be.
    const int width = viewWidth(option);
    if (width != m_heightsWidth || m_rowHeights.size() > heightCacheLimit) {
        m_rowHeights.clear();
        m_heightsWidth = width;
    }
    const qint64 id = index.data(FeedModel::EventIdRole).toLongLong();
    auto height = m_rowHeights.constFind(id);
    if (height == m_rowHeights.constEnd()) {
        QStyleOptionViewItem atTop = option;
        atTop.rect.moveTop(0);
        height = m_rowHeights.insert(id, geometry(atTop, eventOf(index), false).message.height());
    }
    const bool startsDay = index.data(FeedModel::StartsDayRole).toBool();
    return { width, *height + (startsDay ? separatorHeight(option) : 0) };
}

const SafeTextDocument *FeedDelegate::bodyDocument(const QStyleOptionViewItem &option,
                                                   const QModelIndex &index) const
{
    const Event event = eventOf(index);
    const Geometry g = geometry(option, event, index.data(FeedModel::StartsDayRole).toBool());
    return document(event, option.font, g.header.width());
}

QString FeedDelegate::anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                               const QPoint &pos) const
{
    const Event event = eventOf(index);
    const Geometry g = geometry(option, event, index.data(FeedModel::StartsDayRole).toBool());
    if (!g.body.contains(pos))
        return {};
    SafeTextDocument *doc = document(event, option.font, g.body.width());
    return doc->documentLayout()->anchorAt(QPointF(pos - g.body.topLeft()));
}

void FeedDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Event event = eventOf(index);
    const bool startsDay = index.data(FeedModel::StartsDayRole).toBool();
    const Geometry g = geometry(option, event, startsDay);
    const QPalette &palette = option.palette;
    const QColor stripe = levelColor(event.level, palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (startsDay)
        paintSeparator(painter, option, g.separator, event.receivedAtMs);

    // Urgent events get a faint wash of their color; hovering shows which row the mouse is
    // on. A pixel is left between rows so that a run of failures still reads as separate events.
    const QRect card = g.message.adjusted(0, 0, 0, -1);
    if (event.level != Level::Info)
        painter->fillRect(card, tint(stripe, palette, isDarkPalette(palette) ? 0.10 : 0.06));
    if (option.state & QStyle::State_MouseOver)
        painter->fillRect(card, tint(palette.color(QPalette::Text), palette, 0.04));
    painter->fillRect(QRect(card.left(), card.top(), stripeWidth, card.height()),
                      event.level == Level::Info ? tint(stripe, palette, 0.18) : stripe);

    paintAvatar(painter, g.avatar, event);

    // Header: sender in bold, then the time and, for warnings and failures, the level.
    const QFont bold = boldFont(option.font);
    const QFont small = smallFont(option.font);
    const QColor quiet = palette.color(QPalette::PlaceholderText);
    QString sender = senderLine(event.senderName);
    if (sender.isEmpty())
        sender = tr("unknown sender");
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.receivedAtMs).time(),
                                            clockFormat());
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);
    const int timeWidth = smallMetrics.horizontalAdvance(time);
    const int gap = boldMetrics.averageCharWidth();
    const QString shownSender = boldMetrics.elidedText(sender, Qt::ElideRight,
                                                       qMax(0, g.header.width() - timeWidth - gap * 8));
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter, shownSender);
    int x = g.header.left() + boldMetrics.horizontalAdvance(shownSender) + gap;
    painter->setFont(small);
    painter->setPen(quiet);
    painter->drawText(QRect(x, g.header.top(), timeWidth + 1, g.header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, time);
    x += timeWidth + gap;
    if (event.level != Level::Info) {
        QFont tagFont = small;
        tagFont.setBold(true);
        painter->setFont(tagFont);
        painter->setPen(stripe);
        painter->drawText(QRect(x, g.header.top(), g.header.right() - x, g.header.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, levelName(event.level).toUpper());
    }

    if (!g.body.isEmpty()) {
        SafeTextDocument *doc = document(event, option.font, g.body.width());
        painter->translate(g.body.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.palette.setColor(QPalette::Text, palette.color(QPalette::Text));
        context.clip = QRectF(0, 0, g.body.width(), g.body.height());
        doc->documentLayout()->draw(painter, context);
    }
    painter->restore();
}

QString FeedDelegate::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, day.year() == today.year() ? tr("dddd, d MMMM") : tr("dddd, d MMMM yyyy"));
}

void FeedDelegate::paintSeparator(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                  qint64 receivedAtMs) const
{
    const QString label = dayLabel(QDateTime::fromMSecsSinceEpoch(receivedAtMs).date(), QDate::currentDate());
    QFont font = boldFont(smallFont(option.font));
    const QFontMetrics metrics(font);
    const int labelWidth = metrics.horizontalAdvance(label) + metrics.height() * 2;
    const QRect pill(rect.center().x() - labelWidth / 2, rect.center().y() - metrics.height() / 2 - 3,
                     labelWidth, metrics.height() + 6);
    const QColor line = tint(option.palette.color(QPalette::Text), option.palette, 0.18);
    painter->setPen(QPen(line, 1));
    painter->drawLine(rect.left() + 8, rect.center().y(), rect.right() - 8, rect.center().y());
    QPainterPath path;
    path.addRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(path, option.palette.color(QPalette::Base));
    painter->drawPath(path);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, label);
}

void FeedDelegate::paintAvatar(QPainter *painter, const QRect &rect, const Event &event) const
{
    const QString emoji = event.senderIcon.startsWith(QLatin1Char(':')) ? emojiForShortcode(event.senderIcon)
                                                                         : QString();
    // A color of its own per sender name, so that senders are told apart at a glance.
    const QColor color = QColor::fromHsl(int(qHash(event.senderName) % 360), 110, 120);
    QPainterPath path;
    path.addRoundedRect(rect, rect.width() / 5.0, rect.width() / 5.0);
    if (!emoji.isEmpty()) {
        painter->fillPath(path, QColor(color.red(), color.green(), color.blue(), 40));
        QFont font = painter->font();
        font.setPixelSize(int(rect.height() * 0.62));
        painter->setFont(font);
        painter->drawText(rect, Qt::AlignCenter, emoji);
        return;
    }
    painter->fillPath(path, color);
    const QString name = senderLine(event.senderName).trimmed();
    const QString initial = name.isEmpty() ? QStringLiteral("?") : name.left(1).toUpper();
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(int(rect.height() * 0.5));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, initial);
}

} // namespace bb
