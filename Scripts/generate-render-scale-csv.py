#!/usr/bin/env python3
"""Writes a CSV edge list of ACTORS actors and RELATIONS relations for the render benchmark.

Every actor takes part in at least one relation; relations join near neighbours on a ring
(plus some long-range ones), so that the layout has structure to find. Kinds mix the four
tones' built-ins; each relation holds over a few years between 1990 and 2010.
usage: generate-render-scale-csv.py ACTORS RELATIONS OUT.csv [SEED]
"""
import random
import sys

actors, relations, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 12)
kinds = ["supports", "negotiates-with", "opposes", "criticizes", "consults", "cooperates-with"]
with open(out, "w") as f:
    f.write("id,source,target,kind,start,end\n")
    for i in range(relations):
        a = i % actors if i < actors else rng.randrange(actors)
        step = rng.choice([1, 2, 3, 5, 8, 13]) if rng.random() < 0.9 else rng.randrange(1, actors)
        b = (a + step) % actors
        year = rng.randrange(1990, 2008)
        f.write(f"r{i},a{a},a{b},{rng.choice(kinds)},{year},{year + rng.randrange(1, 4)}\n")
