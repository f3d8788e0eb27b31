#pragma once

#include <QtGlobal>

namespace bb {

// Every limit is enforced before memory is spent on the request it refuses.
struct HttpLimits
{
    qint64 maxBodyBytes = 1024 * 1024;   // 413 as soon as Content-Length or the chunked total exceeds it
    int maxHeaderBytes = 16 * 1024;      // 431 for a request line + headers larger than this (at most 80 KiB: http_parser's own cap)
    int headerTimeoutMs = 10'000;        // 408 when a started request's headers take longer
    int bodyTimeoutMs = 30'000;          // 408 when a body arrives slower than this in total
    int idleTimeoutMs = 60'000;          // keep-alive connections with no request are closed
    int maxConnections = 2048;           // at a cap the connection idle longest is closed to make room;
    int maxConnectionsPerClient = 256;   // per peer address; 503 for a new one only when all are busy
    int maxPipelinedRequests = 64;       // per connection; reading pauses beyond this
    qint64 maxUnsentBytes = 1024 * 1024; // per connection; reading pauses while more answers than this wait to be sent
    double ratePerClient = 0;            // requests/s per peer address; 0: no limit
    double rateBurst = 0;                // bucket size; 0: 2 × ratePerClient
    bool rateLimitLoopback = false;      // loopback clients are local programs; exempt by default
};

} // namespace bb
