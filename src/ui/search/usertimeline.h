#pragma once

#include "core/event.h"
#include "core/eventexport.h"

#include <QDialog>
#include <memory>

namespace Ui {
class UserTimeline;
}

namespace bb {

class AsyncEventReader;
class EventExporter;
class SearchResultsModel;

// Everything one user (an e-mail or @handle) did, across channels, newest first, with
// export of the whole trail (not only the loaded pages) to CSV or JSON.
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

    // Writes the whole timeline to `path` (the buttons ask for the path first); exportFinished follows.
    bool exportTo(const QString &path, EventExportWriter::Format format);

signals:
    void eventActivated(const bb::Event &event);
    void exportFinished(int events, const QString &error);

private:
    void chooseFileAndExport(EventExportWriter::Format format);
    void onExportFinished(int events, const QString &error);
    void updateSummary();

    std::unique_ptr<Ui::UserTimeline> m_ui;
    QString m_user;
    SearchResultsModel *m_results;
    EventExporter *m_exporter;
};

} // namespace bb
