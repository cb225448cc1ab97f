#!/usr/bin/env python3
"""Times ActorGraph's Leiden communities against igraph (community_leiden, community_multilevel),
NetworkX (louvain_communities) and NetworKit (PLM), in one run on the same graphs, and prints a
Markdown table of median times and the modularity each reaches (NetworkX's `modularity` of the
partition returned; ActorGraph's own value equals it to 1e-12, as its tests check).

    flock /work/bench.lock .venv/bin/python Scripts/benchmark-communities.py [--repeat 3]

Graphs: Barabási–Albert n=20,000, m=5 (networkx, seed 1) and an LFR benchmark graph
(NetworKit's LFRGenerator: n=20,000, degrees a power law of exponent 2 with mean 20 and maximum 50,
community sizes exponent 1 between 20 and 200, mixing 0.3, seed 1). Only the algorithm is
timed: every tool gets the graph already in its own form. ActorGraph runs in a release build
(`actorgraph-benchmark communities`): one run of two iterations on one thread (igraph's and
leidenalg's default `n_iterations=2`), one run to convergence on one thread, and the library's
default on every core (120,000 / (nodes + edges) runs, at least one: one on each graph, iterated
until an iteration raises the modularity by no more than 0.3 % of its value, or moves no node).
igraph's Leiden optimizes modularity, with its default two iterations (ten seeded repetitions, so that its best is
igraph's best of ten) and run to convergence (`n_iterations=-1`). NetworkX's Louvain, by far the
slowest, runs once. Each row gives the median time and the median and best modularity over its
repetitions, and the last column divides the fastest peer's median time by the row's.
"""
import argparse
import json
import os
import pathlib
import random
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


def ours(binary, path, runs, passes, tolerance, threads, repeat):
    command = [binary, "communities", path, "--runs", str(runs), "--passes", str(passes), "--threads", str(threads),
               "--repeat", str(repeat)]
    if tolerance is not None:
        command += ["--tolerance", str(tolerance)]
    output = subprocess.check_output(command, text=True)
    record = json.loads(output.strip().splitlines()[-1])
    return record["median"], record["modularity"], record["best"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    # A build directory of its own, so that the benchmark never waits for (or stalls) a debug build.
    build = ["swift", "build", "-c", "release", "--scratch-path", str(ROOT / ".build-release")]
    subprocess.check_call(build + ["--product", "actorgraph-benchmark"], cwd=ROOT, stdout=subprocess.DEVNULL)
    binary = subprocess.check_output(build + ["--show-bin-path"], cwd=ROOT, text=True).strip()
    binary = os.path.join(binary, "actorgraph-benchmark")
    print(f"machine: {os.cpu_count()} cores; networkx {nx.__version__}, igraph {ig.__version__}, "
          f"networkit {nk.__version__}", file=sys.stderr, flush=True)
    repeat = arguments.repeat
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        for name, graph in generate().items():
            path = os.path.join(directory, "graph.txt")
            with open(path, "w") as file:
                file.write(f"# nodes {graph.number_of_nodes()} undirected unweighted\n")
                file.writelines(f"{u} {v}\n" for u, v in graph.edges())
            q = lambda groups: nx.community.modularity(graph, groups)
            print(f"== {name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", file=sys.stderr, flush=True)
            graph_rows = []

            def add(tool, seconds, values, peer, best=None):
                row = (name, tool, seconds, statistics.median(values), best if best is not None else max(values), peer)
                graph_rows.append(row)
                print(f"  {tool}: {seconds:.3f} s, modularity {row[3]:.5f} (best {row[4]:.5f})", file=sys.stderr, flush=True)

            cores = os.cpu_count()
            # The library's default number of runs, for the label.
            default_runs = max(1, min(100, 120_000 // (graph.number_of_nodes() + graph.number_of_edges())))
            for runs, passes, tolerance, threads, label in (
                    (1, 2, 0, 1, "1 run, 2 iterations, 1 thread"),
                    (1, 1_000_000, 0, 1, "1 run to convergence, 1 thread"),
                    ("default", 100, None, cores, f"library default: {default_runs} run(s), tolerance 0.3 %, {cores} threads")):
                seconds, median, best = ours(binary, path, runs, passes, tolerance, threads, repeat)
                add(f"ActorGraph Leiden ({label})", seconds, [median], False, best)
            g = ig.Graph(n=graph.number_of_nodes(), edges=list(graph.edges()))
            for iterations, label, times in ((2, "2 iterations", 10), (-1, "to convergence", repeat)):
                seed = iter(range(times))

                def leiden():
                    random.seed(next(seed))
                    ig.set_random_number_generator(random)
                    return g.community_leiden(objective_function="modularity", n_iterations=iterations)
                seconds, found = timed(leiden, times)
                add(f"igraph community_leiden ({label}, {times} runs)", seconds,
                    [q([set(c) for c in p]) for p in found], True)
            seconds, found = timed(lambda: g.community_multilevel(), repeat)
            add("igraph community_multilevel", seconds, [q([set(c) for c in p]) for p in found], True)
            nk_graph = nk.nxadapter.nx2nk(graph)

            def plm():
                algorithm = nk.community.PLM(nk_graph, refine=True)
                algorithm.run()
                return algorithm.getPartition()
            seconds, found = timed(plm, repeat)
            add(f"NetworKit PLM ({nk.getMaxNumberOfThreads()} threads)", seconds,
                [q([set(p.getMembers(s)) for s in p.getSubsetIds()]) for p in found], True)
            seconds, found = timed(lambda: nx.community.louvain_communities(graph, seed=1), 1)
            add("NetworkX louvain_communities", seconds, [q(p) for p in found], True)
            rows.extend(graph_rows)
    print("| graph | tool | median time | modularity (median) | modularity (best) | fastest peer / this |")
    print("|---|---|---:|---:|---:|---:|")
    for name in dict.fromkeys(row[0] for row in rows):
        fastest = min(row[2] for row in rows if row[0] == name and row[5])
        for _, tool, seconds, median, best, _ in (row for row in rows if row[0] == name):
            print(f"| {name} | {tool} | {seconds * 1000:.1f} ms | {median:.5f} | {best:.5f} | {fastest / seconds:.2f}× |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
