#pragma once

#include "alerts/alertsettings.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ChannelPane;
}

namespace bb {

class AsyncEventReader;
class CelebrationOverlay;
class EventStore;
class FeedModel;
class FeedView;
class SenderIcons;

// One feed in the window: a header (channel, notify mode, split/close buttons), the
// channel's FeedView, and a footer slot for what sits under a feed (its own composer). The
// window arranges several of these side by side (PaneArea).
class ChannelPane : public QWidget
{
    Q_OBJECT
public:
    ChannelPane(EventStore *store, AsyncEventReader *reader, QWidget *parent = nullptr);
    ~ChannelPane() override;

    void setChannel(const QString &name);
    QString channel() const;
    void setNotifyMode(std::optional<NotifyMode> mode); // nullopt: no channel shown

    FeedModel *feedModel() const { return m_feed; }
    FeedView *feedView() const;
    CelebrationOverlay *celebration() const { return m_celebration; } // "make it rain" over this feed

    // Draws remote sender icons from `icons` (remote images enabled); null: emoji and initials.
    void setSenderIcons(SenderIcons *icons);

    // The widget under the feed (e.g. the composer); the pane owns it. Null removes it.
    // Clicking or focusing it makes this the focused pane, like the feed.
    void setFooter(QWidget *footer);
    QWidget *footer() const { return m_footer; }

    // Keyboard focus where typing goes: the footer (the composer's field, its focus proxy)
    // when it can take it, else the feed. Text typed while the feed has the focus goes there
    // too, so a person never types into nothing.
    void focusInput();

    // The focused pane is the one the sidebar and shortcuts act on; it is marked in its header.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setClosable(bool closable); // the last pane stays

    // Shows event `id` selected and centred, reading older pages until the feed holds it
    // (or its window is full): the one way a search result or a tray click opens an event.
    void revealEvent(qint64 id);

signals:
    void channelChanged(const QString &name);
    void activated(); // the user clicked or focused this pane
    void splitRequested(Qt::Orientation orientation);
    void moveRequested(int step); // -1 before, +1 after its neighbour
    void closeRequested();
    void eventRevealed(qint64 id);
    void revealFailed(qint64 id); // older than the feed keeps open

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *typingTarget() const;
    void continueReveal();
    void applyPaletteDetails();

    std::unique_ptr<Ui::ChannelPane> m_ui;
    FeedModel *m_feed;
    CelebrationOverlay *m_celebration;
    QWidget *m_footer = nullptr;
    qint64 m_pendingId = 0;
    bool m_active = false;
};

} // namespace bb
