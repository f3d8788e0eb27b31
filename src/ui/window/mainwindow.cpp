#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "ui/sidebar/channeldelegate.h"
#include "ui/sidebar/channellistmodel.h"
#include "channelpane.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/feed/levelcolors.h"
#include "ui/search/searchpanel.h"
#include "panearea.h"
#include "ui/sidebar/quickswitcher.h"
#include "ui/sidebar/readmarkers.h"
#include "ui/feed/sendericons.h"
#include "ui/wall/wallcolumn.h"
#include "ui/wall/wallwindow.h"
#include "storestatusbanner.h"
#include "windowalerts.h"
#include "ui/composer/windowchatops.h"
#include "ui/search/windowsearch.h"
#include "windowsettings.h"
#include "windowslack.h"
#include "store/asynceventreader.h"
#include "store/eventstore.h"
#include "store/storebackend.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>

namespace bb {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kWindowStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kChannelKey = QStringLiteral("window/channel");
const QString kPanesKey = QStringLiteral("window/panes");
} // namespace

MainWindow::MainWindow(EventStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_reader(new AsyncEventReader(store->databasePath(), this))
    , m_channels(new ChannelListModel(store, this))
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->channelList->setModel(m_channels);
    m_ui->channelList->setItemDelegate(new ChannelDelegate(m_ui->channelList));
    m_panes = new PaneArea([this] { return new ChannelPane(m_store, m_reader); }, m_ui->feedPane);
    m_statusBanner = new StoreStatusBanner(store, m_ui->feedPane);
    m_ui->feedLayout->addWidget(m_statusBanner);
    m_ui->feedLayout->addWidget(m_panes, 1); // the banner takes one line or two, the feeds the rest
    setUpPane(focusedPane());
    connect(m_panes, &PaneArea::paneAdded, this, &MainWindow::setUpPane);
    connect(m_panes, &PaneArea::focusedPaneChanged, this, &MainWindow::onFocusedPaneChanged);
    connect(m_panes, &PaneArea::paneClosed, this, &MainWindow::updateHeader);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 230, 870 });

    addAction(m_ui->actionQuickSwitcher);
    addAction(m_ui->actionPreviousChannel);
    addAction(m_ui->actionNextChannel);
    addAction(m_ui->actionJumpToNewest);
    auto *wallAction = new QAction(tr("Wall Mode"), this);
    wallAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(wallAction, &QAction::triggered, this, [this] { showWall({ currentChannel() }); });
    addAction(wallAction);
    connect(m_ui->actionQuickSwitcher, &QAction::triggered, this, &MainWindow::openQuickSwitcher);
    m_ui->actionPreferences->setEnabled(false);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    connect(m_ui->actionPreviousChannel, &QAction::triggered, this, [this] { selectAdjacentChannel(-1); });
    connect(m_ui->actionNextChannel, &QAction::triggered, this, [this] { selectAdjacentChannel(+1); });
    connect(m_ui->actionJumpToNewest, &QAction::triggered, this, [this] { feedView()->jumpToNewest(); });
    connect(m_ui->channelList->selectionModel(), &QItemSelectionModel::currentChanged,
            this, &MainWindow::onChannelRowChanged);
    // A channel opened with a click (or Enter) in the sidebar is ready for typing, like
    // Slack; arrowing through the sidebar leaves the focus there.
    connect(m_ui->channelList, &QAbstractItemView::clicked, this, &MainWindow::focusInput);
    connect(m_ui->channelList, &QAbstractItemView::activated, this, &MainWindow::focusInput);
    applyPaletteDetails();
    m_search = new WindowSearch(this, m_reader, store);
    m_readSettings = windowSettings();
    m_readMarkers = new ReadMarkers(m_channels, m_reader, store, m_readSettings.get(), this);
    // Attached to a team server, read markers are the person's and follow them to another desk
    // (the server keeps them for the token's person, whatever name is given here).
    if (storeEngineOf(store->databasePath()) == StoreEngine::Remote)
        m_readMarkers->shareThroughStore(store, QString());
}

MainWindow::~MainWindow()
{
    saveState(); // also when the program quits on a signal without closing the window
}

ChannelPane *MainWindow::focusedPane() const
{
    return m_panes->focusedPane();
}

FeedModel *MainWindow::feedModel() const
{
    return focusedPane()->feedModel();
}

FeedView *MainWindow::feedView() const
{
    return focusedPane()->feedView();
}

QString MainWindow::currentChannel() const
{
    return focusedPane()->channel();
}

void MainWindow::enableRemoteImages(const QString &cacheDir)
{
    if (!m_icons)
        m_icons = new SenderIcons(cacheDir, this);
    for (ChannelPane *pane : m_panes->panes())
        pane->setSenderIcons(m_icons);
}

void MainWindow::setUpPane(ChannelPane *pane)
{
    pane->setSenderIcons(m_icons);
    connect(pane->feedModel(), &FeedModel::loadFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Could not read events: %1").arg(error));
    });
    connect(pane->feedModel(), &QAbstractItemModel::modelReset, this, [this, pane] {
        pane->setNotifyMode(notifyModeOf(pane->channel()));
    });
    pane->setNotifyMode(notifyModeOf(pane->channel()));
}

std::optional<NotifyMode> MainWindow::notifyModeOf(const QString &channel) const
{
    const QVariant mode = m_channels->index(m_channels->rowOf(channel)).data(ChannelListModel::NotifyModeRole);
    return mode.isValid() ? std::optional<NotifyMode>(mode.value<NotifyMode>()) : std::nullopt;
}

void MainWindow::setNotifyModes(const NotifyModes &modes)
{
    m_channels->setNotifyModes(modes);
    updateHeader();
}

void MainWindow::setStatusText(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::setAlerts(AlertCenter *alerts, ChannelSettingsStore *settingsStore)
{
    delete m_alerts;
    m_alerts = new WindowAlerts(this, m_ui->channelList, alerts, settingsStore);
    m_alertCenter = alerts;
}

void MainWindow::setPreferences(const Preferences &current, PreferencesSaver saver)
{
    m_preferences = current;
    m_preferencesSaver = std::move(saver);
    m_ui->actionPreferences->setEnabled(bool(m_preferencesSaver));
}

PreferencesDialog *MainWindow::openPreferences()
{
    if (!m_preferencesSaver)
        return nullptr;
    auto *dialog = new PreferencesDialog(m_preferences, m_preferencesSaver, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::saved, this, [this](const Preferences &saved) { m_preferences = saved; });
    dialog->open();
    return dialog;
}

QMessageBox *MainWindow::showConfigProblems(const QString &path, const QStringList &problems)
{
    if (problems.isEmpty())
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Problems in the configuration"),
                                tr("Bellboard started with the default for each value it could not use in %1.").arg(path),
                                QMessageBox::Ok, this);
    box->setInformativeText(problems.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal); // the feeds stay usable while it is read
    box->show();
    return box;
}

void MainWindow::setSlack(SlackMirror *mirror, const QUrl &apiUrl)
{
    delete m_slack;
    m_slack = new WindowSlack(this, m_ui->channelList, m_channels, mirror, apiUrl);
}

void MainWindow::setChatOps(ChatOps *chatops)
{
    if (m_chatOps)
        return;                                   // its commands are in the registry for good
    m_chatOps = new WindowChatOps(this, chatops); // a composer in every pane, now and when split
}

void MainWindow::restoreState(const QString &fallbackChannel)
{
    const auto settings = windowSettings();
    restoreGeometry(settings->value(kGeometryKey).toByteArray());
    QMainWindow::restoreState(settings->value(kWindowStateKey).toByteArray());
    m_ui->splitter->restoreState(settings->value(kSplitterKey).toByteArray());
    m_panes->restoreLayout(settings->value(kPanesKey).toByteArray());
    // Panes whose channel is gone (another data folder, a channel removed) show a known one.
    QString known;
    for (const QString &name : { settings->value(kChannelKey).toString(), fallbackChannel,
                                 m_channels->nameAt(0) }) {
        if (m_channels->rowOf(name) >= 0) {
            known = name;
            break;
        }
    }
    const QString focused = m_channels->rowOf(currentChannel()) >= 0 ? currentChannel() : known;
    for (ChannelPane *pane : m_panes->panes()) {
        if (m_channels->rowOf(pane->channel()) < 0)
            pane->setChannel(known);
    }
    showChannel(focused);
    focusInput(); // before the window shows: it takes this focus when it becomes active
    m_readMarkers->start();
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
    if (name.isEmpty())
        return;
    m_channels->setCurrentChannel(name);
    focusedPane()->setChannel(name);
    updateHeader();
}

// The sidebar follows the focused pane: its channel becomes the selected row.
void MainWindow::onFocusedPaneChanged(ChannelPane *pane)
{
    if (!pane->channel().isEmpty())
        showChannel(pane->channel());
    updateHeader();
}

// The focused pane's composer (its feed without one). Only after what the user did in this
// window (start, the sidebar, the quick switcher): a search result or a tray click that opens
// a channel leaves the focus where it is.
void MainWindow::focusInput()
{
    focusedPane()->focusInput();
}

void MainWindow::revealEvent(const QString &channel, qint64 id)
{
    ChannelPane *target = focusedPane();
    for (ChannelPane *pane : m_panes->panes()) {
        if (pane->channel() == channel && target->channel() != channel)
            target = pane;
    }
    m_panes->setFocusedPane(target);
    showChannel(channel);
    if (currentChannel() != channel) {
        emit target->revealFailed(id);
        return;
    }
    target->revealEvent(id);
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
    NotifyModes modes;
    for (const QString &name : channels)
        modes.insert(name, notifyModeOf(name).value_or(NotifyMode::Bold));
    m_wall = new WallWindow(m_store, channels, modes, this);
    m_wall->setWindowFlag(Qt::Window);
    connect(m_wall, &WallWindow::leaveRequested, this, &MainWindow::leaveWall);
    // A tile's search opens in this window, over which the wall is left.
    connect(m_wall, &WallWindow::searchRequested, this, [this](const QString &query) {
        leaveWall();
        m_search->openSearch();
        m_search->panel()->setQueryText(query);
    });
    m_wall->setTiles(m_wallTiles);
    if (m_alertCenter)
        m_wall->setAlerts(m_alertCenter);
    for (WallColumn *column : m_wall->columns())
        column->feedView()->setSenderIcons(m_icons);
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
    connect(switcher, &QuickSwitcher::channelChosen, this, [this](const QString &name) {
        showChannel(name);
        focusInput(); // the switcher is still open: the window gives this focus when it is back
    });
    switcher->open();
}

void MainWindow::updateHeader()
{
    const QString name = currentChannel();
    setWindowTitle(name.isEmpty() ? tr("Bellboard") : tr("#%1 — Bellboard").arg(name));
    QStringList shown;
    for (ChannelPane *pane : m_panes->panes()) {
        pane->setNotifyMode(notifyModeOf(pane->channel()));
        shown << pane->channel();
    }
    m_channels->setShownChannels(shown);
}

// Fonts and colors derived from the current palette, so light and dark themes both work.
void MainWindow::applyPaletteDetails()
{
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 0.9);
    m_ui->channelsHeading->setFont(heading);
    QPalette quiet = palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ui->switcherHint->setPalette(quiet);
    m_ui->channelsHeading->setPalette(quiet);
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
    settings->setValue(kGeometryKey, saveGeometry());
    settings->setValue(kWindowStateKey, QMainWindow::saveState());
    settings->setValue(kSplitterKey, m_ui->splitter->saveState());
    settings->setValue(kChannelKey, currentChannel());
    settings->setValue(kPanesKey, QString::fromUtf8(m_panes->saveLayout()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace bb
