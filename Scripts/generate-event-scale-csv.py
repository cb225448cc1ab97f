#!/usr/bin/env python3
"""Writes a CSV edge list of N relations among M actors with periods over ten years.

Usage: generate-event-scale-csv.py OUT.csv [relations] [actors] [seed]
Each relation has a kind, a weight and a start day in 2000-2009; 70% last 1 to 365 days,
20% are single-day events, 10% have an open end. Deterministic for a given seed.
"""
import random
import sys
from datetime import date, timedelta

out = sys.argv[1]
relations = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
actors = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
kinds = ["supports", "opposes", "negotiates-with", "consults", "criticizes", "cooperates-with"]
first = date(2000, 1, 1)
days = [(first + timedelta(days=offset)).isoformat() for offset in range(3653 + 400)]
with open(out, "w") as handle:
    handle.write("source,target,kind,weight,start,end\n")
    for _ in range(relations):
        source = rng.randrange(actors)
        target = rng.randrange(actors)
        start = rng.randrange(3653)
        shape = rng.random()
        if shape < 0.7:
            end = days[start + rng.randrange(1, 366)]
        elif shape < 0.9:
            end = days[start]
        else:
            end = ".."
        handle.write(f"a{source},a{target},{rng.choice(kinds)},{rng.randrange(1, 10)},{days[start]},{end}\n")
