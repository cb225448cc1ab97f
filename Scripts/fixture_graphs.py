"""What the fixture generators share: a NetworkX graph as node labels and indexed edges, and
writing one fixture document as JSON."""

import json


def from_networkx(graph, weighted):
    """The graph's node labels (as text) and its edges as (u, v, weight) over their indexes;
    every weight is 1.0 unless `weighted`."""
    labels = list(graph.nodes())
    index = {label: i for i, label in enumerate(labels)}
    edges = [(index[u], index[v], float(d.get("weight", 1)) if weighted else 1.0) for u, v, d in graph.edges(data=True)]
    return [str(label) for label in labels], edges


def write_document(directory, name, document):
    """Writes `document` to `directory/name.json`, one level of indentation, ending in a newline."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.json").write_text(json.dumps(document, indent=1) + "\n")
