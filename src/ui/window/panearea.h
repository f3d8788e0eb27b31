#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>
#include <functional>

class QJsonObject;
class QSplitter;

namespace bb {

class ChannelPane;

// The window's feeds side by side: a tree of QSplitters whose leaves are ChannelPanes,
// arranged by the user (split right or down, close, move before/after a neighbour) and
// saved as JSON so that the next start opens the same arrangement. One pane is focused:
// the sidebar, the shortcuts and the window's search act on it.
class PaneArea : public QWidget
{
    Q_OBJECT
public:
    using PaneFactory = std::function<ChannelPane *()>;
    explicit PaneArea(PaneFactory factory, QWidget *parent = nullptr);

    QList<ChannelPane *> panes() const; // in reading order: left to right, top to bottom
    ChannelPane *focusedPane() const { return m_focused; }
    void setFocusedPane(ChannelPane *pane);

    // A new pane next to `pane` (right for Horizontal, below for Vertical), showing the same
    // channel, taking half of `pane`'s room; it becomes the focused pane.
    ChannelPane *split(ChannelPane *pane, Qt::Orientation orientation);
    void closePane(ChannelPane *pane); // never the last one
    void movePane(ChannelPane *pane, int step);

    // {"orientation":"horizontal","sizes":[…],"children":[{"channel":"x","focused":true},…]}
    QByteArray saveLayout() const;
    // Replaces the panes with a saved arrangement; false (nothing changed) for bad input.
    bool restoreLayout(const QByteArray &json);

signals:
    void paneAdded(bb::ChannelPane *pane);
    void focusedPaneChanged(bb::ChannelPane *pane);
    void paneClosed();

private:
    ChannelPane *addPane();
    QSplitter *newSplitter(Qt::Orientation orientation);
    QJsonObject saveNode(QWidget *node) const;
    QWidget *buildNode(const QJsonObject &node, ChannelPane **focused);
    static bool isValidNode(const QJsonObject &node, int depth);
    void updateClosable();

    PaneFactory m_factory;
    QSplitter *m_root;
    ChannelPane *m_focused = nullptr;
};

} // namespace bb
