#!/usr/bin/env bash
# Load benchmark across formats: one generated graph of N relations among M actors
# (200,000 and 10,000 by default; Scripts/generate-event-scale-csv.py) written by `convert`
# as CSV, YAML, JSON, GraphML, GEXF and an SQLite store, then loaded by `actorgraph validate`
# from each, with a release build. Prints, per format, the file's size, the median wall time
# of 3 runs and the peak resident memory (/usr/bin/time), and the ratio to CSV's time.
# Run it on a quiet machine (nothing else building).
#
#   bash Scripts/benchmark-formats.sh [relations] [actors]
set -euo pipefail
cd "$(dirname "$0")/.."
relations="${1:-200000}"
actors="${2:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --product actorgraph 2>&1 | grep -E "error" || true
actorgraph="$(swift build -c release --show-bin-path)/actorgraph"
python3 Scripts/generate-event-scale-csv.py "$work/graph.csv" "$relations" "$actors" 7
for format in yaml json graphml gexf sqlite; do
    "$actorgraph" convert "$work/graph.csv" -o "$work/graph.$format"
done

echo "load (validate), $relations relations among $actors actors; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| format | file | median of 3 | peak memory | time / CSV |"
echo "|---|---:|---:|---:|---:|"
csv_seconds=""
for format in csv yaml json graphml gexf sqlite; do
    file="$work/graph.$format"
    times=()
    for _ in 1 2 3; do
        /usr/bin/time -f "%e %M" -o "$work/time" "$actorgraph" validate "$file" >/dev/null
        times+=("$(cat "$work/time")")
    done
    read -r seconds kilobytes < <(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
    [ -n "$csv_seconds" ] || csv_seconds="$seconds"
    size="$(du -m "$file" | cut -f1)"
    ratio="$(python3 -c "print(f'{$seconds / max($csv_seconds, 0.01):.1f}x')")"
    echo "| $format | $size MB | $seconds s | $((kilobytes / 1024)) MB | $ratio |"
done
