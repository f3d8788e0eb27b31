#include "channelpane.h"
#include "ui_channelpane.h"

#include "ui/wall/celebrationoverlay.h"
#include "ui/sidebar/channeldelegate.h"
#include "ui/feed/feeddelegate.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/feed/levelcolors.h"
#include "ui/feed/sendericons.h"

#include <QCoreApplication>
#include <QEvent>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>

namespace bb {

namespace {

// Text a person types (letters, digits, punctuation, "/", a composed "é"), as opposed to the
// feed's own keys: navigation, Space and Enter (threads), Escape, and shortcuts with Ctrl, Alt
// or Meta. An input method's text still being composed (preedit) is left where it is.
bool isTypedText(QEvent *event)
{
    QString text;
    if (event->type() == QEvent::InputMethod) {
        const auto *input = static_cast<QInputMethodEvent *>(event);
        if (!input->preeditString().isEmpty())
            return false;
        text = input->commitString();
    } else {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return false;
        text = key->text();
    }
    if (text.trimmed().isEmpty())
        return false;
    for (const QChar c : text) {
        if (!c.isPrint())
            return false;
    }
    return true;
}

} // namespace

ChannelPane::ChannelPane(EventStore *store, AsyncEventReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChannelPane>())
    , m_feed(new FeedModel(store, reader, this))
{
    m_ui->setupUi(this);
    m_ui->feedView->setFeedModel(m_feed);
    m_celebration = new CelebrationOverlay(m_ui->feedView);
    m_ui->feedView->installEventFilter(this);
    m_ui->feedView->viewport()->installEventFilter(this);

    auto *menu = new QMenu(this);
    menu->addAction(tr("Split Right"), this, [this] { emit splitRequested(Qt::Horizontal); });
    menu->addAction(tr("Split Down"), this, [this] { emit splitRequested(Qt::Vertical); });
    menu->addSeparator();
    menu->addAction(tr("Move Before Neighbour"), this, [this] { emit moveRequested(-1); });
    menu->addAction(tr("Move After Neighbour"), this, [this] { emit moveRequested(+1); });
    m_ui->paneMenuButton->setMenu(menu);
    connect(m_ui->splitRightButton, &QToolButton::clicked, this, [this] { emit splitRequested(Qt::Horizontal); });
    connect(m_ui->closeButton, &QToolButton::clicked, this, &ChannelPane::closeRequested);
    connect(m_feed, &FeedModel::newestLoaded, this, &ChannelPane::continueReveal);
    connect(m_feed, &FeedModel::olderLoaded, this, &ChannelPane::continueReveal);
    applyPaletteDetails();
}

ChannelPane::~ChannelPane() = default;

FeedView *ChannelPane::feedView() const
{
    return m_ui->feedView;
}

QString ChannelPane::channel() const
{
    return m_feed->channel();
}

void ChannelPane::setChannel(const QString &name)
{
    if (name == m_feed->channel())
        return;
    m_pendingId = 0;
    m_celebration->stop();
    m_celebration->setChannel(name);
    m_feed->setChannel(name);
    m_ui->channelTitle->setText(name.isEmpty() ? QString() : QLatin1Char('#') + name);
    setAccessibleName(tr("Feed of #%1").arg(name));
    emit channelChanged(name);
}

void ChannelPane::setNotifyMode(std::optional<NotifyMode> mode)
{
    QString description;
    if (mode == NotifyMode::Ring)
        description = tr("rings for every event");
    else if (mode == NotifyMode::Celebrate)
        description = tr("celebrates every event");
    else if (mode == NotifyMode::Mute)
        description = tr("muted");
    else if (mode)
        description = tr("goes bold on new events");
    const QString mark = mode ? ChannelDelegate::modeMark(*mode) : QString();
    m_ui->channelMode->setText(mark.isEmpty() ? description : mark + QLatin1Char(' ') + description);
}

void ChannelPane::setSenderIcons(SenderIcons *icons)
{
    m_ui->feedView->setSenderIcons(icons);
}

void ChannelPane::setFooter(QWidget *footer)
{
    if (footer == m_footer)
        return;
    delete m_footer;
    m_footer = footer;
    if (!footer)
        return;
    m_ui->footerSlot->addWidget(footer);
    footer->installEventFilter(this);
    for (QWidget *part : footer->findChildren<QWidget *>())
        part->installEventFilter(this);
}

// The footer's field, when it can hold the keyboard focus; null without one.
QWidget *ChannelPane::typingTarget() const
{
    if (!m_footer || m_footer->isHidden() || !m_footer->isEnabled())
        return nullptr;
    QWidget *field = m_footer;
    while (field->focusProxy())
        field = field->focusProxy();
    return field->focusPolicy() == Qt::NoFocus ? nullptr : field;
}

void ChannelPane::focusInput()
{
    QWidget *field = typingTarget();
    (field ? field : m_ui->feedView)->setFocus(Qt::OtherFocusReason);
}

void ChannelPane::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    applyPaletteDetails();
}

void ChannelPane::setClosable(bool closable)
{
    m_ui->closeButton->setVisible(closable);
    applyPaletteDetails();
}

void ChannelPane::revealEvent(qint64 id)
{
    m_pendingId = id;
    if (!m_feed->isLoading())
        continueReveal();
}

void ChannelPane::continueReveal()
{
    if (m_pendingId == 0)
        return;
    const qint64 id = m_pendingId;
    const int row = m_feed->revealRow(id);
    if (row >= 0) {
        m_pendingId = 0;
        const QModelIndex index = m_feed->index(row);
        m_ui->feedView->setCurrentIndex(index);
        m_ui->feedView->scrollTo(index, QAbstractItemView::PositionAtCenter);
        emit eventRevealed(id);
        return;
    }
    if (m_feed->rowCount() > 0 && m_feed->eventAt(0).id > id && m_feed->canFetchOlder()) {
        m_feed->fetchOlder();
        return;
    }
    m_pendingId = 0;
    emit revealFailed(id);
}

bool ChannelPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress)
        emit activated();
    // Typing while the feed has the focus starts a message: the key moves the focus to the
    // composer and is typed there (the feed's keys and every shortcut stay the feed's).
    if (watched == m_ui->feedView && (event->type() == QEvent::KeyPress || event->type() == QEvent::InputMethod)) {
        QWidget *field = typingTarget();
        if (field && isTypedText(event)) {
            field->setFocus(Qt::OtherFocusReason);
            QCoreApplication::sendEvent(field, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// Fonts and colors derived from the current palette, so light and dark themes both work;
// the focused pane's title takes the highlight color when there are several.
void ChannelPane::applyPaletteDetails()
{
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.25);
    m_ui->channelTitle->setFont(title);
    QPalette titlePalette = palette();
    if (m_active && m_ui->closeButton->isVisibleTo(this))
        titlePalette.setColor(QPalette::WindowText, levelColor(Level::Info, palette()));
    m_ui->channelTitle->setPalette(titlePalette);
    QPalette quiet = palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ui->channelMode->setPalette(quiet);
    QPalette rule = palette();
    rule.setColor(QPalette::WindowText, tint(palette().color(QPalette::Text), palette(), 0.15));
    m_ui->headerLine->setPalette(rule);
}

void ChannelPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPaletteDetails();
}

} // namespace bb
