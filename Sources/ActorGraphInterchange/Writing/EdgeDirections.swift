import ActorGraph

/// How the XML writers mark which edges are directed.
///
/// GraphML and GEXF allow a graph to mix directed and undirected edges, but NetworkX (and
/// other readers) refuse such files. So by default every edge takes the graph's direction
/// (directed unless every relation is symmetric) and the `directed` attribute records
/// what each relation's kind says; `.mixed` writes symmetric relations as undirected edges
/// in a directed graph, which Gephi and yEd draw faithfully.
public enum EdgeDirections: String, Sendable, CaseIterable {
    /// Every edge in the graph's direction; NetworkX reads the file.
    case uniform
    /// Each edge in its kind's direction.
    case mixed

    /// Whether the graph as a whole is directed: true unless it has relations and all of
    /// them are of symmetric kinds.
    static func graphIsDirected(_ graph: TemporalGraph) -> Bool {
        graph.relations.isEmpty || graph.relations.contains { graph.kind(of: $0).directed }
    }
}
