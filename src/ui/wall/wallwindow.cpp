#include "wallwindow.h"

#include "ui/window/theme.h"

#include "alerts/alertcenter.h"
#include "celebrationoverlay.h"

#include "store/asynceventreader.h"
#include "store/eventstore.h"
#include "ui/window/storestatusbanner.h"
#include "ui/window/theme.h"
#include "wallclock.h"
#include "wallcolumn.h"
#include "walltile.h"
#include "walltilecounter.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bb {

namespace {
constexpr int kCursorIdleMs = 3000;
constexpr qreal kLargeType = 1.5; // relative to the desktop's font: read from across the room
// A tile's number is a twelfth of the screen's height at least: ~90 px on 1080p, legible at 3 m.
constexpr int kTileNumberFraction = 11;
} // namespace

WallWindow::WallWindow(EventStore *store, const QStringList &channels,
                       const NotifyModes &notifyModes, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(new AsyncEventReader(store->databasePath(), this))
    , m_title(new QLabel(tr("Bellboard"), this))
    , m_clock(new WallClock(this))
{
    setObjectName(QStringLiteral("wallWindow"));
    setWindowTitle(tr("Bellboard wall"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setPalette(darkPalette());
    setAutoFillBackground(true);
    QFont large = QApplication::font();
    large.setPointSizeF(large.pointSizeF() * kLargeType);
    setFont(large);

    auto *topBar = new QHBoxLayout;
    topBar->setContentsMargins(24, 12, 24, 12);
    topBar->addWidget(m_title, 0, Qt::AlignLeft | Qt::AlignVCenter);
    topBar->addStretch(1);
    topBar->addWidget(m_clock);

    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    for (const QString &channel : channels) {
        if (!m_columns.isEmpty()) {
            auto *rule = new QFrame(this);
            rule->setFrameShape(QFrame::VLine);
            rule->setFrameShadow(QFrame::Plain);
            rule->setForegroundRole(QPalette::Mid);
            columns->addWidget(rule);
        }
        auto *column = new WallColumn(channel, notifyModes.value(channel, NotifyMode::Bold), store,
                                      m_reader, this);
        m_columns << column;
        columns->addWidget(column, 1);
    }

    auto *topRule = new QFrame(this);
    topRule->setFrameShape(QFrame::HLine);
    topRule->setFrameShadow(QFrame::Plain);
    topRule->setForegroundRole(QPalette::Mid);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(topBar);
    layout->addWidget(topRule);
    // The server a wall is attached to going away is said in the wall's large type.
    m_statusBanner = new StoreStatusBanner(store, this);
    layout->addWidget(m_statusBanner);
    m_tileRow = new QHBoxLayout;
    m_tileRow->setContentsMargins(18, 6, 18, 6);
    m_tileRow->setSpacing(6);
    layout->addLayout(m_tileRow);
    layout->addLayout(columns, 1);

    auto *leave = new QAction(tr("Leave wall mode"), this);
    leave->setShortcuts({ QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F11) });
    connect(leave, &QAction::triggered, this, &WallWindow::leaveRequested);
    addAction(leave);

    // Any mouse movement over the wall shows the cursor again; 3 s of stillness hides it.
    // (Mouse tracking on the window: moves over any child propagate up to it, and so to us.)
    setMouseTracking(true);
    m_cursorIdle.setSingleShot(true);
    m_cursorIdle.setInterval(kCursorIdleMs);
    connect(&m_cursorIdle, &QTimer::timeout, this, [this] { setCursor(Qt::BlankCursor); });
    qApp->installEventFilter(this);
    m_cursorIdle.start();
    applyFonts();
}

WallWindow::~WallWindow()
{
    qApp->removeEventFilter(this);
}

QString WallWindow::unknownChannelsError(const QStringList &wanted, const QStringList &known)
{
    QStringList unknown;
    for (const QString &name : wanted) {
        if (!known.contains(name))
            unknown << name;
    }
    if (unknown.isEmpty())
        return {};
    const QString names = QLatin1Char('\'') + unknown.join(QLatin1String("', '")) + QLatin1Char('\'');
    return tr("no channel named %1 (known channels: %2)")
            .arg(names, known.join(QLatin1String(", ")));
}

bool WallWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove || event->type() == QEvent::HoverMove) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this)
            showCursor();
    }
    return QWidget::eventFilter(watched, event);
}

void WallWindow::showCursor()
{
    unsetCursor();
    m_cursorIdle.start();
}

void WallWindow::applyFonts()
{
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(font().pointSizeF() * 1.2);
    m_title->setFont(title);
    QPalette quiet = palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_title->setPalette(quiet);
}

void WallWindow::setTiles(const QList<WallTileSpec> &specs)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    for (const WallTileSpec &spec : specs) {
        auto *tile = new WallTile(spec, m_reader, this);
        m_tiles << tile;
        m_tileRow->addWidget(tile, 1);
        connect(tile, &WallTile::activated, this, &WallWindow::searchRequested);
        WallTileCounter *counter = tile->counter();
        if (m_store) {
            // The store announces from its writer thread.
            connect(m_store, &EventStore::eventsCommitted, counter, &WallTileCounter::addEvents, Qt::QueuedConnection);
            connect(m_store, &EventStore::eventsChanged, counter, &WallTileCounter::scheduleRecount, Qt::QueuedConnection);
            connect(m_store, &EventStore::eventsRemoved, counter, &WallTileCounter::scheduleRecount, Qt::QueuedConnection);
        }
        counter->start();
    }
    sizeTiles();
}

void WallWindow::sizeTiles()
{
    const int pixels = std::max(48, height() / kTileNumberFraction);
    for (WallTile *tile : std::as_const(m_tiles))
        tile->setNumberPixelSize(pixels);
}

void WallWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    sizeTiles();
}

void WallWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        applyFonts();
}

void WallWindow::setAlerts(AlertCenter *alerts)
{
    for (WallColumn *column : std::as_const(m_columns))
        connect(alerts, &AlertCenter::celebrationRequested, column->celebration(), &CelebrationOverlay::celebrate);
}

} // namespace bb
