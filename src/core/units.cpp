#include "units.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QUrl>

namespace bb {

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    static const QRegularExpression pattern(
            QStringLiteral(R"(^(?:\[([0-9A-Fa-f:.]+)\]|([^:\[\]]*))(?::(\d{1,5}))?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    QString host = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    if (host.isEmpty() || host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    QHostAddress parsed;
    if (!parsed.setAddress(host))
        return false;
    quint16 parsedPort = kDefaultPort;
    if (match.hasCaptured(3) && !match.captured(3).isEmpty()) {
        const int value = match.captured(3).toInt();
        if (value < 1 || value > 65535)
            return false;
        parsedPort = quint16(value);
    }
    *address = parsed;
    *port = parsedPort;
    return true;
}

QString listenAddressText(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                               ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                               : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

namespace {

// "<number><unit>" with the unit's multiplier looked up in `units` ("" is the bare number).
qint64 parseWithUnits(const QString &text, const QList<QPair<QString, qint64>> &units)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const double number = match.captured(1).toDouble();
    for (const auto &[unit, factor] : units) {
        if (match.captured(2).compare(unit, Qt::CaseInsensitive) == 0) {
            const double value = number * double(factor);
            // Beyond 2^62 the conversion to qint64 would be undefined: too large is an error.
            return value < double(qint64(1) << 62) ? qint64(value) : -1;
        }
    }
    return -1;
}

} // namespace

// The unit tables are laid out by hand: clang-format 14 would join each into one line.
// clang-format off
qint64 parseByteSize(const QString &text)
{
    return parseWithUnits(text, { { QString(), 1 }, { QStringLiteral("B"), 1 },
                                  { QStringLiteral("KiB"), 1024 }, { QStringLiteral("KB"), 1000 },
                                  { QStringLiteral("MiB"), 1024 * 1024 }, { QStringLiteral("MB"), 1000 * 1000 },
                                  { QStringLiteral("GiB"), qint64(1) << 30 }, { QStringLiteral("GB"), 1000 * 1000 * 1000 } });
}

qint64 parseDurationMs(const QString &text)
{
    return parseWithUnits(text, { { QStringLiteral("ms"), 1 }, { QStringLiteral("s"), 1000 },
                                  { QStringLiteral("m"), 60 * 1000 }, { QStringLiteral("h"), 3600 * 1000 },
                                  { QStringLiteral("d"), 24 * 3600 * 1000 } });
}
// clang-format on

} // namespace bb
