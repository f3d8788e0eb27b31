#pragma once

#include <QHostAddress>
#include <QString>

// The units a person writes in bellboard.toml and on the command line, read and written back.
namespace bb {

constexpr quint16 kDefaultPort = 2355; // "BELL" on a phone keypad

// "127.0.0.1:2355", "[::1]:2355", ":2355", "0.0.0.0" → address and port (kDefaultPort when none).
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);
// The other way: "127.0.0.1:2355", "[::1]:2355".
QString listenAddressText(const QHostAddress &address, quint16 port);
// "1MiB", "512KiB", "1MB", "1024" → bytes; -1 when not a size.
qint64 parseByteSize(const QString &text);
// "500ms", "30s", "10m", "2h", "7d" → milliseconds; -1 when not a duration.
qint64 parseDurationMs(const QString &text);
// An http:// or https:// URL with a host, for [slack] api_url, command and interactivity urls.
bool isWebUrl(const QString &text);

} // namespace bb
