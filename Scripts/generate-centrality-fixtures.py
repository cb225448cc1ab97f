#!/usr/bin/env python3
"""Writes the NetworkX parity fixtures of ActorGraphAnalysis.

For each test graph, one JSON file under Tests/ActorGraphAnalysisTests/Fixtures/centrality/
holding the graph as an edge list (parallel edges and self-loops as given, before merging)
and NetworkX's answer for every centrality measure and parameter set the Swift tests check.

The edge list becomes a NetworkX Graph or DiGraph the way ActorGraph's CompactGraph reads it:
parallel edges merge into one edge whose weight is the sum of theirs (an unweighted graph
keeps no weight), self-loops stay, isolated nodes stay.

Run with the repository's virtual environment (Scripts/setup.sh creates it):
    .venv/bin/python Scripts/generate-centrality-fixtures.py
"""
import math
import pathlib
import random

import networkx as nx
import networkx.algorithms.structuralholes as structural_holes
import numpy as np

from fixture_graphs import from_networkx, write_document

OUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/ActorGraphAnalysisTests/Fixtures/centrality"
STRICT = dict(tol=1e-12)


def build(nodes, edges, directed, weighted):
    """The NetworkX graph for an edge list of (u, v, w) index triples."""
    graph = nx.DiGraph() if directed else nx.Graph()
    graph.add_nodes_from(range(len(nodes)))
    for u, v, w in edges:
        if weighted:
            if graph.has_edge(u, v):
                graph[u][v]["weight"] += w
            else:
                graph.add_edge(u, v, weight=w)
        else:
            graph.add_edge(u, v)
    return graph


def values(result, n):
    """The scores in node order; NaN (a measure undefined at a node) becomes null."""
    return [None if math.isnan(float(result[i])) else float(result[i]) for i in range(n)]


def attempt(case, compute, n):
    """Runs one NetworkX call; records its values, or that it did not converge."""
    try:
        result = compute()
    except nx.PowerIterationFailedConvergence:
        case["didNotConverge"] = True
        return case
    case["values"] = values(result, n)
    return case


def hits_is_well_defined(graph, weighted):
    """True when the top singular value of A is simple, so HITS has one answer."""
    if graph.number_of_edges() == 0:
        return False
    matrix = nx.to_numpy_array(graph, nodelist=range(len(graph)), weight="weight" if weighted else None)
    singular = np.linalg.svd(matrix, compute_uv=False)
    return len(singular) < 2 or singular[1] < 0.95 * singular[0]


def katz_alpha(graph, weight):
    """Half of 1 / (largest eigenvalue modulus), at most 0.05, rounded down to two digits."""
    if graph.number_of_edges() == 0:
        return 0.05
    matrix = nx.to_numpy_array(graph, nodelist=range(len(graph)), weight=weight)
    largest = max(abs(np.linalg.eigvals(matrix)))
    if largest == 0:
        return 0.05
    alpha = min(0.05, 0.5 / largest)
    scale = 10 ** (np.floor(np.log10(alpha)) - 1)
    return float(np.floor(alpha / scale) * scale)


def effective_size(graph, weight):
    """NetworkX's effective_size by its documented formula, m_vw = a_vw / max_x a_vx, built from
    NetworkX's own normalized_mutual_weight as its general per-node path does.

    NetworkX 3.6's default matrix code path divides by w's largest mutual weight instead of v's,
    which disagrees with its docstring and its per-node path on weighted or directed graphs; its
    per-node path calls a directed node without successors undefined even when it has
    predecessors, and its unweighted undirected shortcut (Borgatti's n - 2t/n) differs from the
    formula at self-loops. Undefined (NaN) here, as in the matrix path and constraint: a node
    without a neighbour other than itself.
    """
    nmw = structural_holes.normalized_mutual_weight
    result = {}
    for u in graph:
        neighbors = set(nx.all_neighbors(graph, u))
        if all(v == u for v in neighbors):
            result[u] = float("nan")
            continue
        result[u] = sum(1 - sum(nmw(graph, u, w, weight=weight) * nmw(graph, v, w, norm=max, weight=weight)
                                for w in neighbors)
                        for v in neighbors)
    return result


def cases_for(graph, directed, weighted, n, paths_only=False):
    weight = "weight" if weighted else None
    cases = []

    def exact(measure, compute, **params):
        cases.append(attempt({"measure": measure, "params": params, "kind": "exact"}, compute, n))

    def iterative(measure, compute, strict=False, **params):
        kind = "strict" if strict else "default"
        cases.append(attempt({"measure": measure, "params": params, "kind": kind}, compute, n))

    exact("degree", lambda: nx.degree_centrality(graph))
    exact("degree", lambda: dict(graph.degree()), normalized=False)
    if directed:
        exact("in-degree", lambda: nx.in_degree_centrality(graph))
        exact("out-degree", lambda: nx.out_degree_centrality(graph))
        exact("in-degree", lambda: dict(graph.in_degree()), normalized=False)
        exact("out-degree", lambda: dict(graph.out_degree()), normalized=False)
    exact("strength", lambda: dict(graph.degree(weight="weight")))
    for normalized in (True, False):
        for endpoints in (False, True):
            exact("betweenness",
                  lambda: nx.betweenness_centrality(graph, normalized=normalized, endpoints=endpoints, weight=weight),
                  normalized=normalized, endpoints=endpoints)
    exact("closeness", lambda: nx.closeness_centrality(graph, distance=weight))
    exact("closeness", lambda: nx.closeness_centrality(graph, distance=weight, wf_improved=False),
          wassermanFaust=False)
    exact("harmonic", lambda: nx.harmonic_centrality(graph, distance=weight))
    # Burt's structural holes. Constraint through NetworkX's default (matrix) code path.
    exact("constraint", lambda: nx.constraint(graph, weight=weight))
    exact("effective-size", lambda: effective_size(graph, weight))
    if paths_only:
        return cases

    iterative("eigenvector", lambda: nx.eigenvector_centrality(graph, weight=weight))
    iterative("eigenvector", lambda: nx.eigenvector_centrality(graph, weight=weight, max_iter=10000, **STRICT),
              strict=True, tolerance=1e-12, maxIterations=10000)
    iterative("pagerank", lambda: nx.pagerank(graph, weight=weight))
    iterative("pagerank", lambda: nx.pagerank(graph, weight=weight, max_iter=10000, **STRICT),
              strict=True, tolerance=1e-12, maxIterations=10000)
    iterative("pagerank", lambda: nx.pagerank(graph, alpha=0.6, weight=weight), alpha=0.6)
    # Personalization on the first few nodes, dangling walkers sent to the last few.
    personalization = [float(i % 3) for i in range(n)]
    dangling = [1.0 if i >= n - 3 else 0.0 for i in range(n)]
    if sum(personalization) > 0:
        iterative("pagerank",
                  lambda: nx.pagerank(graph, weight=weight, max_iter=10000, personalization=dict(enumerate(personalization)),
                                      dangling=dict(enumerate(dangling)), **STRICT),
                  strict=True, tolerance=1e-12, maxIterations=10000,
                  personalization=personalization, dangling=dangling)
    alpha = katz_alpha(graph, weight)
    iterative("katz", lambda: nx.katz_centrality(graph, alpha=alpha, weight=weight), alpha=alpha)
    iterative("katz", lambda: nx.katz_centrality(graph, alpha=alpha, weight=weight, max_iter=100000, **STRICT),
              strict=True, alpha=alpha, tolerance=1e-12, maxIterations=100000)
    iterative("katz", lambda: nx.katz_centrality(graph, alpha=alpha, beta=2.0, weight=weight, normalized=False, **STRICT),
              strict=True, alpha=alpha, beta=2.0, normalized=False, tolerance=1e-12)
    # NetworkX's default alpha 0.1: converges only below 1 / (largest eigenvalue), so some
    # graphs record that it does not, and the Swift code must fail the same way.
    iterative("katz", lambda: nx.katz_centrality(graph, weight=weight))
    if hits_is_well_defined(graph, weighted):
        for strict in (False, True):
            params = dict(tol=1e-12, max_iter=10000) if strict else {}
            ours = dict(tolerance=1e-12, maxIterations=100000) if strict else {}
            hubs, authorities = nx.hits(graph, **params)
            cases.append({"measure": "hubs", "params": ours, "kind": "strict" if strict else "default",
                          "values": values(hubs, n)})
            cases.append({"measure": "authorities", "params": ours, "kind": "strict" if strict else "default",
                          "values": values(authorities, n)})
    return cases


def write(name, description, nodes, edges, directed, weighted, paths_only=False):
    graph = build(nodes, edges, directed, weighted)
    n = len(nodes)
    document = {
        "name": name,
        "description": description,
        "networkx": nx.__version__,
        "directed": directed,
        "weighted": weighted,
        "nodes": nodes,
        "edges": [[u, v, w] for u, v, w in edges],
        "cases": cases_for(graph, directed, weighted, n, paths_only),
    }
    write_document(OUT, name, document)
    print(f"{name}: {n} nodes, {len(edges)} edges, {len(document['cases'])} cases")


def random_edges(rng, n, count, directed, weights):
    edges = []
    for _ in range(count):
        u, v = rng.randrange(n), rng.randrange(n)
        edges.append((u, v, rng.choice(weights)))
    return edges


def main():
    rng = random.Random(20010911)
    florentine = nx.florentine_families_graph()
    nodes, edges = from_networkx(florentine, False)
    write("florentine-families", "Padgett's Florentine families (marriage ties)", nodes, edges, False, False)

    karate = nx.karate_club_graph()
    nodes, edges = from_networkx(karate, False)
    write("karate-club", "Zachary's karate club, unweighted", nodes, edges, False, False)
    nodes, edges = from_networkx(karate, True)
    write("karate-club-weighted", "Zachary's karate club, weighted by interaction counts", nodes, edges, False, True)

    miserables = nx.les_miserables_graph()
    nodes, edges = from_networkx(miserables, True)
    write("les-miserables-weighted", "Les Misérables co-occurrences, weighted", nodes, edges, False, True)

    # Random graphs with every awkward feature: isolated nodes (the last three have no edge),
    # several components, self-loops and parallel edges (the edge list repeats some pairs).
    weights = [0.5, 1.0, 1.5, 2.0, 3.0]
    for directed in (True, False):
        for weighted in (False, True):
            n = 40
            edges = random_edges(rng, n - 3, 70, directed, weights)
            # A separate component of five nodes and repeated pairs and loops.
            edges += [(30, 31, 1.0), (31, 32, 2.0), (32, 33, 1.0), (33, 34, 0.5), (34, 30, 1.5)]
            edges += [edges[0], edges[1], (edges[2][1], edges[2][0], 2.0), (5, 5, 1.0), (12, 12, 3.0)]
            edges = [(u, v, w if weighted else 1.0) for u, v, w in edges]
            name = f"random-{'directed' if directed else 'undirected'}-{'weighted' if weighted else 'unweighted'}"
            write(name, "Random graph with isolated nodes, components, self-loops and parallel edges",
                  [f"n{i}" for i in range(n)], edges, directed, weighted)

    # A directed scale-free graph: hubs, dangling nodes, sources.
    scale_free = nx.DiGraph(nx.scale_free_graph(120, seed=7))
    scale_free.remove_edges_from(list(nx.selfloop_edges(scale_free)))
    nodes, edges = from_networkx(scale_free, False)
    write("scale-free-directed", "Directed scale-free graph (Bollobás et al.), n=120", nodes, edges, True, False)

    # Larger graphs for the path measures: several 64-node batches of the multi-source search,
    # long paths (a ring with chords) and many equal-length paths.
    ba = nx.barabasi_albert_graph(300, 3, seed=11)
    nodes, edges = from_networkx(ba, False)
    write("barabasi-albert-300", "Barabási–Albert graph, n=300, m=3", nodes, edges, False, False, paths_only=True)
    ring = [(i, (i + 1) % 260, 1.0) for i in range(260)] + [(i, (i * 7 + 3) % 260, 1.0) for i in range(0, 260, 13)]
    write("ring-with-chords-directed", "Directed ring of 260 nodes with chords", [str(i) for i in range(260)], ring,
          True, False, paths_only=True)
    gnm = nx.gnm_random_graph(250, 900, seed=5, directed=True)
    edges = [(u, v, float(rng.randint(1, 5))) for u, v in gnm.edges()]
    write("random-directed-weighted-250", "Directed random graph, n=250, integer weights 1-5",
          [str(i) for i in range(250)], edges, True, True, paths_only=True)

    # Small cases where normalizations divide by zero or one.
    write("single-node", "One node, no edge", ["a"], [], False, False)
    write("two-nodes-directed", "One arc", ["a", "b"], [(0, 1, 1.0)], True, False)
    write("isolated-only", "Three nodes, no edge", ["a", "b", "c"], [], True, False)
    write("directed-star", "Arcs from a hub to four leaves and a loop at a leaf", ["hub", "a", "b", "c", "d"],
          [(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0), (0, 4, 1.0), (4, 4, 1.0), (1, 2, 1.0)], True, False)
    write("weighted-ties", "Weighted graph with several equally short paths", [str(i) for i in range(6)],
          [(0, 1, 1.0), (0, 2, 2.0), (1, 3, 2.0), (2, 3, 1.0), (3, 4, 1.0), (3, 5, 0.5), (5, 4, 0.5), (1, 2, 1.0)],
          False, True)


if __name__ == "__main__":
    main()
