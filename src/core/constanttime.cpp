#include "constanttime.h"

namespace bb {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Lengths are not secret (a hex digest's length is public); the contents are compared
    // without a data-dependent branch.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace bb
