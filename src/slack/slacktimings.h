#pragma once

#include <QHash>
#include <QString>

namespace bb {

// Every wait the Slack layer makes, in one place so that tests can shrink them (a test runs
// in seconds, not minutes). The defaults follow Slack's published limits and its own client.
struct SlackTimings
{
    // Least time between two calls of one Web API method, by method; others use defaultPacingMs.
    // Slack's tiers: conversations.list Tier 2 (20+/min), conversations.history and .replies
    // Tier 3 (50+/min), users.info Tier 4 (100+/min), chat.postMessage about 1/s per channel.
    QHash<QString, int> pacingMs = {
        { QStringLiteral("conversations.list"), 3000 },
        { QStringLiteral("conversations.history"), 1200 },
        { QStringLiteral("conversations.replies"), 1200 },
        { QStringLiteral("users.info"), 600 },
        { QStringLiteral("chat.postMessage"), 1000 },
        { QStringLiteral("apps.connections.open"), 1000 },
    };
    int defaultPacingMs = 1000;
    int retryAfterUnitMs = 1000;  // one "Retry-After" second (tests: a few ms)
    int requestTimeoutMs = 30000; // a Web API call with no answer by then fails

    // Socket Mode. Slack's own client pings every ~1.7 s and gives up after 5 s without a
    // pong; a socket that never says hello is as dead as one that stopped answering.
    int pingIntervalMs = 2000;
    int deadAfterMs = 10000;    // nothing heard (pong, frame) for this long: dead
    int helloTimeoutMs = 10000; // connected (or connecting) without a hello: dead
    int backoffBaseMs = 1000;   // reconnect waits base·2^n, jittered, up to backoffMaxMs
    int backoffMaxMs = 120000;

    // Backfill: messages per conversations.history / .replies page (Slack tolerates up to
    // 999, some apps are held to 15), and how much a channel mirrored for the first time gets.
    int pageSize = 200;
    int firstMirrorMessages = 200;

    int pacingFor(const QString &method) const { return pacingMs.value(method, defaultPacingMs); }

    // The wait before retry number `attempt` (0, 1, …): backoffBaseMs·2^attempt up to
    // backoffMaxMs, half of it fixed and half random, so that many consoles cut off at once
    // do not all come back at the same instant.
    qint64 backoffMs(int attempt) const;
};

} // namespace bb
