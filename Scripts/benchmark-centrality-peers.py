#!/usr/bin/env python3
"""The Python half of Scripts/benchmark-centrality.sh: generates the benchmark graphs, times
the peer libraries on them, and prints the comparison table.

    benchmark-centrality-peers.py generate DIR
    benchmark-centrality-peers.py static EDGES --name NAME --tools igraph,networkit,rustworkx,networkx
                                   --measures betweenness,closeness,pagerank,eigenvector [--repeat N] [--skip tool:measure,...]
    benchmark-centrality-peers.py temporal RELATIONS.csv [--snapshots 50] [--repeat N]
    benchmark-centrality-peers.py table RESULTS.jsonl

Edge lists: a first line `# nodes N directed|undirected weighted|unweighted`, then `u v [w]` lines.
Every tool reads the same file; only the measure itself is timed, never the loading.
Each timing prints as one JSON object (median of the runs).
"""
import argparse
import datetime
import json
import random
import statistics
import sys
import time


def read_edges(path):
    with open(path) as handle:
        header = handle.readline().split()
        n, directed, weighted = int(header[2]), header[3] == "directed", header[4] == "weighted"
        edges, weights = [], []
        for line in handle:
            parts = line.split()
            if len(parts) >= 2:
                edges.append((int(parts[0]), int(parts[1])))
                weights.append(float(parts[2]) if len(parts) > 2 else 1.0)
    return n, directed, weighted, edges, weights


def generate(directory):
    import networkx as nx
    rng = random.Random(20010911)

    def write(name, n, edges, directed, weights=None):
        with open(f"{directory}/{name}.txt", "w") as handle:
            kind = "weighted" if weights else "unweighted"
            handle.write(f"# nodes {n} {'directed' if directed else 'undirected'} {kind}\n")
            for index, (u, v) in enumerate(edges):
                handle.write(f"{u} {v} {weights[index]}\n" if weights else f"{u} {v}\n")
        print(f"generated {name}: {n} nodes, {len(edges)} edges", file=sys.stderr)

    for n in (5000, 20000):
        graph = nx.barabasi_albert_graph(n, 5, seed=n)
        write(f"ba-{n}", n, list(graph.edges()), False)
    # A directed graph of the same size as the small one, integer weights 1 to 10.
    graph = nx.gnm_random_graph(5000, 25000, seed=7, directed=True)
    edges = list(graph.edges())
    write("directed-weighted-5000", 5000, edges, True, [rng.randint(1, 10) for _ in edges])

    # The temporal graph: 10,000 actors, 200,000 directed relations between distinct pairs,
    # each starting on a day of 2010-2019 and lasting 1 to 730 days (cut at the decade's end).
    first = datetime.date(2010, 1, 1)
    last = datetime.date(2019, 12, 31)
    days = (last - first).days
    seen = set()
    with open(f"{directory}/temporal.csv", "w") as handle:
        handle.write("source,target,start,end\n")
        while len(seen) < 200_000:
            u, v = rng.randrange(10_000), rng.randrange(10_000)
            if u == v or (u, v) in seen:
                continue
            seen.add((u, v))
            start = rng.randrange(days + 1)
            end = min(days, start + rng.randint(1, 730))
            handle.write(f"a{u},a{v},{first + datetime.timedelta(start)},{first + datetime.timedelta(end)}\n")
    print("generated temporal: 10000 actors, 200000 relations", file=sys.stderr)


def report(tool, graph, measure, times, **extra):
    print(json.dumps({"tool": tool, "graph": graph, "measure": measure, "median": statistics.median(times),
                      "runs": times, **extra}), flush=True)


def timed(function, repeat):
    """Runs `function` `repeat` times, or once when a run takes over 5 s (the median of one
    long run is steady enough, and a benchmark must stay short)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
        if times[-1] > 5:
            break
    return times


def static(args):
    n, directed, weighted, edges, weights = read_edges(args.edges)
    skip = set(filter(None, (args.skip or "").split(",")))
    measures = args.measures.split(",")
    for tool in args.tools.split(","):
        calls = build_tool(tool, n, directed, weighted, edges, weights)
        for measure in measures:
            if f"{tool}:{measure}" in skip or measure not in calls:
                continue
            repeat = 1 if tool == "networkx" else args.repeat
            report(tool, args.name, measure, timed(calls[measure], repeat))


def build_tool(tool, n, directed, weighted, edges, weights):
    """The tool's graph, built untimed, and a call per measure it offers."""
    if tool == "igraph":
        import igraph as ig
        graph = ig.Graph(n=n, edges=edges, directed=directed)
        w = weights if weighted else None
        return {
            "betweenness": lambda: graph.betweenness(directed=directed, weights=w),
            "closeness": lambda: graph.closeness(mode="in", weights=w),
            # Directions count by default; igraph 1.0 rejects directed=False on undirected graphs.
            "pagerank": lambda: graph.pagerank(weights=w),
            "eigenvector": lambda: graph.eigenvector_centrality(weights=w),
        }
    if tool == "networkit":
        import networkit as nk
        graph = nk.Graph(n, weighted=weighted, directed=directed)
        for index, (u, v) in enumerate(edges):
            graph.addEdge(u, v, weights[index]) if weighted else graph.addEdge(u, v)
        return {
            "betweenness": lambda: nk.centrality.Betweenness(graph, normalized=True).run(),
            "closeness": lambda: nk.centrality.Closeness(graph, True, nk.centrality.ClosenessVariant.Generalized).run(),
            "pagerank": lambda: nk.centrality.PageRank(graph, damp=0.85, tol=1e-6).run(),
            "eigenvector": lambda: nk.centrality.EigenvectorCentrality(graph, tol=1e-6).run(),
        }
    if tool == "rustworkx":
        import rustworkx as rx
        graph = rx.PyDiGraph() if directed else rx.PyGraph()
        graph.add_nodes_from(range(n))
        graph.add_edges_from([(u, v, weights[i]) for i, (u, v) in enumerate(edges)])
        # rustworkx's PageRank takes directed graphs only: an undirected edge walks both ways.
        walk = graph if directed else rx.PyDiGraph()
        if not directed:
            walk.add_nodes_from(range(n))
            walk.add_edges_from([(u, v, 1.0) for u, v in edges] + [(v, u, 1.0) for u, v in edges])
        weight_fn = (lambda w: w) if weighted else None
        calls = {
            "pagerank": lambda: rx.pagerank(walk, alpha=0.85, weight_fn=weight_fn, tol=1e-6),
            "eigenvector": lambda: rx.eigenvector_centrality(graph, weight_fn=weight_fn, tol=1e-6),
        }
        if not weighted:  # rustworkx's betweenness and closeness ignore weights
            calls["betweenness"] = lambda: rx.betweenness_centrality(graph, normalized=True)
            calls["closeness"] = lambda: rx.closeness_centrality(graph, wf_improved=True)
        return calls
    if tool == "networkx":
        import networkx as nx
        graph = nx.DiGraph() if directed else nx.Graph()
        graph.add_nodes_from(range(n))
        graph.add_weighted_edges_from((u, v, weights[i]) for i, (u, v) in enumerate(edges))
        w = "weight" if weighted else None
        return {
            "betweenness": lambda: nx.betweenness_centrality(graph, weight=w),
            "closeness": lambda: nx.closeness_centrality(graph, distance=w),
            "pagerank": lambda: nx.pagerank(graph, weight=w),
            "eigenvector": lambda: nx.eigenvector_centrality(graph, weight=w),
        }
    raise SystemExit(f"unknown tool {tool}")


def temporal(args):
    from raphtory import PersistentGraph, algorithms
    epoch = datetime.date(1970, 1, 1)
    rows = []
    with open(args.relations) as handle:
        handle.readline()
        for line in handle:
            source, target, start, end = line.rstrip("\n").split(",")
            rows.append((source, target, (datetime.date.fromisoformat(start) - epoch).days,
                         (datetime.date.fromisoformat(end) - epoch).days))
    start_time = time.perf_counter()
    graph = PersistentGraph()
    for source, target, start, end in rows:
        graph.add_edge(start, source, target)
        graph.delete_edge(end + 1, source, target)
    load = time.perf_counter() - start_time
    report("raphtory", "temporal", "load", [load])
    # The same days as the Swift side: evenly inside the span of the written dates.
    first = min(row[2] for row in rows)
    length = max(row[3] for row in rows) - first
    days = [first + length * (k + 1) // (args.snapshots + 1) for k in range(args.snapshots)]

    def run():
        for day in days:
            view = graph.at(day)
            algorithms.pagerank(view, iter_count=100, max_diff=1e-6 * max(view.count_nodes(), 1), use_l2_norm=False)

    report("raphtory", "temporal", "snapshots+pagerank", timed(run, args.repeat), snapshots=len(days))


def table(args):
    results = [json.loads(line) for line in open(args.results) if line.startswith("{")]
    ours = {(r["graph"], r["measure"]): r for r in results if r["tool"] == "actorgraph"}
    peers = ["igraph", "networkit", "rustworkx", "networkx", "raphtory"]
    graphs = []
    for r in results:
        if r["graph"] not in graphs:
            graphs.append(r["graph"])
    targets = {"betweenness": 2.0, "closeness": 2.0, "pagerank": 1.0, "eigenvector": 1.0, "snapshots+pagerank": 10.0}
    print("| graph | measure | ActorGraph (s) | " + " | ".join(f"{p} (s)" for p in peers) + " | fastest peer / ours | target |")
    print("|---|---|---:|" + "---:|" * len(peers) + "---:|---|")
    verdicts = []
    for graph in graphs:
        for measure in ["load", "betweenness", "closeness", "pagerank", "eigenvector", "snapshots+pagerank"]:
            mine = ours.get((graph, measure))
            if mine is None:
                continue
            cells, best = [], None
            for peer in peers:
                found = [r for r in results if r["tool"] == peer and r["graph"] == graph and r["measure"] == measure]
                if found:
                    cells.append(f"{found[0]['median']:.4g}")
                    best = min(best, found[0]["median"]) if best is not None else found[0]["median"]
                else:
                    cells.append("–")
            ratio = f"{best / mine['median']:.1f}×" if best is not None and mine["median"] > 0 else "–"
            target = targets.get(measure)
            verdict = ""
            if target is not None and best is not None:
                met = best / mine["median"] >= target
                verdict = f"≥{target:g}× {'met' if met else 'MISSED'}"
                verdicts.append(met)
            print(f"| {graph} | {measure} | {mine['median']:.4g} | " + " | ".join(cells) + f" | {ratio} | {verdict} |")
    print()
    print(f"targets met: {sum(verdicts)} of {len(verdicts)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("generate")
    command.add_argument("directory")
    command = commands.add_parser("static")
    command.add_argument("edges")
    command.add_argument("--name", required=True)
    command.add_argument("--tools", default="igraph,networkit,rustworkx,networkx")
    command.add_argument("--measures", default="betweenness,closeness,pagerank,eigenvector")
    command.add_argument("--repeat", type=int, default=3)
    command.add_argument("--skip")
    command = commands.add_parser("temporal")
    command.add_argument("relations")
    command.add_argument("--snapshots", type=int, default=50)
    command.add_argument("--repeat", type=int, default=1)
    command = commands.add_parser("table")
    command.add_argument("results")
    args = parser.parse_args()
    if args.command == "generate":
        generate(args.directory)
    elif args.command == "static":
        static(args)
    elif args.command == "temporal":
        temporal(args)
    else:
        table(args)


if __name__ == "__main__":
    main()
