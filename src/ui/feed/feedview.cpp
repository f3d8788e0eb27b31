#include "feedview.h"

#include "core/safetext.h"
#include "feeddelegate.h"
#include "feedmodel.h"
#include "sendericons.h"

#include <QDesktopServices>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>

namespace bb {

FeedView::FeedView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new FeedDelegate(this))
    , m_pill(new QPushButton(this))
{
    setItemDelegate(m_delegate);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust);
    setUniformItemSizes(false);
    setSelectionMode(NoSelection);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(24);
    setAccessibleName(tr("Channel feed"));

    m_pill->setObjectName(QStringLiteral("newEventsPill"));
    m_pill->setCursor(Qt::PointingHandCursor);
    m_pill->setAccessibleName(tr("Jump to the newest events"));
    m_pill->setStyleSheet(QStringLiteral(
            "QPushButton#newEventsPill { background: palette(highlight); color: palette(highlighted-text);"
            " border: none; border-radius: 10px; padding: 4px 14px; font-weight: bold; }"));
    m_pill->hide();
    connect(m_pill, &QPushButton::clicked, this, &FeedView::jumpToNewest);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &FeedView::onScrolled);
}

void FeedView::setFeedModel(FeedModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    connect(model, &FeedModel::rowsRemoved, this, &FeedView::onRowsRemoved);
    connect(model, &FeedModel::modelReset, this, [this] {
        m_following = true;
        setUnseen(0);
    });
    connect(model, &FeedModel::newestLoaded, this, &FeedView::jumpToNewest);
    // A thread's first reply adds a line to its start: rows are laid out again (heights are
    // cached, so this costs no text layout).
    connect(model, &FeedModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(FeedModel::ReplyCountRole) || roles.contains(FeedModel::StartsDayRole))
                    scheduleDelayedItemsLayout();
            });

    // An edited event may need another height: its layout goes, the rows are laid out again.
    connect(model, &FeedModel::eventsReplaced, this, [this](const QList<qint64> &ids) {
        m_delegate->forget(ids);
        scheduleDelayedItemsLayout();
    });
}

QStyleOptionViewItem FeedView::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

void FeedView::jumpToNewest()
{
    m_following = true;
    setUnseen(0);
    executeDelayedItemsLayout();
    m_adjusting = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_adjusting = false;
}

void FeedView::onScrolled(int value)
{
    if (m_adjusting)
        return;
    m_following = value >= verticalScrollBar()->maximum() - 2;
    if (m_following)
        setUnseen(0);
    if (value == verticalScrollBar()->minimum() && m_model && m_model->canFetchOlder())
        m_model->fetchOlder();
}

// Height in pixels of rows first..last as currently laid out.
int FeedView::rowsHeight(int first, int last)
{
    const QRect top = visualRect(model()->index(first, 0));
    const QRect bottom = visualRect(model()->index(last, 0));
    return bottom.bottom() - top.top() + 1;
}

void FeedView::scrollBy(int pixels)
{
    m_adjusting = true;
    verticalScrollBar()->setValue(verticalScrollBar()->value() + pixels);
    m_adjusting = false;
}

void FeedView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    const int before = verticalScrollBar()->value();
    QListView::rowsInserted(parent, start, end);
    const int count = end - start + 1;
    const bool atTop = start == 0 && model()->rowCount() > count;
    if (!atTop && m_following) {
        jumpToNewest();
        return;
    }
    executeDelayedItemsLayout();
    if (atTop) {
        // Older events above: keep the rows the user is reading where they are.
        m_adjusting = true;
        verticalScrollBar()->setValue(before + rowsHeight(start, end));
        m_adjusting = false;
    } else if (end == model()->rowCount() - 1) {
        setUnseen(m_unseen + count);
    } // else replies shown under their thread's start: nothing new arrived
}

void FeedView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    m_removedHeight = -1;
    if (start == 0 && !m_following) {
        executeDelayedItemsLayout();
        m_removedHeight = rowsHeight(start, end);
    }
    QListView::rowsAboutToBeRemoved(parent, start, end);
}

void FeedView::onRowsRemoved(const QModelIndex &, int, int)
{
    if (m_removedHeight < 0)
        return;
    const int height = m_removedHeight;
    m_removedHeight = -1;
    executeDelayedItemsLayout();
    scrollBy(-height);
}

void FeedView::setUnseen(int count)
{
    m_unseen = count;
    m_pill->setVisible(count > 0);
    if (count > 0) {
        m_pill->setText(tr("%n new", nullptr, count) + QStringLiteral("  \u2193"));
        placePill();
        m_pill->raise();
    }
}

void FeedView::placePill()
{
    m_pill->adjustSize();
    const QRect area = viewport()->geometry();
    m_pill->move(area.center().x() - m_pill->width() / 2, area.bottom() - m_pill->height() - 12);
}

void FeedView::resizeEvent(QResizeEvent *event)
{
    const bool following = m_following;
    QListView::resizeEvent(event);
    // QListView relays out a top-to-bottom list only when its height changes; a narrower pane
    // (a split, a dock opening) wraps bodies onto more lines, so rows need new heights.
    if (event->size().width() != event->oldSize().width())
        scheduleDelayedItemsLayout();
    placePill();
    if (following)
        jumpToNewest();
}

// Every relayout (QListView also relays out on its own timer after a resize) ends here:
// a view that follows the newest stays at the bottom whatever the rows' new heights.
void FeedView::updateGeometries()
{
    QListView::updateGeometries();
    if (m_following) {
        m_adjusting = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_adjusting = false;
    }
}

QString FeedView::anchorAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return {};
    return m_delegate->anchorAt(optionFor(index), index, pos);
}

void FeedView::mouseMoveEvent(QMouseEvent *event)
{
    QListView::mouseMoveEvent(event);
    viewport()->setCursor(anchorAt(event->position().toPoint()).isEmpty() ? Qt::ArrowCursor
                                                                          : Qt::PointingHandCursor);
}

void FeedView::mouseReleaseEvent(QMouseEvent *event)
{
    QListView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QString anchor = anchorAt(event->position().toPoint());
    if (anchor.isEmpty())
        return;
    const QUrl url(anchor);
    if (url.scheme() == FeedDelegate::threadLinkScheme()) {
        m_model->toggleThread(url.path().toLongLong());
        return;
    }
    emit linkActivated(url);
    // "bb-action:" links are buttons of the message's own actions (not handled yet); only
    // links that are safe to hand to the desktop leave the program.
    const QUrl safe = safeLinkUrl(anchor);
    if (safe.isValid())
        QDesktopServices::openUrl(safe);
}

// Return or Space on the current row shows or hides its thread's replies (the keyboard's
// way to the "N replies" link).
void FeedView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const bool toggle = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space;
    if (toggle && m_model && current.isValid() && current.data(FeedModel::ReplyCountRole).toInt() > 0) {
        m_model->toggleThread(current.data(FeedModel::EventIdRole).toLongLong());
        return;
    }
    QListView::keyPressEvent(event);
}

void FeedView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_delegate->clearCaches();
        scheduleDelayedItemsLayout();
    }
}

void FeedView::setSenderIcons(SenderIcons *icons)
{
    m_delegate->setSenderIcons(icons);
    if (icons)
        connect(icons, &SenderIcons::iconReady, viewport(), qOverload<>(&QWidget::update), Qt::UniqueConnection);
}

// A row's menu. Acknowledge selects the row first, so that what runs (/ack) and what the user
// sees selected are the same event; an acknowledged row says who took it instead.
void FeedView::addRowActions(QMenu *menu, const QModelIndex &index)
{
    const Event shown = index.data(FeedModel::EventRole).value<Event>();
    if (shown.id == 0)
        return;
    if (shown.acknowledgement.isValid()) {
        menu->addAction(tr("Acknowledged by %1 at %2")
                                .arg(shown.acknowledgement.by,
                                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(shown.acknowledgement.atMs),
                                                        QLocale::ShortFormat)))
                ->setEnabled(false);
        return;
    }
    const qint64 id = shown.id;
    menu->addAction(tr("Acknowledge"), this, [this, index = QPersistentModelIndex(index), id] {
        if (index.isValid())
            setCurrentIndex(index);
        emit acknowledgeRequested(id);
    });
}

void FeedView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return QListView::contextMenuEvent(event);
    QMenu menu(this);
    addRowActions(&menu, index);
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

} // namespace bb
