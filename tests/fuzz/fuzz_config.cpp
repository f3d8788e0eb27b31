// The config loader (app/config.cpp): any bytes as bellboard.toml. A broken file must give
// line-precise errors and defaults, never a crash or a value outside its documented range.
#include "fuzzinput.h"

#include "app/config/config.h"

#include <cmath>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bb::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const bb::ConfigLoadResult result = bb::parseConfig(text, QStringLiteral("fuzz.toml"));
    for (const QString &error : result.errors)
        BB_FUZZ_CHECK(error.startsWith(QStringLiteral("config line ")));
    const bb::Config &config = result.config;
    // Every value read is within its documented range, whatever the file says (nan, inf, 2^63).
    BB_FUZZ_CHECK(config.limits.maxBodyBytes >= 0);
    BB_FUZZ_CHECK(config.limits.maxHeaderBytes >= 0);
    BB_FUZZ_CHECK(config.limits.headerTimeoutMs >= 0);
    BB_FUZZ_CHECK(config.limits.bodyTimeoutMs >= 0);
    BB_FUZZ_CHECK(config.limits.idleTimeoutMs >= 0);
    BB_FUZZ_CHECK(std::isfinite(config.limits.ratePerClient) && config.limits.ratePerClient >= 0);
    BB_FUZZ_CHECK(config.retention.maxAgeDays >= 0 && config.retention.maxEvents >= 0);
    for (const bb::ChannelSettings &channel : config.channels) {
        BB_FUZZ_CHECK(!channel.name.isEmpty());
        BB_FUZZ_CHECK(channel.volume >= 0.0 && channel.volume <= 1.0); // false for NaN too
    }
    return 0;
}
