#!/usr/bin/env bash
# Loads GraphML and GEXF of 100,000 edges written by NetworkX (write_graphml, write_gexf;
# generated here, not committed) and checks, edge for edge, that ActorGraph read what
# NetworkX wrote: actors with their labels, each edge's ends and weight, and the GEXF edges'
# dates. XML of this size used to stop the reader; it now streams through libxml2's reader.
set -euo pipefail
cd "$(dirname "$0")/.."

check_name=check-interchange-large-networkx
source Scripts/lib-checks.sh
require_venv networkx networkx
build_actorgraph
make_workdir

"$python" - "$workdir" <<'PYTHON'
import datetime
import random
import sys

import networkx as nx

work = sys.argv[1]
rng = random.Random(9)
g = nx.gnm_random_graph(20_000, 100_000, seed=9, directed=True)
for node in g.nodes:
    g.nodes[node]["label"] = f"Actor {node} & <co>"
for u, v in g.edges:
    g.edges[u, v]["weight"] = round(rng.uniform(0.5, 9.5), 3)
nx.write_graphml(g, f"{work}/nx.graphml")
first = datetime.date(2000, 1, 1)
for u, v in g.edges:
    start = first + datetime.timedelta(days=rng.randrange(3650))
    g.edges[u, v]["start"] = start.isoformat()
    g.edges[u, v]["end"] = (start + datetime.timedelta(days=rng.randrange(400))).isoformat()
nx.write_gexf(g, f"{work}/nx.gexf")
PYTHON

status=0
for format in graphml gexf; do
    if ! "$actorgraph" convert "$workdir/nx.$format" -o "$workdir/$format.json" 2> "$workdir/$format.err"; then
        echo "$check_name: FAILED: actorgraph could not load NetworkX's $format: $(head -3 "$workdir/$format.err")"
        status=1
        continue
    fi
    "$python" - "$workdir" "$format" <<'PYTHON' || status=1
import collections
import json
import sys

import networkx as nx

work, format = sys.argv[1], sys.argv[2]
g = nx.read_graphml(f"{work}/nx.graphml") if format == "graphml" else nx.read_gexf(f"{work}/nx.gexf")
document = json.load(open(f"{work}/{format}.json"))
problems = []
labels = {a["id"]: a.get("name") for a in document["actors"]}
if len(labels) != g.number_of_nodes():
    problems.append(f"{len(labels)} actors, NetworkX has {g.number_of_nodes()} nodes")
wrong = [n for n, d in g.nodes(data=True) if labels.get(n) != d.get("label")]
if wrong:
    problems.append(f"{len(wrong)} labels differ, e.g. node {wrong[0]}")
def ours(r):
    dates = (r.get("start"), r.get("end")) if format == "gexf" else (None, None)
    return (r["source"], r["target"], round(r.get("weight", 1.0), 3)) + dates
def theirs(u, v, d):
    dates = (d.get("start"), d.get("end")) if format == "gexf" else (None, None)
    return (u, v, round(d["weight"], 3)) + dates
read = collections.Counter(ours(r) for r in document["relations"])
written = collections.Counter(theirs(u, v, d) for u, v, d in g.edges(data=True))
if read != written:
    missing = written - read
    extra = read - written
    problems.append(f"edges differ: {sum(missing.values())} missing (e.g. {next(iter(missing), None)}), "
                    f"{sum(extra.values())} extra (e.g. {next(iter(extra), None)})")
for problem in problems:
    print(f"check-interchange-large-networkx: FAILED: {format}: {problem}")
if not problems:
    print(f"check-interchange-large-networkx: NetworkX's {format} of {g.number_of_edges()} edges loads: "
          f"{len(labels)} actors and every edge's ends, weight{' and dates' if format == 'gexf' else ''} match")
sys.exit(1 if problems else 0)
PYTHON
done
exit $status
