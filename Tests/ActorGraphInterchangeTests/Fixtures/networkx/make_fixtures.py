"""Writes the GraphML and GEXF fixtures with NetworkX's own writers.

The Swift tests read these files and check them against the graphs built here, so that our
readers are tested on what another tool writes. Regenerate with
    .venv/bin/python Tests/ActorGraphInterchangeTests/Fixtures/networkx/make_fixtures.py
"""
import os

import networkx as nx

here = os.path.dirname(os.path.abspath(__file__))

# A directed graph with ActorGraph's attribute names, one attribute the model has no place
# for (color), a node named through 'name' rather than 'label', and an edge without a kind.
G = nx.DiGraph()
G.add_node("kabul", label="Kabul government", kind="state")
G.add_node("taliban", label="Taliban", kind="armed-group", color="black")
G.add_node("bonn", name="Bonn conference", kind="organization")
G.add_edge("taliban", "kabul", kind="fights", weight=2.5, start="1996", end="2001-11-13")
G.add_edge("bonn", "kabul", kind="supports", start="2001-12-05", note="Interim authority")
G.add_edge("kabul", "bonn", weight=1.0)
nx.write_graphml(G, os.path.join(here, "directed.graphml"))

# An undirected graph with no kinds at all: a plain network.
U = nx.Graph()
U.add_edge("a", "b")
U.add_edge("b", "c", weight=3.0)
U.add_node("d")
nx.write_graphml(U, os.path.join(here, "undirected.graphml"))

# A dynamic multigraph: an edge with two spells, one with an open end, parallel edges.
D = nx.MultiDiGraph()
D.add_node("us", label="United States")
D.add_node("uz", label="Uzbekistan")
D.add_node("ru", label="Russia")
D.add_edge("us", "uz", kind="negotiates-with", spells=[("2001-09-20", "2001-09-25"), ("2001-11-10", "2001-11-10")])
D.add_edge("uz", "us", kind="allows-basing", spells=[("2001-10-05", None)])
D.add_edge("ru", "us", kind="agrees-with", spells=[("2001-09-22", "2001-09-22")])
D.add_edge("ru", "us", kind="opposes", spells=[("2001-09-11", "2001-09-16")])
nx.write_gexf(D, os.path.join(here, "dynamic-1.2draft.gexf"))
nx.write_gexf(D, os.path.join(here, "dynamic-1.3.gexf"), version="1.3")
