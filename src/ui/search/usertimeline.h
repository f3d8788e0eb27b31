#pragma once

#include "core/event.h"
#include "core/eventexport.h"
#include "store/eventsummaries.h"

#include <QDialog>
#include <QTimer>
#include <memory>
#include <optional>

namespace Ui {
class UserTimeline;
}

namespace bb {

class AsyncEventReader;
class EventExporter;
class SearchResultsModel;

// A person's story: everything one user (an e-mail or @handle) did, across channels. Above the
// timeline, a header read from the store's indexes (AsyncEventReader::userSummary):
// first and last seen, events per channel, and their latest payment or plan change. The
// timeline, newest first, is grouped by day and filtered by channel and level (the filters
// narrow the search, so paging and export follow them); export writes the whole trail as
// filtered (not only the loaded pages) to CSV or JSON.
class UserTimeline : public QDialog
{
    Q_OBJECT
public:
    UserTimeline(AsyncEventReader *reader, const QString &user, QWidget *parent = nullptr);
    ~UserTimeline() override;

    QString user() const { return m_user; }
    SearchResultsModel *resultsModel() const { return m_results; }
    EventExporter *exporter() const { return m_exporter; }
    QString summaryText() const;
    // The header's lines as shown (tests): "First seen … · last seen …", "#channel 12 · …", "Latest …".
    QString seenText() const;
    QString channelsText() const;
    QString latestText() const;
    bool hasSummary() const { return m_summaryReady; }
    // Narrow the timeline: `channel` "" for all, `level` nullopt for any.
    void setFilter(const QString &channel, std::optional<Level> level);

public slots:
    // Newly committed events: when one concerns this person, the header is read again (once
    // for a burst). The timeline's rows follow the store through its results model.
    void noteCommittedEvents(const bb::EventList &events);

public:
    // Writes the whole timeline to `path` (the buttons ask for the path first); exportFinished follows.
    bool exportTo(const QString &path, EventExportWriter::Format format);

signals:
    void eventActivated(const bb::Event &event);
    void exportFinished(int events, const QString &error);
    void summaryShown(); // the header's numbers arrived

private:
    void chooseFileAndExport(EventExportWriter::Format format);
    void onExportFinished(int events, const QString &error);
    void updateSummary();
    void requestSummary();
    void showUserSummary(const UserSummary &summary);
    void applyFilters();

    std::unique_ptr<Ui::UserTimeline> m_ui;
    QString m_user;
    SearchResultsModel *m_results;
    EventExporter *m_exporter;
    AsyncEventReader *m_reader;
    QTimer *m_summaryRefresh;
    bool m_summaryReady = false;
};

} // namespace bb
