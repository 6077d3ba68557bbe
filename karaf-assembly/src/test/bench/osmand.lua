-- wrk script: OsmAnd reports as Traccar Client sends them (GET query), spread over DEVICES registered
-- devices (ids DEVICE_BASE .. DEVICE_BASE+DEVICES-1) at random points in the demo county, each with its own
-- timestamp in the past (T0 + a per-thread counter, seconds; threads start 250,000 s apart).
local devices = tonumber(os.getenv("DEVICES") or "1000")
local base = tonumber(os.getenv("DEVICE_BASE") or "9100000")
local t0 = tonumber(os.getenv("T0"))
local counter = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 250000)
  threads = threads + 1
end

function init(args)
  math.randomseed(os.time() + (offset or 0))
  counter = (offset or 0)
end

request = function()
  counter = counter + 1
  local id = base + math.random(0, devices - 1)
  local lat = 27.70 + math.random() * 0.15
  local lon = 120.40 + math.random() * 0.25
  return wrk.format("GET", string.format(
    "/?id=%d&timestamp=%d&lat=%.6f&lon=%.6f&speed=1.5&bearing=90.0&altitude=10.0&accuracy=5.0&batt=80.0",
    id, t0 + counter, lat, lon))
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests/s=%.0f p50_ms=%.2f p99_ms=%.2f non_2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
