#!/usr/bin/env bash
# Cross-checks `actorgraph centrality` end to end against NetworkX: for snapshots of the bundled
# graph (directed and undirected, unweighted and weighted by count) and for a CSV edge list
# with parallel rows and self-loops (`--undirected --weight weight` and directed), NetworkX
# builds the graph from what `actorgraph snapshot` lists, following the documented collapse
# rules, and every measure must agree: exact ones to 1e-9, iterative ones to 1e-9 with both
# at tolerance 1e-12 and to 1e-6 at the defaults. Skips, saying so, without NetworkX.
set -euo pipefail
cd "$(dirname "$0")/.."

check_name=check-analysis-centrality
source Scripts/lib-checks.sh
require_venv "networkx, scipy" "networkx and scipy"
build_actorgraph
make_workdir
measures=degree,in-degree,out-degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,katz,hubs,authorities,constraint,effective-size

checks=0
run_case() {  # name, graph file, snapshot args..., then -- centrality args (dates included)...
    local name="$1" file="$2"; shift 2
    local snapshot_args=() centrality_args=()
    while [ "$1" != "--" ]; do snapshot_args+=("$1"); shift; done
    shift
    centrality_args=("$@")
    "$actorgraph" snapshot "$file" "${snapshot_args[@]}" --format json > "$workdir/snapshot.json"
    "$actorgraph" snapshot "$file" "${snapshot_args[@]}" --format csv > "$workdir/snapshot.csv"
    "$actorgraph" centrality "$file" "${centrality_args[@]}" --measures "$measures" \
        --katz-alpha 0.05 --format json > "$workdir/default.json"
    "$actorgraph" centrality "$file" "${centrality_args[@]}" --measures "$measures" \
        --katz-alpha 0.05 --tolerance 1e-12 --max-iterations 100000 --format json > "$workdir/strict.json"
    "$python" - "$name" "$workdir/snapshot.json" "$workdir/default.json" "$workdir/strict.json" "${centrality_args[@]}" <<'PYTHON'
import csv, json, math, sys
import networkx as nx
import networkx.algorithms.structuralholes as structural_holes
import numpy as np

name, snapshot_path, default_path, strict_path, *options = sys.argv[1:]
undirected = "--undirected" in options
weighting = options[options.index("--weight") + 1] if "--weight" in options else "none"
snapshot = json.load(open(snapshot_path))
# The JSON listing says which kinds are directed; the CSV listing carries the weights.
weights = {row["id"]: row["weight"] for row in csv.DictReader(open(snapshot_path[:-len("json")] + "csv"))}

# The documented collapse: symmetric kinds give two arcs in a directed graph, --undirected makes
# every relation an edge, parallel relations merge and their weights add up.
graph = nx.Graph() if undirected else nx.DiGraph()
graph.add_nodes_from(actor["id"] for actor in snapshot["actors"])
def add(u, v, w):
    if graph.has_edge(u, v):
        graph[u][v]["weight"] += w
    else:
        graph.add_edge(u, v, weight=w)
for relation in snapshot["relations"]:
    w = 1.0 if weighting in ("none", "count") else float(weights[relation["id"]] or 1.0)
    u, v = relation["source"], relation["target"]
    add(u, v, w)
    if not undirected and not relation["directed"] and u != v:
        add(v, u, w)
if weighting == "none":
    for _, _, data in graph.edges(data=True):
        data["weight"] = 1.0
weight = None if weighting == "none" else "weight"

def hits_defined():
    if graph.number_of_edges() == 0:
        return False
    singular = np.linalg.svd(nx.to_numpy_array(graph, weight=weight), compute_uv=False)
    return len(singular) < 2 or singular[1] < 0.95 * singular[0]

def effective_size():
    # NetworkX's documented formula through its own normalized_mutual_weight (its default matrix
    # path divides by the wrong node's maximum on weighted or directed graphs).
    nmw = structural_holes.normalized_mutual_weight
    result = {}
    for u in graph:
        neighbors = set(nx.all_neighbors(graph, u))
        result[u] = float("nan") if all(v == u for v in neighbors) else sum(
            1 - sum(nmw(graph, u, w, weight=weight) * nmw(graph, v, w, norm=max, weight=weight) for w in neighbors)
            for v in neighbors)
    return result

def expected(strict):
    tol = dict(tol=1e-12) if strict else {}
    many = dict(max_iter=100000) if strict else {}
    def attempt(compute):
        try:
            return compute()
        except nx.PowerIterationFailedConvergence:
            return None
    result = {
        "degree": nx.degree_centrality(graph),
        "strength": dict(graph.degree(weight="weight" if weight else None)),
        "betweenness": nx.betweenness_centrality(graph, weight=weight),
        "closeness": nx.closeness_centrality(graph, distance=weight),
        "harmonic": nx.harmonic_centrality(graph, distance=weight),
        "eigenvector": attempt(lambda: nx.eigenvector_centrality(graph, weight=weight, **tol, **many)),
        "pagerank": attempt(lambda: nx.pagerank(graph, weight=weight, **tol, **many)),
        "katz": attempt(lambda: nx.katz_centrality(graph, alpha=0.05, weight=weight, **tol, **many)),
        "constraint": nx.constraint(graph, weight=weight),
        "effective-size": effective_size(),
    }
    if graph.is_directed():
        result["in-degree"] = nx.in_degree_centrality(graph)
        result["out-degree"] = nx.out_degree_centrality(graph)
    else:
        result["in-degree"] = result["out-degree"] = result["degree"]
    if hits_defined():
        hubs, authorities = nx.hits(graph, **tol)
        result["hubs"], result["authorities"] = hubs, authorities
    return result

iterative = {"eigenvector", "pagerank", "katz", "hubs", "authorities"}
compared = 0
for path, strict in ((default_path, False), (strict_path, True)):
    ours = json.load(open(path))["measures"]
    for measure, theirs in expected(strict).items():
        mine = ours.get(measure)
        if theirs is None:
            if mine is not None:
                sys.exit(f"check-analysis-centrality: FAILED: {name}: {measure} converged; NetworkX's did not")
            continue
        if mine is None:
            sys.exit(f"check-analysis-centrality: FAILED: {name}: {measure} missing; NetworkX has it")
        if set(mine) != set(theirs):
            sys.exit(f"check-analysis-centrality: FAILED: {name}: {measure} covers {sorted(mine)} not {sorted(theirs)}")
        allowed = 1e-6 if (measure in iterative and not strict) else 1e-9
        undefined = sorted(k for k in theirs if math.isnan(theirs[k]))
        if sorted(k for k in mine if mine[k] is None) != undefined:
            sys.exit(f"check-analysis-centrality: FAILED: {name}: {measure} undefined at other actors than {undefined}")
        worst = max((abs(mine[k] - theirs[k]) for k in theirs if k not in undefined), default=0.0)
        if worst > allowed:
            sys.exit(f"check-analysis-centrality: FAILED: {name}: {measure} {'strict' if strict else 'default'} "
                     f"differs from NetworkX by {worst:.3g}")
        compared += 1
print(f"  {name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, {compared} measure runs agree")
PYTHON
    checks=$((checks + 1))
}

yaml=Graphs/central-asia-2001.yaml
always=(--from 0001-01-01 --to 9999-12-31)
run_case "2001-09-17 directed" "$yaml" --at 2001-09-17 -- --at 2001-09-17
run_case "2001-09-22 undirected" "$yaml" --at 2001-09-22 -- --at 2001-09-22 --undirected
run_case "2001-09-22 directed, weight count" "$yaml" --at 2001-09-22 -- --at 2001-09-22 --weight count
run_case "September 2001 window undirected, count" "$yaml" --from 2001-09-01 --to 2001-09-30 -- \
    --from 2001-09-01 --to 2001-09-30 --undirected --weight count
run_case "whole graph directed" "$yaml" "${always[@]}" --

# A plain CSV edge list: parallel rows (weights add up), a reversed duplicate, self-loops.
cat > "$workdir/edges.csv" <<'CSV'
source,target,weight
a,b,1
b,c,2
c,d,1.5
d,a,1
a,b,0.5
c,b,1
e,e,2
e,f,3
f,g,1
g,e,1
b,d,2.5
d,d,1
CSV
run_case "CSV edge list undirected, weight column" "$workdir/edges.csv" "${always[@]}" -- --undirected --weight weight
run_case "CSV edge list directed, weight column" "$workdir/edges.csv" "${always[@]}" -- --weight weight
run_case "CSV edge list directed, unweighted" "$workdir/edges.csv" "${always[@]}" --
echo "check-analysis-centrality: $checks graphs agree with NetworkX $("$python" -c 'import networkx; print(networkx.__version__)')"
