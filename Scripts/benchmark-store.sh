#!/usr/bin/env bash
# Store benchmark: a snapshot at one day from an SQLite store of N relations (2,000,000 by
# default, among 10,000 actors over ten years, from Scripts/generate-event-scale-csv.py)
# against loading the same graph from its CSV edge list (`validate`, and `snapshot` at the
# same day). Whole processes with a release build, /usr/bin/time's elapsed seconds and peak
# memory, medians of 3 runs; prints the ratios store / CSV. Run it on a quiet machine
# (under `flock /work/bench.lock` where several share one).
#
#   bash Scripts/benchmark-store.sh [relations] [day]
set -euo pipefail
cd "$(dirname "$0")/.."
relations="${1:-2000000}"
day="${2:-2005-06-15}"
work="${TMPDIR:-/tmp}/actorgraph-store-benchmark"
mkdir -p "$work"
csv="$work/events-$relations.csv"
store="$work/events-$relations.sqlite"
[ -s "$csv" ] || python3 Scripts/generate-event-scale-csv.py "$csv" "$relations" 10000 7
swift build -c release --product actorgraph 2>&1 | grep -E "error" || true
actorgraph="$(swift build -c release --show-bin-path)/actorgraph"
echo "data: $csv ($(du -h "$csv" | cut -f1)), $relations relations"

if [ ! -s "$store" ]; then
    rm -f "$store" "$store-wal" "$store-shm"
    /usr/bin/time -f "%e %M" -o "$work/time" "$actorgraph" convert "$csv" -o "$store" 2>/dev/null
    read -r seconds kilobytes < "$work/time"
    echo "convert CSV -> store: $seconds s, peak $((kilobytes / 1024)) MB, store $(du -h "$store" | cut -f1)"
fi

# Prints "median-seconds median-kilobytes" of 3 runs of the command.
measure() {
    local runs=()
    for _ in 1 2 3; do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null
        runs+=("$(cat "$work/time")")
    done
    local seconds kilobytes
    seconds="$(printf '%s\n' "${runs[@]}" | cut -d' ' -f1 | sort -n | sed -n 2p)"
    kilobytes="$(printf '%s\n' "${runs[@]}" | cut -d' ' -f2 | sort -n | sed -n 2p)"
    echo "$seconds $kilobytes"
}

report() {
    printf '%-34s %8s s %8s MB\n' "$1" "$2" "$(( $3 / 1024 ))"
}

# Both answers must be the same before either is timed.
"$actorgraph" snapshot "$store" --at "$day" --format csv > "$work/from-store.csv"
"$actorgraph" snapshot "$csv" --at "$day" --format csv > "$work/from-csv.csv"
cmp -s "$work/from-store.csv" "$work/from-csv.csv" || { echo "the store and the CSV disagree on $day"; exit 1; }
echo "snapshot at $day: $(($(wc -l < "$work/from-csv.csv") - 1)) lines, the same from both"

read -r store_seconds store_kilobytes <<< "$(measure "$actorgraph" snapshot "$store" --at "$day" --format csv)"
read -r csv_seconds csv_kilobytes <<< "$(measure "$actorgraph" snapshot "$csv" --at "$day" --format csv)"
read -r validate_seconds validate_kilobytes <<< "$(measure "$actorgraph" validate "$csv")"
echo "medians of 3 (elapsed, peak resident memory):"
report "snapshot --at $day, store" "$store_seconds" "$store_kilobytes"
report "snapshot --at $day, CSV" "$csv_seconds" "$csv_kilobytes"
report "validate, CSV" "$validate_seconds" "$validate_kilobytes"
python3 - "$store_seconds" "$store_kilobytes" "$csv_seconds" "$csv_kilobytes" "$validate_seconds" "$validate_kilobytes" <<'PYTHON'
import sys
store_s, store_kb, csv_s, csv_kb, validate_s, validate_kb = map(float, sys.argv[1:])
for name, seconds, kilobytes in (("snapshot from CSV", csv_s, csv_kb), ("validate CSV", validate_s, validate_kb)):
    print(f"store / {name}: time {store_s / seconds:.3f}, memory {store_kb / kilobytes:.3f}")
PYTHON
