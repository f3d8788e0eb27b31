#include "searchpanel.h"
#include "ui_searchpanel.h"

#include "core/searchquery.h"
#include "ui/feed/levelcolors.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"

#include <QKeyEvent>
#include <QMenu>

namespace bb {

SearchPanel::SearchPanel(AsyncEventReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchPanel>())
    , m_results(new SearchResultsModel(reader, this))
    , m_delegate(new SearchResultDelegate(this))
{
    m_ui->setupUi(this);
    m_ui->resultsView->setModel(m_results);
    m_ui->resultsView->setItemDelegate(m_delegate);
    connect(m_results, &SearchResultsModel::eventsReplaced, m_delegate, &SearchResultDelegate::forget);
    m_ui->resultsView->setContextMenuPolicy(Qt::CustomContextMenu);
    QPalette error = palette();
    error.setColor(QPalette::WindowText, levelColor(Level::Crit, palette()));
    m_ui->errorLabel->setPalette(error);
    m_ui->errorLabel->hide();
    m_ui->queryEdit->installEventFilter(this);

    connect(m_ui->queryEdit, &QLineEdit::returnPressed, this, &SearchPanel::runQuery);
    connect(m_ui->loadMoreButton, &QPushButton::clicked, m_results, &SearchResultsModel::loadMore);
    connect(m_results, &SearchResultsModel::pageLoaded, this, &SearchPanel::updateSummary);
    connect(m_results, &SearchResultsModel::loadFailed, this, &SearchPanel::showError);
    connect(m_ui->resultsView, &QListView::activated, this, [this](const QModelIndex &index) {
        emit eventActivated(m_results->eventAt(index.row()));
    });
    connect(m_ui->resultsView, &QWidget::customContextMenuRequested, this, &SearchPanel::showContextMenu);
}

SearchPanel::~SearchPanel() = default;

QString SearchPanel::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

QString SearchPanel::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void SearchPanel::setQueryText(const QString &text)
{
    m_ui->queryEdit->setText(text);
    runQuery();
}

void SearchPanel::focusQuery()
{
    m_ui->queryEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->queryEdit->selectAll();
}

void SearchPanel::runQuery()
{
    const QString text = m_ui->queryEdit->text().trimmed();
    // Enter again on a query whose results are showing opens the chosen (or first) result.
    if (text == m_shownQuery && !m_results->isLoading() && m_results->rowCount() > 0) {
        const QModelIndex current = m_ui->resultsView->currentIndex();
        emit eventActivated(m_results->eventAt(current.isValid() ? current.row() : 0));
        return;
    }
    const QueryParseResult parsed = parseSearchQuery(text);
    if (!parsed.ok()) {
        showError(parsed.error); // the previous results stay: the user is still typing
        return;
    }
    if (parsed.query.isEmpty()) {
        showError(tr("Type words to find, or user:, in:#channel, level:, from:, after:, before:."));
        return;
    }
    m_ui->errorLabel->hide();
    m_ui->errorLabel->clear();
    m_shownQuery = text;
    m_results->setQuery(parsed.query);
    m_delegate->setHighlightTerms(m_results->highlightTerms());
    m_ui->summaryLabel->setText(tr("Searching…"));
    m_ui->loadMoreButton->setEnabled(false);
}

void SearchPanel::updateSummary()
{
    const int count = m_results->rowCount();
    // No English .qm ships, so "%n result(s)" would show its "(s)": the plural is chosen here.
    const QString found = m_results->canLoadMore() ? tr("First %1 results").arg(count)
                        : count == 1               ? tr("1 result")
                                                   : tr("%1 results").arg(count);
    m_ui->summaryLabel->setText(tr("%1 in %2 ms").arg(found).arg(m_results->firstPageMs()));
    m_ui->loadMoreButton->setEnabled(m_results->canLoadMore());
    if (count > 0 && !m_ui->resultsView->currentIndex().isValid())
        m_ui->resultsView->setCurrentIndex(m_results->index(0));
}

void SearchPanel::showError(const QString &error)
{
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->show();
}

void SearchPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->resultsView->indexAt(pos);
    if (!index.isValid())
        return;
    const Event event = m_results->eventAt(index.row());
    QMenu menu(this);
    menu.addAction(tr("Open in #%1").arg(event.channel), this, [this, event] { emit eventActivated(event); });
    for (const QString &user : event.users)
        menu.addAction(tr("Show everything %1 did").arg(user), this, [this, user] { emit userTimelineRequested(user); });
    menu.exec(m_ui->resultsView->viewport()->mapToGlobal(pos));
}

// Up and Down on the query line move through the results, so the keyboard never has to leave it.
bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->queryEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->rowCount() > 0) {
            const int row = m_ui->resultsView->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            m_ui->resultsView->setCurrentIndex(m_results->index(qBound(0, row, m_results->rowCount() - 1)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bb
