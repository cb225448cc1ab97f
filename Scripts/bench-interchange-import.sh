#!/usr/bin/env bash
# Measures import-events on generated GDELT 2.0 event files (Scripts/generate-gdelt-events.py:
# 61 tab-separated columns, one year of events) of two sizes and two actor populations: wall
# time and peak resident memory (GNU time's "Maximum resident set size"). The importer streams
# the file in 4 MB chunks and keeps actors and relations, never events: memory follows the
# relations made, not the size of the file.
#   Scripts/bench-interchange-import.sh [small-MB] [large-MB]   (default 50 500)
set -euo pipefail
cd "$(dirname "$0")/.."

small="${1:-50}"
large="${2:-500}"
if pgrep -f swift-build >/dev/null; then echo "bench-interchange: a build is running; try again when it is done"; exit 1; fi
swift build -c release --product actorgraph >/dev/null
actorgraph=".build/release/actorgraph"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for actors in 30 150; do
    for megabytes in "$small" "$large"; do
        input="$work/events-$actors-$megabytes.export.CSV"
        python3 Scripts/generate-gdelt-events.py "$input" "$megabytes" "$actors"
        /usr/bin/time -v "$actorgraph" import-events "$input" --format gdelt --min-mentions 5 -o "$work/out.yaml" \
            2> "$work/log" >/dev/null
        rss="$(grep "Maximum resident set size" "$work/log" | awk '{print $NF}')"
        wall="$(grep "Elapsed (wall clock)" "$work/log" | awk '{print $NF}')"
        made="$(grep "^imported" "$work/log" | sed 's/;.*//')"
        echo "bench-interchange: $actors actors, $(du -m "$input" | cut -f1) MB file: wall $wall, peak RSS $((rss / 1024)) MB, output $(du -m "$work/out.yaml" | cut -f1) MB; $made"
        rm -f "$input"
    done
done
