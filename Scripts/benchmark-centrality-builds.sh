#!/usr/bin/env bash
# Times two builds of actorgraph-benchmark against each other on the graphs
# Scripts/benchmark-centrality.sh generates, alternating them so that both see the same load,
# and prints each measure's median for both and the ratio before / after. For a change that
# must not cost speed: build the benchmark (release) before and after it, copy the binaries
# aside, then
#
#   Scripts/benchmark-centrality-builds.sh BEFORE AFTER [GRAPH_DIR] [ROUNDS]
#
# GRAPH_DIR holds the generated graphs (made there when missing); ROUNDS (default 3) runs of
# each binary, every run itself the median of 3 repetitions.
set -euo pipefail
cd "$(dirname "$0")/.."

before="$1"
after="$2"
graphs="${3:-$(mktemp -d)}"
mkdir -p "$graphs"
rounds="${4:-3}"
python=.venv/bin/python
[ -f "$graphs/temporal.csv" ] || "$python" Scripts/benchmark-centrality-peers.py generate "$graphs" >&2
results="$(mktemp)"
trap 'rm -f "$results"' EXIT

for round in $(seq "$rounds"); do
    for build in before after; do
        binary="$before"
        [ "$build" = after ] && binary="$after"
        for graph in ba-5000 directed-weighted-5000; do
            "$binary" static "$graphs/$graph.txt" --name "$graph" --repeat 3 | sed "s/^{/{\"build\":\"$build\",/" >> "$results"
        done
        "$binary" temporal "$graphs/temporal.csv" --snapshots 50 --repeat 3 | sed "s/^{/{\"build\":\"$build\",/" >> "$results"
    done
    echo "round $round of $rounds done" >&2
done

"$python" - "$results" <<'PYTHON'
import json
import statistics
import sys

runs = {}
for line in open(sys.argv[1]):
    row = json.loads(line)
    runs.setdefault((row["graph"], row["measure"]), {}).setdefault(row["build"], []).append(row["median"])
print("| graph | measure | before (s) | after (s) | before / after |")
print("|---|---|---:|---:|---:|")
for (graph, measure), builds in runs.items():
    if "before" not in builds or "after" not in builds:
        continue
    b, a = statistics.median(builds["before"]), statistics.median(builds["after"])
    print(f"| {graph} | {measure} | {b:.4g} | {a:.4g} | {b / a:.2f} |")
PYTHON
