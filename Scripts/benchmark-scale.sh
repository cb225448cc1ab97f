#!/usr/bin/env bash
# Scale benchmark for the core: 1,000,000 relations among 10,000 actors, loaded from CSV,
# indexed, and snapshotted at single days, with a release build. Prints medians and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${TMPDIR:-/tmp}/actorgraph-scale-1m.csv"
[ -s "$data" ] || python3 Scripts/generate-event-scale-csv.py "$data" 1000000 10000 7
echo "data: $data ($(du -h "$data" | cut -f1))"
swift build -c release --product actorgraph-scale-benchmark 2>&1 | grep -E "error|warning: unre" || true
"$(swift build -c release --show-bin-path)/actorgraph-scale-benchmark" "$data"
