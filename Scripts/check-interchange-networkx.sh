#!/usr/bin/env bash
# Opens ActorGraph's GraphML and GEXF exports of the bundled graph with NetworkX's own
# readers (read_graphml, read_gexf) and checks node and edge counts, attributes, and that
# each GEXF spell covers exactly the days the relation's dates may stand for (solved again
# here in Python, relative dates included, by Floyd-Warshall). Then parses the DOT that convert writes with Graphviz's dot.
set -euo pipefail
cd "$(dirname "$0")/.."

source Scripts/lib-checks.sh
build_actorgraph
make_workdir

"$actorgraph" convert Graphs/central-asia-2001.yaml -o "$workdir/graph.json" 2>/dev/null
"$actorgraph" convert Graphs/central-asia-2001.yaml -o "$workdir/graph.graphml" 2>/dev/null
"$actorgraph" convert Graphs/central-asia-2001.yaml -o "$workdir/graph.gexf" 2>/dev/null
"$actorgraph" convert Graphs/central-asia-2001.yaml -o "$workdir/graph.dot" 2>/dev/null
"$actorgraph" import-events Tests/ActorGraphInterchangeTests/Fixtures/events/gdelt-sample.export.CSV \
    --format gdelt -o "$workdir/events.gexf" 2>/dev/null

status=0
if venv_has networkx; then
    .venv/bin/python - "$workdir" <<'PYTHON' || status=1
import calendar
import datetime
import json
import re
import sys

import networkx as nx

work = sys.argv[1]
document = json.load(open(f"{work}/graph.json"))
actors = {a["id"]: a for a in document["actors"]}
relations = {r["id"]: r for r in document["relations"]}
problems = []

def check(condition, message):
    if not condition:
        problems.append(message)

# GraphML
g = nx.read_graphml(f"{work}/graph.graphml")
check(g.is_directed() and g.is_multigraph(), "GraphML: expected a directed multigraph")
check(g.number_of_nodes() == len(actors), f"GraphML: {g.number_of_nodes()} nodes, expected {len(actors)}")
check(g.number_of_edges() == len(relations), f"GraphML: {g.number_of_edges()} edges, expected {len(relations)}")
check(g.graph.get("title") == document["title"], "GraphML: graph title")
for node, data in g.nodes(data=True):
    actor = actors[node]
    check(data.get("label") == actor["name"], f"GraphML node {node}: label")
    check(data.get("kind") == actor["kind"], f"GraphML node {node}: kind")
    check(data.get("partOf") == actor.get("partOf"), f"GraphML node {node}: partOf")
for source, target, key, data in g.edges(keys=True, data=True):
    relation = relations[key]
    check((source, target) == (relation["source"], relation["target"]), f"GraphML edge {key}: ends")
    check(data.get("kind") == relation["kind"], f"GraphML edge {key}: kind")
    check(data.get("start") == relation.get("start"), f"GraphML edge {key}: start")
    check(data.get("end") == relation.get("end"), f"GraphML edge {key}: end")
    secret = relation.get("secret", False)
    check(data.get("secret") == (secret is not False), f"GraphML edge {key}: secret")
    check(data.get("secretUntil") == (secret if isinstance(secret, str) else None), f"GraphML edge {key}: secret until")
    check(isinstance(data.get("goldstein"), float), f"GraphML edge {key}: goldstein is a double")
print(f"check-interchange: NetworkX read_graphml: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, attributes match")

# GEXF: the possible range of an EDTF date, computed independently of ActorGraph.
def level1_range(text):
    qualified = text[-1] in "~?%"
    core = text[:-1] if qualified else text
    parts = [int(p) for p in core.split("-")]
    if len(parts) == 1:
        first, last = datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
        if qualified:
            first, last = first.replace(year=first.year - 1), last.replace(year=last.year + 1)
    elif len(parts) == 2:
        year, month = parts
        first = datetime.date(year, month, 1)
        last = datetime.date(year, month, calendar.monthrange(year, month)[1])
        if qualified:
            before = (year, month - 1) if month > 1 else (year - 1, 12)
            after = (year, month + 1) if month < 12 else (year + 1, 1)
            first = datetime.date(before[0], before[1], 1)
            last = datetime.date(after[0], after[1], calendar.monthrange(*after)[1])
    else:
        first = last = datetime.date(*parts)
        if qualified:
            first, last = first - datetime.timedelta(days=3), last + datetime.timedelta(days=3)
    return first, last

# Date expressions solved again here: absolute terms ([a..b] sets, level-1 dates) bound a
# point, relative terms are difference constraints, start <= end; Floyd-Warshall over the
# points and an origin gives each point's tightest [earliest, latest] (Dechter, Meiri & Pearl).
RELATIVE = re.compile(r"^(?:within (\S+) )?(?:([a-z-]+) )?(after|before|by|from|on) (\S+?)(?:\.(start|end))?(?: within (\S+))?$")
def duration(text):
    return int(text[:-1]) * {"d": 1, "w": 7, "m": 31}[text[-1]]

vagueness = {"soon": 7, "shortly": 7, "days": 10, "later": None}
vagueness.update({word: (None if value == ".." else duration(value)) for word, value in document.get("vagueness", {}).items()})

def absolute_range(text):
    if text.startswith("["):
        lows, highs = [], []
        for member in text[1:-1].split(","):
            low, _, high = member.strip().partition("..")
            if "..".join([low, high]) != member.strip():
                low = high = member.strip()
            lows.append(level1_range(low)[0] if low else None)
            highs.append(level1_range(high)[1] if high else None)
        return (None if None in lows else min(lows)), (None if None in highs else max(highs))
    return level1_range(text)

INF = float("inf")
ids = list(relations)
points = {}
for rid in ids:
    for field in ("start", "end"):
        if relations[rid].get(field) not in (None, ".."):
            points[(rid, field)] = len(points)
origin = len(points)
n = origin + 1
distance = [[0 if i == j else INF for j in range(n)] for i in range(n)]
def constrain(u, v, w):  # x_v - x_u <= w
    distance[u][v] = min(distance[u][v], w)
ordinal = lambda day: day.toordinal()
for (rid, field), p in points.items():
    for term in relations[rid][field].split("&"):
        term = term.strip()
        match = RELATIVE.match(term)
        if not match:
            low, high = absolute_range(term)
            if high is not None: constrain(origin, p, ordinal(high))
            if low is not None: constrain(p, origin, -ordinal(low))
            continue
        before_within, word, relation, anchor, point, after_within = match.groups()
        point = point or ("end" if relation in ("after", "from") else "start")
        a = points[(anchor, point)]
        limit = before_within or after_within or word
        most = None if limit is None else vagueness[limit] if limit in vagueness else duration(limit)
        least = {"after": 1, "from": 0, "before": None, "by": None, "on": 0}[relation]
        upper = {"after": most, "from": most, "before": -1, "by": 0, "on": 0}[relation]
        if relation in ("before", "by"): least = -most if most is not None else None
        if relation == "on" and most is not None: least, upper = -most, most
        if least is not None: constrain(p, a, -least)
        if upper is not None: constrain(a, p, upper)
    if field == "end" and (rid, "start") in points:
        constrain(p, points[(rid, "start")], 0)
for k in range(n):
    dk = distance[k]
    for i in range(n):
        dik = distance[i][k]
        if dik == INF: continue
        di = distance[i]
        for j in range(n):
            if dik + dk[j] < di[j]: di[j] = dik + dk[j]
def solved(rid, field):
    p = points.get((rid, field))
    if p is None: return None
    earliest = None if distance[p][origin] == INF else datetime.date.fromordinal(int(-distance[p][origin])).isoformat()
    latest = None if distance[origin][p] == INF else datetime.date.fromordinal(int(distance[origin][p])).isoformat()
    return earliest, latest

h = nx.read_gexf(f"{work}/graph.gexf")
check(h.graph.get("mode") == "dynamic", "GEXF: mode is dynamic")
check(h.number_of_nodes() == len(actors), f"GEXF: {h.number_of_nodes()} nodes, expected {len(actors)}")
check(h.number_of_edges() == len(relations), f"GEXF: {h.number_of_edges()} edges, expected {len(relations)}")
spells_checked = 0
for node, data in h.nodes(data=True):
    check(data.get("label") == actors[node]["name"], f"GEXF node {node}: label")
    check(data.get("kind") == actors[node]["kind"], f"GEXF node {node}: kind")
for source, target, key, data in h.edges(keys=True, data=True):
    relation = relations[data["id"]]
    check((source, target) == (relation["source"], relation["target"]), f"GEXF edge {key}: ends")
    check(data.get("kind") == relation["kind"], f"GEXF edge {key}: kind")
    check(data.get("start") == relation.get("start") and data.get("end") == relation.get("end"), f"GEXF edge {key}: EDTF text")
    start, end = solved(relation["id"], "start"), solved(relation["id"], "end")
    expected_start = (start[0] or "None") if start else "None"
    expected_end = (end[1] or "None") if end else "None"
    if expected_start == "None" and expected_end == "None":
        check("spells" not in data, f"GEXF edge {key}: open at both ends needs no spell")
    else:
        check(data.get("spells") == [(expected_start, expected_end)],
              f"GEXF edge {key}: spell {data.get('spells')}, expected {(expected_start, expected_end)}")
        spells_checked += 1
print(f"check-interchange: NetworkX read_gexf: {h.number_of_nodes()} nodes, {h.number_of_edges()} edges, "
      f"{spells_checked} spells match the dates solved again here")

events = nx.read_gexf(f"{work}/events.gexf")
check(events.number_of_edges() == 7 and events.number_of_nodes() == 7, "GEXF of imported GDELT events: 7 actors, 7 relations")
print(f"check-interchange: NetworkX read_gexf of the imported GDELT sample: {events.number_of_nodes()} nodes, {events.number_of_edges()} edges")

for problem in problems:
    print(f"check-interchange: FAILED: {problem}")
sys.exit(1 if problems else 0)
PYTHON
else
    echo "check-interchange: SKIPPED the NetworkX checks: .venv/bin/python with networkx not found (run Scripts/setup.sh)"
    skipped_part=1
fi

if command -v dot >/dev/null 2>&1; then
    # The DOT that convert writes (the relationship diagram) must parse with every actor as a
    # node and every relation as an edge, also when names hold quotes, backslashes and breaks.
    cat > "$workdir/awkward.yaml" <<'YAML'
title: "Quotes \" and \\ backslashes"
actors:
  - { id: "a \"quoted\" id", name: "Line one\nLine two \\ with \"quotes\" & ampersands" }
  - { id: "b", name: "{braces} [brackets] <angles> ; semicolons -> arrows" }
relations:
  - { kind: negotiates-with, source: "a \"quoted\" id", target: b, secret: true }
  - { kind: supports, source: b, target: "a \"quoted\" id" }
YAML
    "$actorgraph" convert "$workdir/awkward.yaml" -o "$workdir/awkward.json" 2>/dev/null
    "$actorgraph" convert "$workdir/awkward.yaml" -o "$workdir/awkward.dot" 2>/dev/null
    for file in graph awkward; do
        if ! dot -Tjson "$workdir/$file.dot" > "$workdir/$file.dot.json" 2> "$workdir/$file.err"; then
            echo "check-interchange: FAILED: dot could not parse $file.dot: $(cat "$workdir/$file.err")"
            status=1
            continue
        fi
        python3 - "$workdir/$file.json" "$workdir/$file.dot.json" <<'PYTHON' || status=1
import collections
import json
import sys

document = json.load(open(sys.argv[1]))
drawn = json.load(open(sys.argv[2]))
names = {o["_gvid"]: o["name"] for o in drawn.get("objects", []) if "nodes" not in o}
edges = collections.Counter((names.get(e["tail"]), names.get(e["head"])) for e in drawn.get("edges", []))
wanted = collections.Counter((r["source"], r["target"]) for r in document["relations"])
missing_nodes = [a["id"] for a in document["actors"] if a["id"] not in names.values()]
missing_edges = wanted - edges
name = sys.argv[2].split("/")[-1].replace(".dot.json", ".dot")
if missing_nodes or missing_edges:
    print(f"check-interchange: FAILED: dot read {name} without nodes {missing_nodes} or edges {dict(missing_edges)}")
    sys.exit(1)
print(f"check-interchange: dot parsed {name}: all {len(document['actors'])} actors are nodes, "
      f"all {len(document['relations'])} relations are edges")
PYTHON
    done
else
    echo "check-interchange: SKIPPED the DOT check: Graphviz's dot program not found (apt-get install graphviz)"
    skipped_part=1
fi
# A check that could not run whole is reported as skipped, not as passed.
if [ "$status" -eq 0 ] && [ -n "${skipped_part:-}" ]; then exit "$skip_status"; fi
exit $status
