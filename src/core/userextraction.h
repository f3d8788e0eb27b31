#pragma once

#include <QString>
#include <QStringList>

namespace bb {

// The end users an event concerns, found in its text: e-mail addresses and @handles.
// E-mails are kept as "alice@example.com", handles with their sign as "@alice" so the
// two kinds never collide. Skipped: Slack mention ids ("<@U024BE7LH>"), the domain part
// of an e-mail, and the broadcast words @here, @channel, @everyone.
// Lower-cased, de-duplicated, in order of first appearance.
QStringList extractUsers(const QString &text);

// One user as a person typed it (an X-User header, a "user" field, a search term) in the
// form extractUsers() produces: trimmed, lower-cased, an e-mail as is, a bare name or an
// @name as "@name". Empty when nothing usable is left.
QString normalizeUser(const QString &typed);

} // namespace bb
