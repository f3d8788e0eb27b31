#pragma once

#include <QDialog>
#include <memory>

class QAbstractItemModel;
class QSortFilterProxyModel;

namespace Ui {
class QuickSwitcher;
}

namespace bb {

// Ctrl+K: type part of a channel's name, Up/Down to pick, Enter to open it.
class QuickSwitcher : public QDialog
{
    Q_OBJECT
public:
    // `channels` is a ChannelListModel (or anything with its NameRole).
    explicit QuickSwitcher(QAbstractItemModel *channels, QWidget *parent = nullptr);
    ~QuickSwitcher() override;

    void setFilterText(const QString &text);
    int matchCount() const;
    QString chosenChannel() const; // the highlighted match, "" when none

signals:
    void channelChosen(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectRow(int row);
    void choose();

    std::unique_ptr<Ui::QuickSwitcher> m_ui;
    QSortFilterProxyModel *m_filter;
};

} // namespace bb
