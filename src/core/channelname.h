#pragma once

#include <QString>
#include <QStringList>

namespace bb {

// Channel names follow Slack's rules: lower case letters, digits, '-', '_' and '.',
// at most 80 characters. Senders may write "#name"; the '#' is not part of the name.
// Returns the normalized name, or an empty string when `raw` is not a valid name.
QString normalizeChannelName(const QString &raw);

// The channels every new installation starts with: what a monitored SaaS app needs.
QStringList defaultChannelNames();

} // namespace bb
