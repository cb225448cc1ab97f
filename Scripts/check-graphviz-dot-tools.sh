#!/usr/bin/env bash
# Cross-checks the in-process rendering against Graphviz's own programs: the DOT text that
# `actorgraph render` prints is accepted by `dot` without a warning, and the laid-out DOT it
# writes (`-o FILE.dot`) redrawn by `neato -n2` puts every node exactly where the in-process
# SVG does. Skips, saying so, when the graphviz package (the dot program) is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

check_name=check-graphviz-dot-tools
source Scripts/lib-checks.sh
require_commands "the dot and neato programs are not installed (apt-get install graphviz)" dot neato
python="$(command -v python3 || true)"
[ -x .venv/bin/python ] && python=.venv/bin/python
[ -n "$python" ] || skip_check "no Python to compare the SVG files"
build_actorgraph
make_workdir

for date in 2001-09-12 2001-09-22; do
    "$actorgraph" render Graphs/central-asia-2001.yaml --at "$date" > "$workdir/bare.dot"
    if ! dot -Tsvg "$workdir/bare.dot" -o "$workdir/dot.svg" 2> "$workdir/dot.err" || [ -s "$workdir/dot.err" ]; then
        echo "check-graphviz-dot-tools: FAILED: dot rejected or warned about the DOT for $date:"
        cat "$workdir/dot.err"
        exit 1
    fi
    "$actorgraph" render Graphs/central-asia-2001.yaml --at "$date" -o "$workdir/laid.dot"
    "$actorgraph" render Graphs/central-asia-2001.yaml --at "$date" -o "$workdir/ours.svg"
    neato -n2 -Tsvg "$workdir/laid.dot" -o "$workdir/neato.svg"
    "$python" - "$workdir/ours.svg" "$workdir/neato.svg" "$workdir/dot.svg" "$date" <<'PYTHON'
import sys, xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"

def nodes(path):
    """Node title -> centre of its first shape."""
    result = {}
    for group in ET.parse(path).iter(SVG + "g"):
        if group.get("class") != "node":
            continue
        title = group.find(SVG + "title").text
        for shape in group.iter():
            if shape.tag == SVG + "ellipse":
                result[title] = (float(shape.get("cx")), float(shape.get("cy")))
                break
            if shape.tag in (SVG + "polygon", SVG + "path"):
                text = shape.get("points") or shape.get("d").replace("M", " ").replace("C", " ")
                points = [tuple(map(float, p.split(","))) for p in text.split()]
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                result[title] = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
                break
    return result

ours, neato, dot = (nodes(path) for path in sys.argv[1:4])
date = sys.argv[4]
actors = {name for name in ours if not name.startswith(("legend-", "drawing-"))}
if set(ours) != set(neato):
    sys.exit(f"check-graphviz-dot-tools: FAILED: {date}: node sets differ: {sorted(set(ours) ^ set(neato))}")
# Graphviz writes positions in DOT with 5 significant digits (1092.0625 becomes 1092.1), so
# allow 0.1 point (1/720 inch).
moved = [name for name in ours if max(abs(a - b) for a, b in zip(ours[name], neato[name])) > 0.1]
if moved:
    sys.exit(f"check-graphviz-dot-tools: FAILED: {date}: neato -n2 moved {moved}")
missing = actors - set(dot)
if missing:
    sys.exit(f"check-graphviz-dot-tools: FAILED: {date}: dot drew no node for {sorted(missing)}")
print(f"check-graphviz-dot-tools: {date}: dot accepts the DOT and draws all {len(actors)} actors; "
      f"neato -n2 redraws the laid-out DOT with all {len(ours)} nodes in place")
PYTHON
done
echo "check-graphviz-dot-tools: passed"
