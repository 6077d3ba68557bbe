#!/usr/bin/env bash
# Memory and CPU per camera in the running platform: resident memory of the Karaf JVM before and after
# adding N file cameras that loop the demo footage (vtest.avi, 768x576) at the given analysis rate,
# each measured after a settling time, plus the analysis rates the cameras report.
# Usage (platform running on localhost:8181, e.g. from the README's run command):
#   karaf-assembly/src/test/bench/camera-memory.sh [cameras=2] [analysisFps=4] [settleSeconds=60]
set -euo pipefail
N=${1:-2}; FPS=${2:-4}; SETTLE=${3:-60}
BASE=http://localhost:8181; AUTH=admin:admin123
pid=$(pgrep -f org.apache.karaf.main.Main | head -n1)
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
video=$(curl -sf -u "$AUTH" "$BASE/api/v1/cameras/RA-AY-001" | python3 -c 'import json,sys; print(json.load(sys.stdin)["mainStreamUrl"])')
codes=()
cleanup() { for code in "${codes[@]}"; do curl -sf -u "$AUTH" -X DELETE "$BASE/api/v1/cameras/$code" >/dev/null || true; done; }
trap cleanup EXIT
sleep "$SETTLE"; before=$(rss)
for i in $(seq 1 "$N"); do
  code="bench-cam-$i"; codes+=("$code")
  curl -sf -u "$AUTH" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/cameras" -d "{\"code\":\"$code\",\"name\":\"bench $i\",\"type\":\"FIXED\",\"lon\":120.637,\"lat\":27.776,\"headingDeg\":0,\"fieldOfViewDeg\":60,\"rangeMetres\":50,\"mountingHeightMetres\":8,\"mainStreamUrl\":\"$video\",\"analysisFps\":$FPS}" >/dev/null
done
sleep "$SETTLE"; after=$(rss)
echo "cameras added: $N at $FPS analysed frames/s each"
echo "RSS before: $((before / 1024)) MiB, after: $((after / 1024)) MiB, per camera: $(((after - before) / N / 1024)) MiB"
curl -sf -u "$AUTH" "$BASE/api/v1/video/health" | python3 -c '
import json, sys
for h in json.load(sys.stdin):
    print("%-14s %-8s decode %5.1f/s  analysis %5.1f/s  dropped %d" % (h["cameraCode"], h["state"], h["decodeFps"], h["analysisFps"], h["droppedFrames"]))'
