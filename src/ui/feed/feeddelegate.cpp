#include "feeddelegate.h"

#include "core/emoji.h"
#include "core/messagehtml.h"
#include "core/safetext.h"
#include "core/senderfallback.h"
#include "eventbody.h"
#include "feedmodel.h"
#include "levelcolors.h"
#include "sendericons.h"

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

constexpr int kDocumentCacheSize = 400;  // documents; rows on screen are a few dozen
constexpr int kHeightCacheLimit = 20000; // rows; far more than a window ever holds
constexpr int kStripeWidth = 4;

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
    QRect separator; // empty unless the row starts a day
    QRect message;   // the event itself, below the separator
    QRect avatar;
    QRect header;  // sender, time, level tag
    QRect body;    // title, text or blocks, attachments
    QRect replies; // "3 replies · last at 14:05", for a thread's start
};

// What a row is besides its event: where it stands in the feed's days and threads.
struct FeedDelegate::RowKind
{
    bool startsDay = false;
    bool reply = false; // shown indented under its thread's start
    int replies = 0;    // replies to the thread this row starts

    static RowKind of(const QModelIndex &index)
    {
        return { index.data(FeedModel::StartsDayRole).toBool(), index.data(FeedModel::IsReplyRole).toBool(),
                 index.data(FeedModel::ReplyCountRole).toInt() };
    }
    // The height cache's key: a reply row is narrower, a start with replies has one more line.
    qint64 heightKey(qint64 id) const { return id * 4 + (reply ? 1 : 0) + (replies > 0 ? 2 : 0); }
};

FeedDelegate::FeedDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_documents(kDocumentCacheSize)
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

SafeTextDocument *FeedDelegate::document(const Event &event, const QStyleOptionViewItem &option, int width) const
{
    return cachedBodyDocument(m_documents, event, option.font, option.palette, width, feedBodyHtml);
}

int FeedDelegate::separatorHeight(const QStyleOptionViewItem &option)
{
    return QFontMetrics(option.font).height() * 2;
}

FeedDelegate::Geometry FeedDelegate::geometry(const QStyleOptionViewItem &option, const Event &event,
                                              const RowKind &kind) const
{
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    const int margin = line / 2;
    const int width = viewWidth(option);

    Geometry g;
    int y = option.rect.top();
    if (kind.startsDay) {
        g.separator = QRect(option.rect.left(), y, width, separatorHeight(option));
        y = g.separator.bottom() + 1;
    }
    // A reply sits under its start's text, with a smaller icon, as a chat client shows a thread.
    const int left = option.rect.left() + kStripeWidth + margin + (kind.reply ? line * 2 + margin : 0);
    const int avatarSize = kind.reply ? line + line / 2 : line * 2;
    g.avatar = QRect(left, y + margin, avatarSize, avatarSize);
    const int contentLeft = g.avatar.right() + 1 + margin;
    const int contentWidth = qMax(line * 4, option.rect.left() + width - contentLeft - margin * 2);
    g.header = QRect(contentLeft, y + margin - 2, contentWidth, line);
    int contentBottom = g.header.bottom();
    const SafeTextDocument *body = document(event, option, contentWidth);
    const int bodyHeight = int(std::ceil(body->size().height()));
    if (bodyHeight > 0 && !body->isEmpty()) {
        g.body = QRect(contentLeft, contentBottom + 3, contentWidth, bodyHeight);
        contentBottom = g.body.bottom();
    }
    if (kind.replies > 0) {
        g.replies = QRect(contentLeft, contentBottom + 4, contentWidth, line);
        contentBottom = g.replies.bottom();
    }
    const int bottom = qMax(g.avatar.bottom(), contentBottom) + margin;
    g.message = QRect(option.rect.left(), y, width, bottom - y + 1);
    return g;
}

QSize FeedDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Called for every row at every layout: answered from the height cache when it can be.
    const int width = viewWidth(option);
    if (width != m_heightsWidth || m_rowHeights.size() > kHeightCacheLimit) {
        m_rowHeights.clear();
        m_heightsWidth = width;
    }
    const RowKind kind = RowKind::of(index);
    const qint64 key = kind.heightKey(index.data(FeedModel::EventIdRole).toLongLong());
    auto height = m_rowHeights.constFind(key);
    if (height == m_rowHeights.constEnd()) {
        QStyleOptionViewItem atTop = option;
        atTop.rect.moveTop(0);
        RowKind withoutDay = kind;
        withoutDay.startsDay = false;
        height = m_rowHeights.insert(key, geometry(atTop, eventOf(index), withoutDay).message.height());
    }
    return { width, *height + (kind.startsDay ? separatorHeight(option) : 0) };
}

const SafeTextDocument *FeedDelegate::bodyDocument(const QStyleOptionViewItem &option,
                                                   const QModelIndex &index) const
{
    const Event event = eventOf(index);
    const Geometry g = geometry(option, event, RowKind::of(index));
    return document(event, option, g.header.width());
}

QString FeedDelegate::anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                               const QPoint &pos) const
{
    const Event event = eventOf(index);
    const Geometry g = geometry(option, event, RowKind::of(index));
    if (g.replies.contains(pos))
        return threadLinkScheme() + QLatin1Char(':') + QString::number(event.id);
    if (!g.body.contains(pos))
        return {};
    SafeTextDocument *doc = document(event, option, g.body.width());
    return doc->documentLayout()->anchorAt(QPointF(pos - g.body.topLeft()));
}

void FeedDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Event event = eventOf(index);
    const RowKind kind = RowKind::of(index);
    const Geometry g = geometry(option, event, kind);
    const QPalette &palette = option.palette;
    const QColor stripe = levelColor(event.level, palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (kind.startsDay)
        paintSeparator(painter, option, g.separator, event.receivedAtMs);

    // Urgent events get a faint wash of their color; hovering shows which row the mouse is
    // on. A pixel is left between rows so that a run of failures still reads as separate events.
    const QRect card = g.message.adjusted(0, 0, 0, -1);
    if (event.level != Level::Info)
        painter->fillRect(card, tint(stripe, palette, isDarkPalette(palette) ? 0.10 : 0.06));
    if (option.state & QStyle::State_MouseOver)
        painter->fillRect(card, tint(palette.color(QPalette::Text), palette, 0.04));
    painter->fillRect(QRect(card.left(), card.top(), kStripeWidth, card.height()),
                      event.level == Level::Info ? tint(stripe, palette, 0.18) : stripe);
    if (kind.reply) // the thread's rule, from under the start's icon down through its replies
        painter->fillRect(QRect(g.avatar.left() - g.avatar.width() / 2 - 1, card.top(), 2, card.height()),
                          tint(palette.color(QPalette::Text), palette, 0.2));

    paintAvatar(painter, g.avatar, event, palette);

    // Header: sender in bold, then the time and, for warnings and failures, the level.
    const QFont bold = boldFont(option.font);
    const QFont small = smallFont(option.font);
    const QColor quiet = palette.color(QPalette::PlaceholderText);
    // A name Bellboard chose (the client's, the tag, the source) is shown quieter than one the
    // sender gave. Events stored before names were chosen at ingest go by their source.
    QString sender = senderLine(event.senderName).trimmed();
    const bool namedBySender = !sender.isEmpty() && !event.senderNameIsFallback;
    if (sender.isEmpty())
        sender = senderNameFromSource(event.source);
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
    painter->setPen(namedBySender ? palette.color(QPalette::Text) : quiet);
    painter->drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter, shownSender);
    int x = g.header.left() + boldMetrics.horizontalAdvance(shownSender) + gap;
    painter->setFont(small);
    painter->setPen(quiet);
    painter->drawText(QRect(x, g.header.top(), timeWidth + 1, g.header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, time);
    x += timeWidth + gap;
    if (index.data(FeedModel::InThreadRole).toBool()) {
        const QString inThread = tr("in a thread");
        painter->drawText(QRect(x, g.header.top(), smallMetrics.horizontalAdvance(inThread) + 1, g.header.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, inThread);
        x += smallMetrics.horizontalAdvance(inThread) + gap;
    }
    if (event.level != Level::Info) {
        QFont tagFont = small;
        tagFont.setBold(true);
        painter->setFont(tagFont);
        painter->setPen(stripe);
        const QString tag = levelName(event.level).toUpper();
        painter->drawText(QRect(x, g.header.top(), g.header.right() - x, g.header.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, tag);
        x += QFontMetrics(tagFont).horizontalAdvance(tag) + gap;
    }
    // Who took it, for the whole team to see (the first acknowledgement; it never changes).
    if (event.acknowledgement.isValid() && x < g.header.right()) {
        const QString acknowledged =
                //: %1 is a person's name, %2 the time they acknowledged the event, "14:05"
                tr("acknowledged by %1 · %2")
                        .arg(event.acknowledgement.by,
                             QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.acknowledgement.atMs).time(), clockFormat()));
        painter->setFont(small);
        painter->setPen(quiet);
        painter->drawText(QRect(x, g.header.top(), g.header.right() - x, g.header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(acknowledged, Qt::ElideRight, g.header.right() - x));
    }

    if (!g.body.isEmpty()) {
        SafeTextDocument *doc = document(event, option, g.body.width());
        painter->translate(g.body.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.palette.setColor(QPalette::Text, palette.color(QPalette::Text));
        context.clip = QRectF(0, 0, g.body.width(), g.body.height());
        doc->documentLayout()->draw(painter, context);
        painter->translate(-g.body.topLeft());
    }
    if (!g.replies.isEmpty())
        paintReplies(painter, option, g.replies, index);
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

QString FeedDelegate::threadLinkScheme()
{
    return QStringLiteral("bb-thread");
}

void FeedDelegate::paintReplies(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                const QModelIndex &index) const
{
    const int replies = index.data(FeedModel::ReplyCountRole).toInt();
    const bool expanded = index.data(FeedModel::ThreadExpandedRole).toBool();
    const QString time = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(index.data(FeedModel::LastReplyAtRole).toLongLong()).time(), clockFormat());
    QFont link = boldFont(smallFont(option.font));
    painter->setFont(link);
    painter->setPen(option.palette.color(QPalette::Link));
    const QString count = (expanded ? QStringLiteral("\u25BE ") : QStringLiteral("\u25B8 "))
                        + FeedModel::repliesText(replies);
    const QFontMetrics metrics(link);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, count);
    painter->setFont(smallFont(option.font));
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(rect.adjusted(metrics.horizontalAdvance(count) + metrics.averageCharWidth() * 2, 0, 0, 0),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("last reply %1").arg(time));
}

FeedDelegate::Avatar FeedDelegate::avatarFor(const Event &event)
{
    if (event.senderIcon.startsWith(QLatin1Char(':')) && !emojiForShortcode(event.senderIcon).isEmpty())
        return Avatar::Emoji;
    if (event.senderNameIsFallback || senderLine(event.senderName).trimmed().isEmpty())
        return Avatar::Neutral;
    return Avatar::Initial;
}

QColor FeedDelegate::neutralAvatarColor(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

void FeedDelegate::paintAvatar(QPainter *painter, const QRect &rect, const Event &event, const QPalette &palette) const
{
    const Avatar avatar = avatarFor(event);
    // A color of its own per sender name, so that senders are told apart at a glance.
    const QColor color = QColor::fromHsl(int(qHash(event.senderName) % 360), 110, 120);
    QPainterPath path;
    path.addRoundedRect(rect, rect.width() / 5.0, rect.width() / 5.0);
    const QPixmap remote = m_icons && avatar != Avatar::Emoji && !event.senderIcon.isEmpty()
                                 ? m_icons->icon(event.senderIcon)
                                 : QPixmap();
    if (!remote.isNull()) {
        painter->save();
        painter->setClipPath(path);
        painter->drawPixmap(rect, remote);
        painter->restore();
        return;
    }
    switch (avatar) {
    case Avatar::Emoji: {
        painter->fillPath(path, QColor(color.red(), color.green(), color.blue(), 40));
        QFont font = painter->font();
        font.setPixelSize(int(rect.height() * 0.62));
        painter->setFont(font);
        painter->drawText(rect, Qt::AlignCenter, emojiForShortcode(event.senderIcon));
        return;
    }
    case Avatar::Neutral:
        paintNeutralAvatar(painter, rect, path, palette);
        return;
    case Avatar::Initial:
        break;
    }
    painter->fillPath(path, color);
    const QString initial = senderLine(event.senderName).trimmed().left(1).toUpper();
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(int(rect.height() * 0.5));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, initial);
}

// A sender that gave no name: a plain head-and-shoulders outline in the secondary text
// color on a faint tile of it. Nothing in it reads as a warning.
void FeedDelegate::paintNeutralAvatar(QPainter *painter, const QRect &rect, const QPainterPath &tile,
                                      const QPalette &palette)
{
    const QColor ink = neutralAvatarColor(palette);
    QColor wash = ink;
    wash.setAlphaF(0.14);
    painter->save();
    painter->fillPath(tile, wash);
    painter->setClipPath(tile);
    const QRectF r(rect);
    const qreal unit = r.width() / 36.0;
    QPainterPath figure;
    figure.addEllipse(QPointF(r.center().x(), r.top() + 14 * unit), 6.5 * unit, 6.5 * unit);
    figure.addEllipse(QRectF(r.center().x() - 12 * unit, r.top() + 23 * unit, 24 * unit, 22 * unit));
    painter->setPen(Qt::NoPen);
    painter->fillPath(figure, ink);
    painter->restore();
}

} // namespace bb
