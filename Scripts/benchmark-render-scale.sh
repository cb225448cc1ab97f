#!/usr/bin/env bash
# Times `actorgraph render` (release build, in-process Graphviz, SVG) on generated graphs of
# 200, 1,000 and 5,000 actors (4 relations per actor; Scripts/generate-render-scale-csv.py),
# with the layout chosen by size, against Graphviz's own `sfdp` program laying out and
# drawing the same DOT text, and against the old rule (neato, edges routed around the nodes)
# at 200 actors. Prints the median of RUNS runs (default 3) per case. Run it alone:
#   flock /work/bench.lock bash Scripts/benchmark-render-scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
swift build -c release --product actorgraph >/dev/null
actorgraph="$(swift build -c release --show-bin-path)/actorgraph"
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_runs() {  # time_runs LABEL COMMAND...: prints the median wall time of $runs runs
    local label="$1"; shift
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>"$workdir/stderr"
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%-48s median %7.2f s (of %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "$runs"
}

for actors in 200 1000 5000; do
    relations=$((actors * 4))
    csv="$workdir/graph-$actors.csv"
    python3 Scripts/generate-render-scale-csv.py "$actors" "$relations" "$csv"
    "$actorgraph" render "$csv" --from 1990 --to 2015 -o "$workdir/layout.svg" 2>"$workdir/layout.txt"
    echo "$actors actors, $relations relations: $(cat "$workdir/layout.txt")"
    time_runs "actorgraph render (chosen by size)" "$actorgraph" render "$csv" --from 1990 --to 2015 -o "$workdir/out.svg"
    "$actorgraph" render "$csv" --from 1990 --to 2015 --engine sfdp --splines line > "$workdir/graph.dot"
    if command -v sfdp >/dev/null; then
        time_runs "sfdp -Tsvg on the same DOT (Graphviz's program)" sfdp -Tsvg "$workdir/graph.dot" -o "$workdir/sfdp.svg"
    fi
    if [ "$actors" -le 200 ]; then
        time_runs "old rule: --engine neato --splines true" "$actorgraph" render "$csv" --from 1990 --to 2015 \
            --engine neato --splines true -o "$workdir/out.svg"
    fi
done
