#pragma once

#include <QHash>
#include <QHostAddress>

namespace bb {

// A token bucket per client address: `rate` requests per second on average, bursts up to `burst`.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, double burst);

    bool isEnabled() const { return m_rate > 0; }
    // Takes one token for client at nowMs (a monotonic clock). When none is left, returns false and
    // sets *retryAfterSeconds to the whole seconds until one will be.
    bool admit(const QHostAddress &client, qint64 nowMs, int *retryAfterSeconds);
    // Forgets clients whose bucket has refilled: they are indistinguishable from new ones.
    void forgetRested(qint64 nowMs);
    int trackedClients() const { return int(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    double refilled(const Bucket &bucket, qint64 nowMs) const;

    double m_rate;
    double m_burst;
    QHash<QHostAddress, Bucket> m_buckets;
};

} // namespace bb
