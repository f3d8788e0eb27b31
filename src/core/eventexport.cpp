#include "eventexport.h"

#include "level.h"
#include "messagehtml.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>

namespace bb {

namespace {
QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : value)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

EventExportWriter::EventExportWriter(QIODevice *device, Format format)
    : m_device(device)
    , m_format(format)
{
}

QStringList EventExportWriter::csvHeader()
{
    return { QStringLiteral("time"), QStringLiteral("channel"), QStringLiteral("level"),
             QStringLiteral("sender"), QStringLiteral("title"), QStringLiteral("text"),
             QStringLiteral("users") };
}

QStringList EventExportWriter::csvFields(const Event &event)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(event.receivedAtMs, Qt::UTC).toString(Qt::ISODateWithMs);
    return { time, event.channel, levelName(event.level), event.senderName, event.title,
             eventPlainText(event), event.users.join(QLatin1String("; ")) };
}

QString EventExportWriter::csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

bool EventExportWriter::begin()
{
    m_count = 0;
    if (m_format == Format::Json)
        return put("[");
    return put(csvLine(csvHeader()).toUtf8());
}

bool EventExportWriter::write(const EventList &events)
{
    QByteArray bytes;
    for (const Event &event : events) {
        if (m_format == Format::Json) {
            if (m_count > 0)
                bytes += ',';
            bytes += "\n  ";
            bytes += QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
        } else {
            bytes += csvLine(csvFields(event)).toUtf8();
        }
        ++m_count;
    }
    return put(bytes);
}

bool EventExportWriter::finish()
{
    if (m_format == Format::Json)
        return put(m_count > 0 ? "\n]\n" : "]\n");
    return true;
}

bool EventExportWriter::put(const QByteArray &bytes)
{
    return m_device->write(bytes) == bytes.size();
}

} // namespace bb
