#include "panearea.h"

#include "channelpane.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSplitter>
#include <QVBoxLayout>

namespace bb {

namespace {
constexpr int kMaxDepth = 8; // saved layouts deeper than this are not ours
constexpr int kMaxPanes = 16;

QString orientationName(Qt::Orientation orientation)
{
    return orientation == Qt::Horizontal ? QStringLiteral("horizontal") : QStringLiteral("vertical");
}

int countPanes(const QJsonObject &node)
{
    if (!node.contains(QStringLiteral("children")))
        return 1;
    int count = 0;
    for (const QJsonValue &child : node.value(QStringLiteral("children")).toArray())
        count += countPanes(child.toObject());
    return count;
}
} // namespace

PaneArea::PaneArea(PaneFactory factory, QWidget *parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
    , m_root(newSplitter(Qt::Horizontal))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_root);
    setFocusedPane(addPane());
    m_root->addWidget(m_focused);
    updateClosable();

    const auto addShortcut = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(tr("Split Right"), QKeySequence(Qt::CTRL | Qt::Key_Backslash),
                [this] { split(m_focused, Qt::Horizontal); });
    addShortcut(tr("Split Down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backslash),
                [this] { split(m_focused, Qt::Vertical); });
    addShortcut(tr("Close Pane"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), [this] { closePane(m_focused); });
    addShortcut(tr("Next Pane"), QKeySequence(Qt::Key_F6), [this] {
        const QList<ChannelPane *> all = panes();
        setFocusedPane(all.value((all.indexOf(m_focused) + 1) % all.size()));
        m_focused->focusInput(); // what is typed next goes to the pane now marked
    });
}

QSplitter *PaneArea::newSplitter(Qt::Orientation orientation)
{
    auto *splitter = new QSplitter(orientation);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(3);
    return splitter;
}

ChannelPane *PaneArea::addPane()
{
    ChannelPane *pane = m_factory();
    connect(pane, &ChannelPane::activated, this, [this, pane] { setFocusedPane(pane); });
    connect(pane, &ChannelPane::splitRequested, this, [this, pane](Qt::Orientation o) { split(pane, o); });
    connect(pane, &ChannelPane::moveRequested, this, [this, pane](int step) { movePane(pane, step); });
    connect(pane, &ChannelPane::closeRequested, this, [this, pane] { closePane(pane); });
    emit paneAdded(pane);
    return pane;
}

QList<ChannelPane *> PaneArea::panes() const
{
    // findChildren() lists in creation order; the reading order is the splitters' order.
    QList<ChannelPane *> result;
    const std::function<void(QWidget *)> walk = [&](QWidget *node) {
        if (auto *pane = qobject_cast<ChannelPane *>(node)) {
            result << pane;
        } else if (auto *splitter = qobject_cast<QSplitter *>(node)) {
            for (int i = 0; i < splitter->count(); ++i)
                walk(splitter->widget(i));
        }
    };
    walk(m_root);
    return result;
}

void PaneArea::setFocusedPane(ChannelPane *pane)
{
    if (!pane || pane == m_focused)
        return;
    if (m_focused)
        m_focused->setActive(false);
    m_focused = pane;
    pane->setActive(true);
    emit focusedPaneChanged(pane);
}

ChannelPane *PaneArea::split(ChannelPane *pane, Qt::Orientation orientation)
{
    auto *parent = qobject_cast<QSplitter *>(pane ? pane->parentWidget() : nullptr);
    if (!parent || panes().size() >= kMaxPanes)
        return nullptr;
    const int at = parent->indexOf(pane);
    ChannelPane *added = addPane();
    added->setChannel(pane->channel());
    if (parent->orientation() == orientation || parent->count() == 1) {
        parent->setOrientation(orientation);
        QList<int> sizes = parent->sizes();
        const int half = sizes.value(at) / 2;
        parent->insertWidget(at + 1, added);
        if (half > 0) {
            sizes[at] = half;
            sizes.insert(at + 1, half);
            parent->setSizes(sizes);
        }
    } else {
        const QList<int> sizes = parent->sizes();
        QSplitter *nested = newSplitter(orientation);
        parent->replaceWidget(at, nested); // `pane` leaves `parent` without being deleted
        nested->addWidget(pane);
        nested->addWidget(added);
        parent->setSizes(sizes);
        nested->setSizes({ 1, 1 });
    }
    updateClosable();
    setFocusedPane(added);
    added->focusInput();
    return added;
}

void PaneArea::closePane(ChannelPane *pane)
{
    const QList<ChannelPane *> all = panes();
    if (all.size() < 2 || !all.contains(pane))
        return;
    auto *parent = qobject_cast<QSplitter *>(pane->parentWidget());
    // The keyboard focus goes down with the pane; the pane focused instead takes it.
    const bool hadKeyboardFocus = pane->isAncestorOf(window()->focusWidget());
    if (pane == m_focused) {
        const int index = all.indexOf(pane);
        setFocusedPane(all.value(index > 0 ? index - 1 : 1));
    }
    delete pane;
    // A splitter left with one child gives its place to that child.
    if (parent != m_root && parent->count() == 1) {
        auto *grandparent = qobject_cast<QSplitter *>(parent->parentWidget());
        const QList<int> sizes = grandparent->sizes();
        grandparent->replaceWidget(grandparent->indexOf(parent), parent->widget(0));
        grandparent->setSizes(sizes);
        delete parent;
    }
    updateClosable();
    if (hadKeyboardFocus)
        m_focused->focusInput();
    emit paneClosed();
}

void PaneArea::movePane(ChannelPane *pane, int step)
{
    auto *parent = qobject_cast<QSplitter *>(pane ? pane->parentWidget() : nullptr);
    if (!parent)
        return;
    const int at = parent->indexOf(pane);
    const int to = qBound(0, at + step, parent->count() - 1);
    if (to == at)
        return;
    const QList<int> sizes = parent->sizes();
    parent->insertWidget(to, pane);
    parent->setSizes(sizes);
}

void PaneArea::updateClosable()
{
    const QList<ChannelPane *> all = panes();
    for (ChannelPane *pane : all)
        pane->setClosable(all.size() > 1);
}

QJsonObject PaneArea::saveNode(QWidget *node) const
{
    if (auto *pane = qobject_cast<ChannelPane *>(node)) {
        QJsonObject leaf{ { QStringLiteral("channel"), pane->channel() } };
        if (pane == m_focused)
            leaf.insert(QStringLiteral("focused"), true);
        return leaf;
    }
    auto *splitter = qobject_cast<QSplitter *>(node);
    QJsonArray children;
    QJsonArray sizes;
    for (int i = 0; i < splitter->count(); ++i)
        children << saveNode(splitter->widget(i));
    for (const int size : splitter->sizes())
        sizes << size;
    return { { QStringLiteral("orientation"), orientationName(splitter->orientation()) },
             { QStringLiteral("sizes"), sizes },
             { QStringLiteral("children"), children } };
}

QByteArray PaneArea::saveLayout() const
{
    return QJsonDocument(saveNode(m_root)).toJson(QJsonDocument::Compact);
}

bool PaneArea::isValidNode(const QJsonObject &node, int depth)
{
    if (depth > kMaxDepth)
        return false;
    if (!node.contains(QStringLiteral("children")))
        return node.value(QStringLiteral("channel")).isString();
    const QString orientation = node.value(QStringLiteral("orientation")).toString();
    const QJsonArray children = node.value(QStringLiteral("children")).toArray();
    if ((orientation != orientationName(Qt::Horizontal) && orientation != orientationName(Qt::Vertical))
        || children.isEmpty())
        return false;
    for (const QJsonValue &child : children) {
        if (!child.isObject() || !isValidNode(child.toObject(), depth + 1))
            return false;
    }
    return true;
}

QWidget *PaneArea::buildNode(const QJsonObject &node, ChannelPane **focused)
{
    if (!node.contains(QStringLiteral("children"))) {
        ChannelPane *pane = addPane();
        pane->setChannel(node.value(QStringLiteral("channel")).toString());
        if (!*focused || node.value(QStringLiteral("focused")).toBool())
            *focused = pane;
        return pane;
    }
    QSplitter *splitter = newSplitter(node.value(QStringLiteral("orientation")).toString() == orientationName(Qt::Vertical)
                                              ? Qt::Vertical
                                              : Qt::Horizontal);
    for (const QJsonValue &child : node.value(QStringLiteral("children")).toArray())
        splitter->addWidget(buildNode(child.toObject(), focused));
    QList<int> sizes;
    for (const QJsonValue &size : node.value(QStringLiteral("sizes")).toArray())
        sizes << qMax(1, size.toInt());
    if (sizes.size() == splitter->count())
        splitter->setSizes(sizes);
    return splitter;
}

bool PaneArea::restoreLayout(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    if (!root.contains(QStringLiteral("children"))) // one pane: the root is still a splitter
        root = QJsonObject{ { QStringLiteral("orientation"), orientationName(Qt::Horizontal) },
                            { QStringLiteral("children"), QJsonArray{ root } } };
    if (!isValidNode(root, 0) || countPanes(root) > kMaxPanes)
        return false;
    ChannelPane *focused = nullptr;
    QSplitter *built = qobject_cast<QSplitter *>(buildNode(root, &focused));
    m_focused = nullptr;
    delete layout()->replaceWidget(m_root, built); // the layout item is ours to delete
    delete m_root;
    m_root = built;
    setFocusedPane(focused);
    updateClosable();
    return true;
}

} // namespace bb
