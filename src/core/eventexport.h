#pragma once

#include "event.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace bb {

// Streams events to a file a page at a time, so exporting a long timeline never holds every
// event in memory. CSV follows RFC 4180 (CRLF line ends, every field quoted when it holds a
// comma, quote or line break) with a header row: time (ISO 8601 UTC), channel, level, sender,
// title, text (eventPlainText), users ("; "-separated). JSON is one array of Event::toJson().
class EventExportWriter
{
public:
    enum class Format {
        Csv,
        Json
    };

    EventExportWriter(QIODevice *device, Format format);

    bool begin();                        // CSV header row, or "["
    bool write(const EventList &events); // one page, in the order given
    bool finish();                       // "]" for JSON
    int count() const { return m_count; }

    static QStringList csvHeader();
    static QStringList csvFields(const Event &event);
    static QString csvLine(const QStringList &fields); // with the trailing CRLF

private:
    bool put(const QByteArray &bytes);

    QIODevice *m_device;
    Format m_format;
    int m_count = 0;
};

} // namespace bb
