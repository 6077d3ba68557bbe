#!/usr/bin/env bash
# End-to-end OsmAnd (Traccar Client) ingest with durable writes, measured with wrk (Debian package wrk).
# Registers DEVICES bench units, then runs wrk twice against the OsmAnd port in the same run:
#   baseline: the same requests for unregistered device ids: parsed, validated and answered 400, no write;
#   ingest:   registered devices: validated, written to the store and committed before the 200.
# Usage (platform running on localhost, e.g. from the README's run command):
#   karaf-assembly/src/test/bench/osmand-ingest.sh [seconds=20] [connections=32] [devices=1000]
set -euo pipefail
SECONDS_EACH=${1:-20}; CONNECTIONS=${2:-32}; DEVICES=${3:-1000}
BASE=${BASE:-http://localhost:8181}; OSMAND=${OSMAND:-http://localhost:5055}; AUTH=admin:admin123
here=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

python3 - "$DEVICES" > /tmp/gridpatrol-bench-units.json <<'PY'
import json, sys
n = int(sys.argv[1])
print(json.dumps({"units": [{"code": "BENCH-%05d" % i, "name": "压测%d" % i, "kind": "PATROLLER", "team": "bench",
                             "deviceId": str(9100000 + i), "status": "AVAILABLE"} for i in range(n)]}))
PY
curl -sf -u "$AUTH" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/patrol-units" \
  --data-binary @/tmp/gridpatrol-bench-units.json >/dev/null
echo "registered $DEVICES bench units; wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s each"

export DEVICES T0=$(( $(date +%s) - 6 * 86400 ))
DEVICE_BASE=9900000 wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -s "$here/osmand.lua" "$OSMAND" | grep RESULT | sed 's/^/baseline (rejected, no write): /'
DEVICE_BASE=9100000 wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -s "$here/osmand.lua" "$OSMAND" | grep RESULT | sed 's/^/ingest (durable write):        /'
curl -sf -u "$AUTH" "$BASE/api/v1/positions/stats" || true
echo
