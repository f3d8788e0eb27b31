#pragma once

#include <QListView>

class QMenu;

class QPushButton;

namespace bb {

class FeedDelegate;
class FeedModel;

// A channel's feed, newest at the bottom. While the user is at the bottom it follows new
// events; scrolled up, new events never move what the user reads (older pages loaded at
// the top and rows trimmed off the top keep the view anchored) and a "N new" pill over the
// viewport jumps back down. Reaching the top asks the model for an older page.
class SenderIcons;

class FeedView : public QListView
{
    Q_OBJECT
public:
    explicit FeedView(QWidget *parent = nullptr);

    void setFeedModel(FeedModel *model);
    FeedModel *feedModel() const { return m_model; }
    FeedDelegate *feedDelegate() const { return m_delegate; }
    // Draws senders' remote icons from `icons` (not owned; null: emoji and initials only),
    // repainting as each one arrives.
    void setSenderIcons(SenderIcons *icons);

    bool isFollowing() const { return m_following; }
    int unseenCount() const { return m_unseen; }
    QPushButton *newEventsButton() const { return m_pill; }

    // The option the delegate paints `index` with (tests, link lookups).
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;

public slots:
    void jumpToNewest();

    // The row's own actions (Acknowledge, or who acknowledged it) into a context menu, for
    // whoever shows the row's menu (WindowSearch adds its own after them).
    void addRowActions(QMenu *menu, const QModelIndex &index);

signals:
    // A link in an event was clicked (safe links are opened; others are only reported).
    void linkActivated(const QUrl &url);
    // The row's context menu: acknowledge this event (the team sees who took it).
    void acknowledgeRequested(qint64 eventId);

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onScrolled(int value);
    void onRowsRemoved(const QModelIndex &parent, int start, int end);
    void setUnseen(int count);
    void placePill();
    int rowsHeight(int first, int last);
    void scrollBy(int pixels);
    QString anchorAt(const QPoint &pos) const;

    FeedModel *m_model = nullptr;
    FeedDelegate *m_delegate;
    QPushButton *m_pill;
    bool m_following = true;
    bool m_adjusting = false; // our own scroll changes are not the user's
    int m_unseen = 0;
    int m_removedHeight = -1; // height of rows leaving the top, between the two signals
};

} // namespace bb
