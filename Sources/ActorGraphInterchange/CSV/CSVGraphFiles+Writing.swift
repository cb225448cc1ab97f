import ActorGraph

extension CSVGraphFiles {
    /// The files that hold `graph` as CSV when the edge list goes to `path`: the edge list,
    /// the node table and the kind table.
    public static func files(_ graph: TemporalGraph, edgeListPath path: String) -> [(path: String, text: String)] {
        // The kind table is written even when empty, so that no stale one is left beside the edge list.
        [(path, graph.wholeGraph().csvText()), (self.path(of: .nodes, forEdgeList: path), NodeTable.text(graph)),
         (self.path(of: .kinds, forEdgeList: path), KindTable.text(graph))]
    }
}
