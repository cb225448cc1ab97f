#!/usr/bin/env bash
# The main job on the bundled graph: check it, show the network on 30 September 2001
# and what changed day by day.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== building actorgraph"
if ! swift build --product actorgraph > /tmp/actorgraph-build.log 2>&1; then
    cat /tmp/actorgraph-build.log
    exit 1
fi
actorgraph="$(swift build --show-bin-path)/actorgraph"
graph=Graphs/central-asia-2001.yaml

echo "== actorgraph validate $graph"
"$actorgraph" validate "$graph"
echo
echo "== actorgraph snapshot $graph --at 2001-09-30"
"$actorgraph" snapshot "$graph" --at 2001-09-30
echo
echo "== diagrams: Scripts/render-examples.sh -> Graphs/central-asia-2001/*.svg"
bash Scripts/render-examples.sh
echo
echo "== actorgraph timeline $graph --from 2001-09-01 --to 2001-12-31 --every changes -o out/timeline"
mkdir -p out
"$actorgraph" timeline "$graph" --from 2001-09-01 --to 2001-12-31 --every changes -o out/timeline
echo "open out/timeline/index.html in a browser"
echo
echo "== actorgraph centrality $graph --at 2001-09-17 --measures degree,betweenness,pagerank"
"$actorgraph" centrality "$graph" --at 2001-09-17 --measures degree,betweenness,pagerank
echo
echo "== influence report: Graphs/central-asia-2001/influence-report.html (also written to out/report.html)"
"$actorgraph" report "$graph" --from 2001-09-01 --to 2001-12-31 --every changes --format html -o out/report.html
echo
echo "== actorgraph changes $graph (September 2001)"
"$actorgraph" changes "$graph" | awk '/^[0-9]/{show=($0 ~ /^2001-09/)} show'
