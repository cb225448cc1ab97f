import ActorGraph

extension CompactGraph {
    /// Closeness centrality: how near a node is to the nodes that reach it.
    ///
    /// Follows NetworkX's `closeness_centrality(G, distance=..., wf_improved=True)`: for node `u`
    /// reached by `r - 1` other nodes at total distance `D` (distances *into* `u` on a directed
    /// graph, along the weights as lengths on a weighted one), closeness is `(r - 1) / D`, and 0
    /// when `D` is 0. With the Wasserman–Faust correction (the default) it is further multiplied
    /// by `(r - 1) / (n - 1)`, so that nodes of small components do not score high
    /// (Wasserman & Faust 1994, *Social Network Analysis*, p. 201).
    ///
    /// Complexity: O(n m) unweighted, O(n m log n) weighted; parallel over nodes, and the same
    /// with any `threadCount` (all cores when nil).
    ///
    /// ```swift
    /// let path = CompactGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: false)
    /// try path.closenessCentrality()   // [0.666..., 1.0, 0.666...]
    /// ```
    ///
    /// - Throws: ``CentralityError/invalidArgument(_:)`` when a weight is negative or not a number.
    public func closenessCentrality(wassermanFaust: Bool = true, threadCount: Int? = nil) throws(CentralityError) -> [Double] {
        try requireLengths(for: "closeness")
        let sums = IncomingDistanceSums(graph: self, threadCount: threadCount)
        return (0..<nodeCount).map { node in
            let others = Double(sums.reachedCounts[node] - 1)
            let total = sums.distanceSums[node]
            guard total > 0, nodeCount > 1 else { return 0 }
            var closeness = others / total
            if wassermanFaust { closeness *= others / Double(nodeCount - 1) }
            return closeness
        }
    }
}
