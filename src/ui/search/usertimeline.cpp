#include "usertimeline.h"
#include "ui_usertimeline.h"

#include "core/userextraction.h"
#include "ui/feed/eventexporter.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace bb {

UserTimeline::UserTimeline(AsyncEventReader *reader, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserTimeline>())
    , m_user(normalizeUser(user))
    , m_results(new SearchResultsModel(reader, this))
    , m_exporter(new EventExporter(reader, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("%1 — timeline").arg(m_user));
    m_ui->userLabel->setText(tr("Everything %1 did, newest first").arg(m_user));
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_ui->userLabel->setFont(heading);
    m_ui->eventsView->setModel(m_results);
    auto *delegate = new SearchResultDelegate(m_ui->eventsView);
    m_ui->eventsView->setItemDelegate(delegate);
    connect(m_results, &SearchResultsModel::eventsReplaced, delegate, &SearchResultDelegate::forget);

    connect(m_ui->loadMoreButton, &QPushButton::clicked, m_results, &SearchResultsModel::loadMore);
    connect(m_results, &SearchResultsModel::pageLoaded, this, &UserTimeline::updateSummary);
    connect(m_results, &SearchResultsModel::loadFailed, this, [this](const QString &error) {
        m_ui->summaryLabel->setText(tr("Could not read events: %1").arg(error));
    });
    connect(m_ui->eventsView, &QListView::activated, this, [this](const QModelIndex &index) {
        emit eventActivated(m_results->eventAt(index.row()));
    });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this,
            [this] { chooseFileAndExport(EventExportWriter::Format::Csv); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this,
            [this] { chooseFileAndExport(EventExportWriter::Format::Json); });
    connect(m_exporter, &EventExporter::finished, this, &UserTimeline::onExportFinished);

    SearchQuery query;
    query.users = QStringList{ m_user };
    m_results->setPageSize(100);
    m_results->setQuery(query);
    m_ui->summaryLabel->setText(tr("Loading…"));
}

UserTimeline::~UserTimeline() = default;

QString UserTimeline::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void UserTimeline::updateSummary()
{
    const int count = m_results->rowCount();
    m_ui->summaryLabel->setText(m_results->canLoadMore() ? tr("Newest %1 events shown").arg(count)
                                : count == 1             ? tr("1 event")
                                                         : tr("%1 events").arg(count));
    m_ui->loadMoreButton->setEnabled(m_results->canLoadMore());
}

bool UserTimeline::exportTo(const QString &path, EventExportWriter::Format format)
{
    QString error;
    if (!m_exporter->start(m_results->query(), path, format, &error)) {
        emit exportFinished(0, error);
        return false;
    }
    m_ui->exportCsvButton->setEnabled(false);
    m_ui->exportJsonButton->setEnabled(false);
    return true;
}

void UserTimeline::chooseFileAndExport(EventExportWriter::Format format)
{
    const bool csv = format == EventExportWriter::Format::Csv;
    const QString base = m_user.startsWith(QLatin1Char('@')) ? m_user.mid(1) : m_user;
    const QString suggested = QDir::home().filePath(base + (csv ? QLatin1String(".csv") : QLatin1String(".json")));
    const QString path = QFileDialog::getSaveFileName(this, csv ? tr("Export CSV") : tr("Export JSON"), suggested,
                                                      csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void UserTimeline::onExportFinished(int events, const QString &error)
{
    m_ui->exportCsvButton->setEnabled(true);
    m_ui->exportJsonButton->setEnabled(true);
    if (!error.isEmpty() && isVisible())
        QMessageBox::warning(this, tr("Export failed"), error);
    else if (error.isEmpty())
        m_ui->summaryLabel->setText((events == 1 ? tr("Exported 1 event") : tr("Exported %1 events").arg(events)));
    emit exportFinished(events, error);
}

} // namespace bb
