#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "channeldelegate.h"
#include "channellistmodel.h"
#include "feedmodel.h"
#include "feedview.h"
#include "levelcolors.h"
#include "quickswitcher.h"
#include "wallwindow.h"
#include "windowalerts.h"
#include "windowchatops.h"
#include "composer.h"
#include "windowsearch.h"
#include "store/asynceventreader.h"
#include "store/eventstore.h"

#include <QCloseEvent>
#include <QSettings>

namespace bb {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString windowStateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString channelKey = QStringLiteral("window/channel");

// ~/.config/bellboard/window.ini on Linux, next to bellboard.toml: the window's own state,
// kept apart from the file a person edits.
std::unique_ptr<QSettings> windowSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("bellboard"), QStringLiteral("window"));
}
} // namespace

MainWindow::MainWindow(EventStore *store, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_reader(new AsyncEventReader(store->databasePath(), this)),
      m_channels(new ChannelListModel(store, this)),
      m_feed(new FeedModel(store, m_reader, this))
{
    m_ui->setupUi(this);
    m_ui->channelList->setModel(m_channels);
    m_ui->channelList->setItemDelegate(new ChannelDelegate(m_ui->channelList));
    m_ui->feedView->setFeedModel(m_feed);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 230, 870 });

    addAction(m_ui->actionQuickSwitcher);
    addAction(m_ui->actionPreviousChannel);
    addAction(m_ui->actionNextChannel);
    addAction(m_ui->actionJumpToNewest);
    m_store = store;
    auto *wallAction = new QAction(tr("Wall Mode"), this);
    wallAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(wallAction, &QAction::triggered, this, [this] { showWall({ currentChannel() }); });
    addAction(wallAction);
    connect(m_ui->actionQuickSwitcher, &QAction::triggered, this, &MainWindow::openQuickSwitcher);
    connect(m_ui->actionPreviousChannel, &QAction::triggered, this, [this] { selectAdjacentChannel(-1); });
    connect(m_ui->actionNextChannel, &QAction::triggered, this, [this] { selectAdjacentChannel(+1); });
    connect(m_ui->actionJumpToNewest, &QAction::triggered, m_ui->feedView, &FeedView::jumpToNewest);
    connect(m_ui->channelList->selectionModel(), &QItemSelectionModel::currentChanged,
            this, &MainWindow::onChannelRowChanged);
    connect(m_feed, &FeedModel::loadFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Could not read events: %1").arg(error));
    });
    applyPaletteDetails();
    m_search = new WindowSearch(this, m_reader);
}

MainWindow::~MainWindow()
{
    saveState(); // also when the program quits on a signal without closing the window
}

FeedView *MainWindow::feedView() const
{
    return m_ui->feedView;
}

QString MainWindow::currentChannel() const
{
    return m_feed->channel();
}

void MainWindow::setNotifyModes(const QHash<QString, QString> &modes)
{
    m_channels->setNotifyModes(modes);
    updateHeader();
}

void MainWindow::setStatusText(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::setAlerts(AlertCenter *alerts, ChannelSettingsSaver saver)
{
    delete m_alerts;
    m_alerts = new WindowAlerts(this, m_ui->channelList, alerts, std::move(saver));
    m_alertCenter = alerts;
}

void MainWindow::setChatOps(ChatOps *chatops)
{
    if (m_chatOps)
        return;  // its commands are in the registry for good
    m_chatOps = new WindowChatOps(this, chatops);
    m_ui->feedLayout->addWidget(m_chatOps->composer());
}

void MainWindow::restoreState(const QString &fallbackChannel)
{
    const auto settings = windowSettings();
    restoreGeometry(settings->value(geometryKey).toByteArray());
    QMainWindow::restoreState(settings->value(windowStateKey).toByteArray());
    m_ui->splitter->restoreState(settings->value(splitterKey).toByteArray());
    for (const QString &name : { settings->value(channelKey).toString(), fallbackChannel }) {
        if (m_channels->rowOf(name) >= 0) {
            showChannel(name);
            return;
        }
    }
    if (m_channels->rowCount() > 0)
        showChannel(m_channels->nameAt(0));
}

void MainWindow::showChannel(const QString &name)
{
    const int row = m_channels->rowOf(name);
    if (row < 0)
        return;
    // Selecting the row is what opens the channel (onChannelRowChanged), so mouse,
    // keyboard and code all take the same path.
    m_ui->channelList->setCurrentIndex(m_channels->index(row));
}

void MainWindow::onChannelRowChanged()
{
    const QString name = m_ui->channelList->currentIndex().data(ChannelListModel::NameRole).toString();
    if (name.isEmpty() || name == m_feed->channel())
        return;
    m_channels->setCurrentChannel(name);
    m_feed->setChannel(name);
    updateHeader();
}

void MainWindow::selectAdjacentChannel(int step)
{
    const int rows = m_channels->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_channels->rowOf(currentChannel()) + step, rows - 1);
    showChannel(m_channels->nameAt(row));
}

void MainWindow::showWall(const QStringList &channels)
{
    if (m_wall)
        m_wall->deleteLater();
    QHash<QString, QString> modes;
    for (const QString &name : channels)
        modes.insert(name, m_channels->index(m_channels->rowOf(name)).data(ChannelListModel::NotifyModeRole).toString());
    m_wall = new WallWindow(m_store, channels, modes, this);
    m_wall->setWindowFlag(Qt::Window);
    connect(m_wall, &WallWindow::leaveRequested, this, &MainWindow::leaveWall);
    if (m_alertCenter)
        m_wall->setAlerts(m_alertCenter);
    m_wall->setGeometry(screen()->geometry()); // also where no window manager honours full screen
    m_wall->showFullScreen();
    m_wall->activateWindow(); // its keys (Esc, F11) must reach it, not this window behind it
}

void MainWindow::leaveWall()
{
    if (!m_wall)
        return;
    m_wall->deleteLater(); // we may be inside its own signal
    m_wall = nullptr;
    show();
    raise();
    activateWindow();
}

void MainWindow::openQuickSwitcher()
{
    auto *switcher = new QuickSwitcher(m_channels, this);
    switcher->setAttribute(Qt::WA_DeleteOnClose);
    connect(switcher, &QuickSwitcher::channelChosen, this, &MainWindow::showChannel);
    switcher->open();
}

void MainWindow::updateHeader()
{
    const QString name = currentChannel();
    setWindowTitle(name.isEmpty() ? tr("Bellboard") : tr("#%1 — Bellboard").arg(name));
    m_ui->channelTitle->setText(name.isEmpty() ? QString() : QLatin1Char('#') + name);
    const QString mode = m_channels->index(m_channels->rowOf(name)).data(ChannelListModel::NotifyModeRole).toString();
    QString description;
    if (mode == QLatin1String("ring"))
        description = tr("rings for every event");
    else if (mode == QLatin1String("celebrate"))
        description = tr("celebrates every event");
    else if (mode == QLatin1String("mute"))
        description = tr("muted");
    else if (!mode.isEmpty())
        description = tr("goes bold on new events");
    const QString mark = ChannelDelegate::modeMark(mode);
    m_ui->channelMode->setText(mark.isEmpty() ? description : mark + QLatin1Char(' ') + description);
}

// Fonts and colors derived from the current palette, so light and dark themes both work.
void MainWindow::applyPaletteDetails()
{
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.25);
    m_ui->channelTitle->setFont(title);
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 0.9);
    m_ui->channelsHeading->setFont(heading);
    QPalette quiet = palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ui->channelMode->setPalette(quiet);
    m_ui->switcherHint->setPalette(quiet);
    m_ui->channelsHeading->setPalette(quiet);
    QPalette rule = palette();
    rule.setColor(QPalette::WindowText, tint(palette().color(QPalette::Text), palette(), 0.15));
    m_ui->headerLine->setPalette(rule);
    QFont hint = font();
    hint.setPointSizeF(hint.pointSizeF() * 0.85);
    m_ui->switcherHint->setFont(hint);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPaletteDetails();
}

void MainWindow::saveState() const
{
    const auto settings = windowSettings();
    settings->setValue(geometryKey, saveGeometry());
    settings->setValue(windowStateKey, QMainWindow::saveState());
    settings->setValue(splitterKey, m_ui->splitter->saveState());
    settings->setValue(channelKey, currentChannel());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace bb
