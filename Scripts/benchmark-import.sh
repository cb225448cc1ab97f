#!/usr/bin/env bash
# Import benchmark: one generated GDELT 2.0 export (Scripts/generate-gdelt-events.py, about
# 300 MB and 2,000 actor codes by default) turned into relations by a release build of
# `actorgraph import-events` (CSV edge list out) and by DuckDB from PyPI doing the same
# aggregation (Scripts/event-relations-duckdb.py: two different actors, CAMEO codes to kinds
# by the built-in table, runs split at gaps of more than 30 days per pair and kind, first and
# last day, count, mentions, mean Goldstein, codes, three citations), both on THREADS threads
# (2), alternating in the same run. Each is a whole process timed by GNU time; prints the
# median wall time and peak resident memory of RUNS runs (3) and the ratio ours / DuckDB.
#
#   bash Scripts/benchmark-import.sh [megabytes] [actors] [runs] [threads]
#
# Run it on a quiet machine: both sides are timed as processes on the same cores.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes="${1:-300}"
actors="${2:-2000}"
runs="${3:-3}"
threads="${4:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! .venv/bin/python -c "import duckdb" 2>/dev/null; then
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check duckdb
fi
swift build -c release --product actorgraph 2>&1 | grep -E "error" || true
actorgraph="$(swift build -c release --show-bin-path)/actorgraph"

events="$work/events.export.CSV"
python3 Scripts/generate-gdelt-events.py "$events" "$megabytes" "$actors"
echo "benchmark-import: $(du -m "$events" | cut -f1) MB, $(wc -l < "$events") events, $actors actor codes, $threads threads, $runs runs"

median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
: > "$work/ours"
: > "$work/duckdb"
for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$actorgraph" import-events "$events" --format gdelt --threads "$threads" \
        --quiet -o "$work/ours.csv" 2> "$work/ours.log" || { cat "$work/ours.log"; exit 1; }
    cat "$work/time" >> "$work/ours"
    /usr/bin/time -f "%e %M" -o "$work/time" .venv/bin/python Scripts/event-relations-duckdb.py "$events" \
        "$work/duckdb.csv" "$threads" > "$work/duckdb.log"
    cat "$work/time" >> "$work/duckdb"
done
ours_time="$(cut -d' ' -f1 "$work/ours" | median)"
ours_memory="$(( $(cut -d' ' -f2 "$work/ours" | median) / 1024 ))"
duckdb_time="$(cut -d' ' -f1 "$work/duckdb" | median)"
duckdb_memory="$(( $(cut -d' ' -f2 "$work/duckdb" | median) / 1024 ))"
ours_relations="$(( $(wc -l < "$work/ours.csv") - 1 ))"
duckdb_relations="$(( $(wc -l < "$work/duckdb.csv") - 1 ))"
echo "actorgraph import-events: median $ours_time s, peak $ours_memory MB, $ours_relations relations  (runs: $(cut -d' ' -f1 "$work/ours" | tr '\n' ' '))"
echo "duckdb:                   median $duckdb_time s, peak $duckdb_memory MB, $duckdb_relations relations  (runs: $(cut -d' ' -f1 "$work/duckdb" | tr '\n' ' '))"
awk -v o="$ours_time" -v d="$duckdb_time" -v om="$ours_memory" -v dm="$duckdb_memory" \
    'BEGIN { printf "ratio (actorgraph / duckdb): time %.2fx, memory %.2fx\n", o / d, om / dm }'
