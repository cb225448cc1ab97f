#!/usr/bin/env bash
# Cross-checks merged edges with Graphviz's own `dot` program: the labelled DOT that
# `actorgraph render --labels` prints (HTML-like table labels) is accepted by `dot` without
# a warning, and in the SVG `dot` draws from it every relation that `actorgraph snapshot`
# lists for the day is named by exactly one edge (class `relation-ID`), with one edge
# between Russia and the United States on 22 September. Skips, saying so, when the
# graphviz package is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

check_name=check-graphviz-merged-edges
source Scripts/lib-checks.sh
require_commands "the dot program is not installed (apt-get install graphviz)" dot
python="$(command -v python3 || true)"
[ -x .venv/bin/python ] && python=.venv/bin/python
[ -n "$python" ] || skip_check "no Python to read the SVG"
build_actorgraph
make_workdir

for date in 2001-09-17 2001-09-22 2001-10-15; do
    "$actorgraph" render Graphs/central-asia-2001.yaml --at "$date" --labels > "$workdir/merged.dot"
    if ! dot -Tsvg "$workdir/merged.dot" -o "$workdir/dot.svg" 2> "$workdir/dot.err" || [ -s "$workdir/dot.err" ]; then
        echo "$check_name: FAILED: dot rejected or warned about the labelled DOT for $date:"
        cat "$workdir/dot.err"
        exit 1
    fi
    "$actorgraph" snapshot Graphs/central-asia-2001.yaml --at "$date" --format json > "$workdir/snapshot.json"
    "$python" - "$workdir/dot.svg" "$workdir/snapshot.json" "$date" <<'PYTHON'
import json, sys, urllib.parse, xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
svg_path, snapshot_path, date = sys.argv[1:4]
relations = [r["id"] for r in json.load(open(snapshot_path))["relations"]]
named = {}
pairs = {}
for group in ET.parse(svg_path).iter(SVG + "g"):
    classes = (group.get("class") or "").split()
    if not classes or classes[0] != "edge":
        continue
    title = group.find(SVG + "title").text
    for token in classes[1:]:
        if token.startswith("relation-"):
            relation = urllib.parse.unquote(token[len("relation-"):])
            named.setdefault(relation, []).append(title)
            pairs.setdefault(frozenset(title.split("->")), set()).add(title)
missing = [r for r in relations if r not in named]
twice = [r for r, titles in named.items() if len(titles) != 1]
extra = [r for r in named if r not in relations]
if missing or twice or extra:
    sys.exit(f"check-graphviz-merged-edges: FAILED: {date}: missing {missing}, on several edges {twice}, not active {extra}")
edges = len({title for titles in named.values() for title in titles})
if date == "2001-09-22":
    between = pairs.get(frozenset(["russia", "united-states"]), set())
    if len(between) != 1:
        sys.exit(f"check-graphviz-merged-edges: FAILED: {date}: Russia and the United States joined by {sorted(between)}")
print(f"check-graphviz-merged-edges: {date}: dot accepts the labelled DOT; {len(relations)} relations "
      f"(as snapshot lists them) on {edges} edges, each named once")
PYTHON
done
echo "check-graphviz-merged-edges: passed"
