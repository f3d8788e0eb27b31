#include "usertimeline.h"
#include "ui_usertimeline.h"

#include "core/moneytext.h"
#include "core/userextraction.h"
#include "daygroupdelegate.h"
#include "searchresultsmodel.h"
#include "store/asynceventreader.h"
#include "ui/feed/eventexporter.h"

#include <QComboBox>
#include <QDateTime>
#include <QLocale>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace bb {

namespace {
// A burst of this person's events (a payment and its receipt) reads the header once.
constexpr int kSummaryRefreshDelayMs = 500;
} // namespace

UserTimeline::UserTimeline(AsyncEventReader *reader, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserTimeline>())
    , m_user(normalizeUser(user))
    , m_results(new SearchResultsModel(reader, this))
    , m_exporter(new EventExporter(reader, this))
    , m_reader(reader)
    , m_summaryRefresh(new QTimer(this))
{
    m_ui->setupUi(this);
    m_summaryRefresh->setSingleShot(true);
    m_summaryRefresh->setInterval(kSummaryRefreshDelayMs);
    connect(m_summaryRefresh, &QTimer::timeout, this, &UserTimeline::requestSummary);
    setWindowTitle(tr("%1 — timeline").arg(m_user));
    m_ui->userLabel->setText(tr("Everything %1 did, newest first").arg(m_user));
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_ui->userLabel->setFont(heading);
    m_ui->eventsView->setModel(m_results);
    auto *delegate = new DayGroupDelegate(m_ui->eventsView);
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

    m_ui->channelFilter->addItem(tr("All channels"), QString());
    m_ui->levelFilter->addItem(tr("Any level"), -1);
    for (const Level level : { Level::Info, Level::Warn, Level::Crit })
        m_ui->levelFilter->addItem(levelName(level), int(level));
    connect(m_ui->channelFilter, &QComboBox::currentIndexChanged, this, &UserTimeline::applyFilters);
    connect(m_ui->levelFilter, &QComboBox::currentIndexChanged, this, &UserTimeline::applyFilters);

    // The header comes from the store's indexes, on the reader's thread, beside the first page.
    requestSummary();
    m_ui->seenLabel->setText(tr("Loading…"));

    m_results->setPageSize(100);
    applyFilters();
    m_ui->summaryLabel->setText(tr("Loading…"));
}

void UserTimeline::requestSummary()
{
    m_reader->userSummary(m_user, this, [this](const UserSummary &summary) { showUserSummary(summary); });
}

void UserTimeline::noteCommittedEvents(const EventList &events)
{
    const bool concernsThisPerson = std::any_of(events.cbegin(), events.cend(), [this](const Event &event) {
        return event.users.contains(m_user, Qt::CaseInsensitive);
    });
    if (concernsThisPerson && !m_summaryRefresh->isActive())
        m_summaryRefresh->start();
}

void UserTimeline::setFilter(const QString &channel, std::optional<Level> level)
{
    int channelRow = m_ui->channelFilter->findData(channel);
    if (channelRow < 0) {
        m_ui->channelFilter->addItem(QLatin1Char('#') + channel, channel);
        channelRow = m_ui->channelFilter->count() - 1;
    }
    const QSignalBlocker blockChannel(m_ui->channelFilter);
    const QSignalBlocker blockLevel(m_ui->levelFilter);
    m_ui->channelFilter->setCurrentIndex(channelRow);
    m_ui->levelFilter->setCurrentIndex(std::max(0, m_ui->levelFilter->findData(level ? int(*level) : -1)));
    applyFilters();
}

void UserTimeline::applyFilters()
{
    SearchQuery query;
    query.users = QStringList{ m_user };
    const QString channel = m_ui->channelFilter->currentData().toString();
    if (!channel.isEmpty())
        query.channels = QStringList{ channel };
    const int level = m_ui->levelFilter->currentData().toInt();
    if (level >= 0)
        query.level = Level(level);
    m_results->setQuery(query);
}

QString UserTimeline::seenText() const
{
    return m_ui->seenLabel->text();
}

QString UserTimeline::channelsText() const
{
    return m_ui->channelsLabel->text();
}

QString UserTimeline::latestText() const
{
    return m_ui->latestLabel->text();
}

void UserTimeline::showUserSummary(const UserSummary &summary)
{
    const QLocale locale;
    const auto when = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
    };
    if (!summary.error.isEmpty()) {
        m_ui->seenLabel->setText(tr("Could not read events: %1").arg(summary.error));
    } else if (summary.events == 0) {
        m_ui->seenLabel->setText(tr("No events yet"));
    } else {
        m_ui->seenLabel->setText(tr("First seen %1 · last seen %2").arg(when(summary.firstSeenMs), when(summary.lastSeenMs)));
        QStringList channels;
        for (const auto &[channel, count] : summary.perChannel) {
            channels << tr("#%1 %2").arg(channel, locale.toString(count));
            if (m_ui->channelFilter->findData(channel) < 0)
                m_ui->channelFilter->addItem(QLatin1Char('#') + channel, channel);
        }
        m_ui->channelsLabel->setText(channels.join(QStringLiteral(" · ")));
    }
    m_ui->channelsLabel->setVisible(!m_ui->channelsLabel->text().isEmpty());
    if (summary.latestPayment) {
        const Event &event = *summary.latestPayment;
        // One line of what it said, without the mrkdwn marks.
        QString said = !event.title.isEmpty() ? event.title : event.text.section(QLatin1Char('\n'), 0, 0);
        said.remove(QLatin1Char('*')).remove(QLatin1Char('`')).remove(QLatin1Char('_'));
        const auto money = eventAmount(event);
        m_ui->latestLabel->setText(money ? tr("Latest payment: %1 — %2 (%3)").arg(formatMoney(*money, locale), said, when(event.receivedAtMs))
                                         : tr("Latest plan change: %1 (%2)").arg(said, when(event.receivedAtMs)));
    }
    m_ui->latestLabel->setVisible(summary.latestPayment.has_value());
    m_summaryReady = true;
    emit summaryShown();
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
