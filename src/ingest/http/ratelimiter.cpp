#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace bb {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(std::max(0.0, ratePerSecond))
    , m_burst(burst > 0 ? std::max(1.0, burst) : std::max(1.0, 2 * m_rate))
{
}

double RateLimiter::refilled(const Bucket &bucket, qint64 nowMs) const
{
    const double elapsedSeconds = double(std::max<qint64>(0, nowMs - bucket.updatedMs)) / 1000.0;
    return std::min(m_burst, bucket.tokens + elapsedSeconds * m_rate);
}

bool RateLimiter::admit(const QHostAddress &client, qint64 nowMs, int *retryAfterSeconds)
{
    if (!isEnabled())
        return true;
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket{ m_burst, nowMs });
    it->tokens = refilled(*it, nowMs);
    it->updatedMs = nowMs;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - it->tokens) / m_rate)));
    return false;
}

void RateLimiter::forgetRested(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (refilled(*it, nowMs) >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace bb
