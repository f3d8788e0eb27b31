#include "wallcolumn.h"

#include "celebrationoverlay.h"

#include "ui/sidebar/channeldelegate.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "sparkline.h"
#include "store/eventstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace bb {

WallColumn::WallColumn(const QString &channel, NotifyMode notifyMode, EventStore *store,
                       AsyncEventReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_model(new FeedModel(store, reader, this))
    , m_view(new FeedView(this))
    , m_title(new QLabel(QLatin1Char('#') + channel, this))
    , m_mark(new QLabel(ChannelDelegate::modeMark(notifyMode), this))
    , m_sparkline(new Sparkline(this))
    , m_celebration(new CelebrationOverlay(m_view))
{
    m_celebration->setChannel(channel);
    setObjectName(QStringLiteral("wallColumn"));
    m_title->setObjectName(QStringLiteral("wallColumnTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_mark->setToolTip(notifyModeName(notifyMode));

    // The name on its own line (long names stay whole), the sparkline across the column below.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_mark);
    titleRow->addStretch(1);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(16, 10, 16, 10);
    header->setSpacing(6);
    header->addLayout(titleRow);
    header->addWidget(m_sparkline);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFocusPolicy(Qt::NoFocus);
    // The wall never leaves the bottom: no wheel, no drag, nothing that could stop following.
    m_view->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->setMouseTracking(false);
    m_view->viewport()->setAttribute(Qt::WA_Hover, false); // no row lit up where the cursor was left
    m_view->newEventsButton()->setVisible(false);
    m_view->setFeedModel(m_model);
    // Connected after the view's own handling: whatever it decided, the wall shows the newest.
    connect(m_model, &FeedModel::rowsInserted, m_view, &FeedView::jumpToNewest);
    connect(m_model, &FeedModel::newestLoaded, this, &WallColumn::seedSparkline);
    connect(m_model, &FeedModel::loadFailed, this, &WallColumn::seedSparkline);
    if (store)
        connect(store, &EventStore::eventsCommitted, this, &WallColumn::addEvents, Qt::QueuedConnection);
    m_model->setChannel(channel);
    applyFonts();
}

QString WallColumn::channel() const
{
    return m_model->channel();
}

void WallColumn::addEvents(const EventList &events)
{
    for (const Event &event : events) {
        if (event.channel != m_model->channel())
            continue;
        if (!m_seeded)
            m_early.append({ event.id, event.receivedAtMs });
        else if (event.id > m_seededUpTo)
            m_sparkline->addEvent(event.receivedAtMs);
    }
}

void WallColumn::seedSparkline()
{
    if (m_seeded)
        return;
    m_seeded = true;
    // The first page (up to a page of the newest events) is the sparkline's history: on a
    // channel busier than a page per hour the oldest minutes are under-counted.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Event &event = m_model->eventAt(row);
        m_sparkline->addEvent(event.receivedAtMs);
        m_seededUpTo = std::max(m_seededUpTo, event.id);
    }
    for (const auto &[id, receivedAtMs] : std::as_const(m_early)) {
        if (id > m_seededUpTo)
            m_sparkline->addEvent(receivedAtMs);
    }
    m_early.clear();
}

void WallColumn::applyFonts()
{
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(font().pointSizeF() * 1.3);
    m_title->setFont(title);
    m_mark->setFont(title);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    m_sparkline->setFont(small);
}

void WallColumn::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

} // namespace bb
