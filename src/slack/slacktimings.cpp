#include "slacktimings.h"

#include <QRandomGenerator>

#include <algorithm>

namespace bb {

qint64 SlackTimings::backoffMs(int attempt) const
{
    const qint64 step = std::min<qint64>(backoffMaxMs, qint64(backoffBaseMs) << std::clamp(attempt, 0, 20));
    return step / 2 + QRandomGenerator::global()->bounded(step / 2 + 1);
}

} // namespace bb
