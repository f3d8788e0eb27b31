#pragma once

#include <QByteArray>

namespace bb {

// True when `a` and `b` hold the same bytes, in a time that depends only on their lengths: a
// signature or token compared byte by byte with an early exit tells an attacker, through the
// answer's timing, how many leading bytes of a guess were right.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace bb
