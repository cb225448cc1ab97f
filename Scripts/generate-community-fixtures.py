#!/usr/bin/env python3
"""Writes the community fixtures of ActorGraphAnalysis.

For each test graph, one JSON file under Tests/ActorGraphAnalysisTests/Fixtures/communities/
holding the graph as an edge list (merged as the centrality fixtures merge it: parallel edges
add their weights, self-loops and isolated nodes stay), some partitions with NetworkX's
`modularity` of each at several resolutions, and the best modularity igraph's Leiden
(objective "modularity", run to convergence) reaches in 10 runs at each resolution.

Run with the repository's virtual environment (Scripts/setup.sh creates it):
    .venv/bin/python Scripts/generate-community-fixtures.py
"""
import json
import pathlib
import random

import igraph as ig
import networkx as nx

OUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/ActorGraphAnalysisTests/Fixtures/communities"
RESOLUTIONS = [1.0, 0.5, 2.0]


def build(n, edges, weighted):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for u, v, w in edges:
        if graph.has_edge(u, v):
            graph[u][v]["weight"] += w if weighted else 0
        else:
            graph.add_edge(u, v, weight=w if weighted else 1.0)
    return graph


def igraph_runs(graph, resolution, runs=10):
    g = ig.Graph(n=graph.number_of_nodes(), edges=[(u, v) for u, v in graph.edges()])
    g.es["weight"] = [d["weight"] for _, _, d in graph.edges(data=True)]
    found_modularity = []
    for run in range(runs):
        random.seed(run)
        ig.set_random_number_generator(random)
        found = g.community_leiden(objective_function="modularity", weights="weight", resolution=resolution,
                                   n_iterations=-1)
        groups = [set(c) for c in found]
        found_modularity.append(nx.community.modularity(graph, groups, weight="weight", resolution=resolution))
    return found_modularity


def partitions(graph, rng):
    n = graph.number_of_nodes()
    result = {
        "singletons": [[v] for v in range(n)],
        "everything": [list(range(n))],
        "random-4": [[v for v in range(n) if v % 4 == k] for k in range(4)],
        "greedy": [sorted(c) for c in nx.community.greedy_modularity_communities(graph, weight="weight")],
    }
    shuffled = list(range(n))
    rng.shuffle(shuffled)
    result["random-halves"] = [sorted(shuffled[: n // 2]), sorted(shuffled[n // 2:])]
    return {name: [c for c in groups if c] for name, groups in result.items()}


def write(name, description, nodes, edges, weighted, rng):
    graph = build(len(nodes), edges, weighted)
    if graph.number_of_edges() == 0:
        raise SystemExit(f"{name}: a fixture needs edges")
    cases = []
    for label, groups in partitions(graph, rng).items():
        membership = [0] * len(nodes)
        for index, group in enumerate(groups):
            for v in group:
                membership[v] = index
        cases.append({
            "partition": label,
            "membership": membership,
            "modularity": {str(r): nx.community.modularity(graph, groups, weight="weight", resolution=r)
                           for r in RESOLUTIONS},
        })
    document = {
        "name": name,
        "description": description,
        "networkx": nx.__version__,
        "igraph": ig.__version__,
        "weighted": weighted,
        "nodes": nodes,
        "edges": [[u, v, w] for u, v, w in edges],
        "partitions": cases,
    }
    runs = {str(r): igraph_runs(graph, r) for r in RESOLUTIONS}
    document["igraphLeidenBestOf10"] = {r: max(values) for r, values in runs.items()}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(document, indent=1) + "\n")
    print(f"{name}: {len(nodes)} nodes, {len(edges)} edges, igraph best {document['igraphLeidenBestOf10']}")


def from_networkx(graph, weighted):
    labels = list(graph.nodes())
    index = {label: i for i, label in enumerate(labels)}
    edges = [(index[u], index[v], float(d.get("weight", 1)) if weighted else 1.0) for u, v, d in graph.edges(data=True)]
    return [str(label) for label in labels], edges


def main():
    rng = random.Random(20011007)
    nodes, edges = from_networkx(nx.karate_club_graph(), False)
    write("karate-club", "Zachary's karate club, unweighted", nodes, edges, False, rng)
    nodes, edges = from_networkx(nx.karate_club_graph(), True)
    write("karate-club-weighted", "Zachary's karate club, weighted", nodes, edges, True, rng)
    nodes, edges = from_networkx(nx.les_miserables_graph(), True)
    write("les-miserables-weighted", "Les Misérables co-occurrences, weighted", nodes, edges, True, rng)
    nodes, edges = from_networkx(nx.florentine_families_graph(), False)
    write("florentine-families", "Padgett's Florentine families", nodes, edges, False, rng)
    nodes, edges = from_networkx(nx.barabasi_albert_graph(600, 3, seed=3), False)
    write("barabasi-albert-600", "Barabási–Albert graph, n=600, m=3", nodes, edges, False, rng)
    planted = nx.planted_partition_graph(6, 25, 0.35, 0.02, seed=9)
    nodes, edges = from_networkx(planted, False)
    write("planted-partition-150", "Six planted groups of 25, p_in 0.35, p_out 0.02", nodes, edges, False, rng)
    # Self-loops, parallel edges (repeated pairs add up), isolated nodes (the last three).
    n = 43
    edges = [(rng.randrange(n - 3), rng.randrange(n - 3), rng.choice([0.5, 1.0, 2.0, 3.0])) for _ in range(110)]
    edges += [(4, 4, 2.0), (9, 9, 1.0), edges[0], edges[1]]
    write("random-weighted-loops", "Random weighted graph with self-loops, parallel edges and isolated nodes",
          [f"n{i}" for i in range(n)], edges, True, rng)


if __name__ == "__main__":
    main()
