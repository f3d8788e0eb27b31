#include "quickswitcher.h"
#include "ui_quickswitcher.h"

#include "channeldelegate.h"
#include "channellistmodel.h"

#include <QKeyEvent>
#include <QSortFilterProxyModel>

namespace bb {

QuickSwitcher::QuickSwitcher(QAbstractItemModel *channels, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QuickSwitcher>())
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(channels);
    m_filter->setFilterRole(ChannelListModel::NameRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->matches->setModel(m_filter);
    m_ui->matches->setItemDelegate(new ChannelDelegate(m_ui->matches));
    m_ui->filter->installEventFilter(this);
    m_ui->filter->setFocus();

    connect(m_ui->filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // "#fin" and "fin" find the same channel.
        QString plain = text.trimmed();
        if (plain.startsWith(QLatin1Char('#')))
            plain.remove(0, 1);
        m_filter->setFilterFixedString(plain);
        selectRow(0);
    });
    connect(m_ui->filter, &QLineEdit::returnPressed, this, &QuickSwitcher::choose);
    connect(m_ui->matches, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        selectRow(index.row());
        choose();
    });
    selectRow(0);
}

QuickSwitcher::~QuickSwitcher() = default;

void QuickSwitcher::setFilterText(const QString &text)
{
    m_ui->filter->setText(text);
}

int QuickSwitcher::matchCount() const
{
    return m_filter->rowCount();
}

QString QuickSwitcher::chosenChannel() const
{
    return m_ui->matches->currentIndex().data(ChannelListModel::NameRole).toString();
}

void QuickSwitcher::selectRow(int row)
{
    if (m_filter->rowCount() == 0)
        return;
    row = qBound(0, row, m_filter->rowCount() - 1);
    m_ui->matches->setCurrentIndex(m_filter->index(row, 0));
}

void QuickSwitcher::choose()
{
    const QString name = chosenChannel();
    if (name.isEmpty())
        return;
    emit channelChosen(name);
    accept();
}

// The line edit keeps the focus; Up/Down and Page keys move through the matches.
bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->filter && event->type() == QEvent::KeyPress) {
        const int row = m_ui->matches->currentIndex().row();
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            selectRow(row + 1);
            return true;
        case Qt::Key_Up:
            selectRow(row - 1);
            return true;
        case Qt::Key_PageDown:
            selectRow(row + 8);
            return true;
        case Qt::Key_PageUp:
            selectRow(row - 8);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace bb
