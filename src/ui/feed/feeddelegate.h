#pragma once

#include "core/event.h"

#include <QCache>
#include <QHash>
#include <QStyledItemDelegate>

class QPainterPath;

namespace bb {

class SafeTextDocument;
class SenderIcons;

// Paints one event of a feed: a day separator above the first event of a day, the level
// as a color stripe, the sender's icon (an emoji shortcode shown as the emoji) and name,
// the time, the title and the body as rich text. Body layouts are cached per event and
// width: a row is laid out again only when the width changes, and only the rows being
// painted keep a document (an LRU of a few hundred); heights are kept for every row.
class FeedDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FeedDelegate(QObject *parent = nullptr);
    ~FeedDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The link under `pos` (viewport coordinates) in the row at `index`, or "".
    QString anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    // The laid-out body of the event at `index` for the given option's width (tests, copy).
    const SafeTextDocument *bodyDocument(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // The scheme of the "N replies" link anchorAt() answers ("bb-thread:<start event id>").
    static QString threadLinkScheme();

    // Remote sender icons (icon_url), when the user enabled them; null: emoji and initials only.
    void setSenderIcons(SenderIcons *icons) { m_icons = icons; }

    // How the sender's icon is drawn when no remote image is shown: the emoji of its
    // shortcode, the initial of its name on a color of its own, or, for a sender that gave
    // no name (Event::senderNameIsFallback, or none stored), a neutral figure in
    // neutralAvatarColor().
    enum class Avatar {
        Emoji,
        Initial,
        Neutral
    };
    static Avatar avatarFor(const Event &event);
    static QColor neutralAvatarColor(const QPalette &palette);

    // Forget every layout (font or palette changed).
    void clearCaches();
    // Forget the layouts of these events (their text changed).
    void forget(const QList<qint64> &ids);

    // The text shown on a day separator: "Today", "Yesterday" or the locale's long date.
    static QString dayLabel(const QDate &day, const QDate &today);

private:
    struct Geometry;
    struct RowKind;
    Geometry geometry(const QStyleOptionViewItem &option, const Event &event, const RowKind &kind) const;
    SafeTextDocument *document(const Event &event, const QStyleOptionViewItem &option, int width) const;
    static int viewWidth(const QStyleOptionViewItem &option);
    static int separatorHeight(const QStyleOptionViewItem &option);
    void paintSeparator(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                        qint64 receivedAtMs) const;
    void paintReplies(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                      const QModelIndex &index) const;
    void paintAvatar(QPainter *painter, const QRect &rect, const Event &event, const QPalette &palette) const;
    static void paintNeutralAvatar(QPainter *painter, const QRect &rect, const QPainterPath &tile,
                                   const QPalette &palette);

    SenderIcons *m_icons = nullptr;
    mutable QCache<qint64, SafeTextDocument> m_documents;
    mutable QHash<qint64, int> m_rowHeights; // without the separator, at m_heightsWidth
    mutable int m_heightsWidth = -1;
};

} // namespace bb
