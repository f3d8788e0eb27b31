-- wrk script: Slack-webhook JSON events over keep-alive, each one different, like real senders.
-- At the end prints the counts the benchmark script checks against the store.
local counter = 0
local texts = {
  "New user registration! user%d@example.com",
  ":x: Error while adding user user%d@example.com: duplicate key",
  "Payment received $49 from user%d@example.com",
  "GET /pricing/%d 404",
}
local channels = { "user-behavior", "critical-server-errors", "financials", "non-critical-server-errors" }

-- 10,000 distinct requests are formatted once, then cycled: the load generator shares the
-- two cores with the server, so it should spend its time sending, not formatting strings.
local prepared = {}
init = function(args)
  for i = 1, 10000 do
    local kind = i % #texts + 1
    local body = string.format('{"channel":"%s","username":"bench","text":"%s"}',
                               channels[kind], string.format(texts[kind], i))
    prepared[i] = wrk.format("POST", "/services/T000/B000/bench", { ["Content-Type"] = "application/json" }, body)
  end
end

request = function()
  counter = counter % #prepared + 1
  return prepared[counter]
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("BENCH requests=%d non2xx=%d socket_errors=%d duration_us=%d p50_us=%d p99_us=%d\n",
    summary.requests, non2xx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration, latency:percentile(50), latency:percentile(99)))
end
