#pragma once

#include <QString>
#include <QStringList>

namespace bb {

// The end users an event concerns, found in its text: e-mail addresses and @handles
// ("@alice", "<@U024BE7LH>" Slack mentions are not handles of end users and are skipped).
// Lower-cased, de-duplicated, in order of first appearance.
QStringList extractUsers(const QString &text);

} // namespace bb
