#pragma once

#include "core/eventexport.h"
#include "core/searchquery.h"

#include <QObject>
#include <QString>
#include <memory>

class QSaveFile;

namespace bb {

class AsyncEventReader;
struct EventPage;

// Writes every event matching a query to a file, newest first, reading the store page by
// page through the AsyncEventReader so neither the GUI thread nor memory carries the whole
// result. The file appears only when the export is complete (QSaveFile).
class EventExporter : public QObject
{
    Q_OBJECT
public:
    explicit EventExporter(AsyncEventReader *reader, QObject *parent = nullptr);
    ~EventExporter() override;

    void setPageSize(int events) { m_pageSize = events; } // default 500
    // False (and `error` set) when the file cannot be opened; otherwise finished() follows.
    bool start(const SearchQuery &query, const QString &path, EventExportWriter::Format format,
               QString *error = nullptr);
    bool isRunning() const { return m_request != nullptr; }

signals:
    void finished(int events, const QString &error); // error empty on success

private:
    void requestPage(qint64 beforeId);
    void onPage(const EventPage &page);
    void stop(const QString &error);

    AsyncEventReader *m_reader;
    SearchQuery m_query;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<EventExportWriter> m_writer;
    std::unique_ptr<QObject> m_request; // the page being read: its answer's context
    int m_pageSize = 500;
};

} // namespace bb
