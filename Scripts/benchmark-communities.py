#!/usr/bin/env python3
"""Times ActorGraph's Leiden communities against igraph (community_leiden, community_multilevel),
NetworkX (louvain_communities) and NetworKit (PLM), in one run on the same graphs, and prints a
Markdown table of median times and the modularity each reaches (NetworkX's `modularity` of the
partition returned; ActorGraph's own value equals it to 1e-12, as its tests check).

    flock /work/bench.lock .venv/bin/python Scripts/benchmark-communities.py [--repeat 5]

Graphs: Barabási–Albert n=20,000, m=5 (networkx, seed 1) and an LFR benchmark graph
(NetworKit's LFRGenerator: n=20,000, degrees power law exponent 2 between 10 and 50,
community sizes exponent 1 between 20 and 200, mixing 0.3, seed 1). Only the algorithm is
timed: every tool gets the graph already in its own form. ActorGraph runs in a release build
(`actorgraph-benchmark communities`), once with one Leiden run and once with its default
of ten (the best kept); igraph's Leiden optimizes modularity and runs to convergence
(`n_iterations=-1`), once per timing; the best modularity of its runs is listed too.
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import igraph as ig
import networkit as nk
import networkx as nx

ROOT = pathlib.Path(__file__).resolve().parent.parent


def timed(function, repeat):
    times, results = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        results.append(function())
        times.append(time.perf_counter() - start)
    return statistics.median(times), results


def generate(seed=1):
    ba = nx.barabasi_albert_graph(20_000, 5, seed=seed)
    nk.setSeed(seed, False)
    lfr = nk.generators.LFRGenerator(20_000)
    lfr.generatePowerlawDegreeSequence(20, 50, -2)
    lfr.generatePowerlawCommunitySizeSequence(20, 200, -1)
    lfr.setMu(0.3)
    lfr.run()
    lfr_graph = nx.Graph()
    lfr_graph.add_nodes_from(range(20_000))
    lfr_graph.add_edges_from(lfr.getGraph().iterEdges())
    return {"Barabási–Albert n=20,000 m=5": ba, "LFR n=20,000 μ=0.3": lfr_graph}


def ours(binary, path, runs, repeat):
    output = subprocess.check_output([binary, "communities", path, "--runs", str(runs), "--repeat", str(repeat)], text=True)
    record = json.loads(output.strip().splitlines()[-1])
    return record["median"], record["modularity"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    # A build directory of its own, so that the benchmark never waits for (or stalls) a debug build.
    build = ["swift", "build", "-c", "release", "--scratch-path", str(ROOT / ".build-release")]
    subprocess.check_call(build + ["--product", "actorgraph-benchmark"], cwd=ROOT, stdout=subprocess.DEVNULL)
    binary = subprocess.check_output(build + ["--show-bin-path"], cwd=ROOT, text=True).strip()
    binary = os.path.join(binary, "actorgraph-benchmark")
    print(f"machine: {os.cpu_count()} cores; networkx {nx.__version__}, igraph {ig.__version__}, "
          f"networkit {nk.__version__}", file=sys.stderr)
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        for name, graph in generate().items():
            path = os.path.join(directory, "graph.txt")
            with open(path, "w") as file:
                file.write(f"# nodes {graph.number_of_nodes()} undirected unweighted\n")
                file.writelines(f"{u} {v}\n" for u, v in graph.edges())
            q = lambda groups: nx.community.modularity(graph, groups)
            print(f"== {name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", file=sys.stderr)
            for runs in (1, 10):
                seconds, modularity = ours(binary, path, runs, arguments.repeat)
                rows.append((name, f"ActorGraph Leiden ({runs} run{'s' if runs > 1 else ''})", seconds, modularity, None))
            g = ig.Graph(n=graph.number_of_nodes(), edges=list(graph.edges()))
            seconds, found = timed(lambda: g.community_leiden(objective_function="modularity", n_iterations=-1),
                                   arguments.repeat)
            values = [q([set(c) for c in partition]) for partition in found]
            rows.append((name, "igraph community_leiden", seconds, statistics.median(values), max(values)))
            seconds, found = timed(lambda: g.community_multilevel(), arguments.repeat)
            values = [q([set(c) for c in partition]) for partition in found]
            rows.append((name, "igraph community_multilevel", seconds, statistics.median(values), max(values)))
            nk_graph = nk.nxadapter.nx2nk(graph)
            def plm():
                algorithm = nk.community.PLM(nk_graph, refine=True)
                algorithm.run()
                return algorithm.getPartition()
            seconds, found = timed(plm, arguments.repeat)
            values = [q([set(members) for members in (p.getMembers(s) for s in p.getSubsetIds())]) for p in found]
            rows.append((name, f"NetworKit PLM ({nk.getMaxNumberOfThreads()} threads)", seconds,
                         statistics.median(values), max(values)))
            seconds, found = timed(lambda: nx.community.louvain_communities(graph, seed=1), min(arguments.repeat, 3))
            values = [q(partition) for partition in found]
            rows.append((name, "NetworkX louvain_communities", seconds, statistics.median(values), max(values)))
            for row in rows[-6:]:
                print(f"  {row[1]}: {row[2]:.4f} s, modularity {row[3]:.5f}", file=sys.stderr)
    print("| graph | tool | median time | modularity (median run) | best run |")
    print("|---|---|---:|---:|---:|")
    for name, tool, seconds, modularity, best in rows:
        best_text = f"{best:.5f}" if best is not None else "-"
        print(f"| {name} | {tool} | {seconds * 1000:.1f} ms | {modularity:.5f} | {best_text} |")


if __name__ == "__main__":
    main()
