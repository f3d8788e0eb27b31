#include "eventexporter.h"

#include "store/asynceventreader.h"

#include <QSaveFile>

namespace bb {

EventExporter::EventExporter(AsyncEventReader *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{
}

EventExporter::~EventExporter() = default; // an unfinished QSaveFile is discarded

bool EventExporter::start(const SearchQuery &query, const QString &path,
                          EventExportWriter::Format format, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = tr("An export is already running.");
        return false;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_writer = std::make_unique<EventExportWriter>(m_file.get(), format);
    m_writer->begin();
    m_query = query;
    requestPage(0);
    return true;
}

void EventExporter::requestPage(qint64 beforeId)
{
    m_request = std::make_unique<QObject>();
    m_reader->search(m_query, beforeId, m_pageSize, m_request.get(), [this](const EventPage &page) { onPage(page); });
}

void EventExporter::onPage(const EventPage &page)
{
    if (!page.error.isEmpty()) {
        stop(page.error);
        return;
    }
    if (!m_writer->write(page.events)) {
        stop(m_file->errorString());
        return;
    }
    if (page.hasMore && !page.events.isEmpty()) {
        requestPage(page.events.last().id);
        return;
    }
    QString error;
    if (!m_writer->finish() || !m_file->commit())
        error = m_file->errorString();
    stop(error);
}

void EventExporter::stop(const QString &error)
{
    const int count = m_writer ? m_writer->count() : 0;
    m_request.reset();
    m_writer.reset();
    m_file.reset(); // after a commit() this is a no-op; otherwise the partial file is dropped
    emit finished(count, error);
}

} // namespace bb
