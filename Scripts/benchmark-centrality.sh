#!/usr/bin/env bash
# Times ActorGraph's centrality measures (release build) against NetworkX, igraph, NetworKit,
# rustworkx and Raphtory, in one run on the same generated graphs, and prints each median
# and the ratio fastest peer / ActorGraph as a Markdown table (kept in Scripts/BENCHMARKS.md).
#
#   Scripts/benchmark-centrality.sh [--quick]
#
# Graphs (generated once into a temporary directory; every tool reads the same files):
# Barabási–Albert n=5,000 and n=20,000 with m=5 (undirected), a directed graph of 5,000 nodes
# and 25,000 arcs with integer weights 1-10, and a temporal graph of 10,000 actors and 200,000
# relations over ten years (50 snapshots with PageRank each, against Raphtory's
# PersistentGraph `at(t)` and `algorithms.pagerank`). Only the measure is timed, never loading.
#
# Left out because they would take minutes: NetworkX's closeness everywhere and its
# betweenness beyond n=5,000 (about 90 s there), NetworKit's betweenness on n=20,000 (about
# 3x igraph's). --quick also leaves out every betweenness on n=20,000 and NetworkX's on n=5,000.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
[ "${1:-}" = "--quick" ] && quick=1

if pgrep -f swift-build >/dev/null; then
    echo "benchmark-centrality: a Swift build is running on this machine; run the benchmark when it is done" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import networkx, igraph, networkit, rustworkx, raphtory" 2>/dev/null; then
    bash Scripts/setup.sh
fi
python=.venv/bin/python

swift build -c release --product actorgraph-benchmark >/dev/null
benchmark="$(swift build -c release --show-bin-path)/actorgraph-benchmark"
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
results="$workdir/results.jsonl"

"$python" Scripts/benchmark-centrality-peers.py generate "$workdir"

echo "machine: $(nproc) cores, $(uname -m); $("$python" -c 'import networkx, igraph, networkit, rustworkx, raphtory; print(f"networkx {networkx.__version__}, igraph {igraph.__version__}, networkit {networkit.__version__}, rustworkx {rustworkx.__version__}, raphtory {raphtory.__version__}")')" >&2

run_graph() {  # graph name, peer measures to skip
    local graph="$1" skip="$2"
    echo "== $graph" >&2
    "$benchmark" static "$workdir/$graph.txt" --name "$graph" --repeat 5 | tee -a "$results" >&2
    for tool in igraph networkit rustworkx networkx; do
        # igraph's PageRank (PRPACK) runs OpenMP threads that spin when the two cores are busy
        # (0.65 s instead of 0.01 s here); one thread is its fastest setting. NetworKit keeps
        # its default of every core.
        local threads=""
        [ "$tool" = igraph ] && threads=1
        OMP_NUM_THREADS="${threads:-$(nproc)}" "$python" Scripts/benchmark-centrality-peers.py static \
            "$workdir/$graph.txt" --name "$graph" --tools "$tool" --repeat 3 --skip "$skip" | tee -a "$results" >&2
    done
}

if [ "$quick" -eq 1 ]; then
    run_graph ba-5000 "networkx:betweenness,networkx:closeness"
    run_graph ba-20000 "igraph:betweenness,rustworkx:betweenness,networkit:betweenness,networkx:betweenness,networkx:closeness"
else
    run_graph ba-5000 "networkx:closeness"
    run_graph ba-20000 "networkit:betweenness,networkx:betweenness,networkx:closeness"
fi
run_graph directed-weighted-5000 "networkx:betweenness,networkx:closeness"

echo "== temporal" >&2
"$benchmark" temporal "$workdir/temporal.csv" --snapshots 50 --repeat 3 | tee -a "$results" >&2
"$python" Scripts/benchmark-centrality-peers.py temporal "$workdir/temporal.csv" --snapshots 50 --repeat 1 \
    | tee -a "$results" >&2

echo
"$python" Scripts/benchmark-centrality-peers.py table "$results"
