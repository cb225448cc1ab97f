import ActorGraph

extension CompactGraph {
    /// Harmonic centrality: the sum of `1 / d(v, u)` over every other node `v` that reaches `u`.
    ///
    /// Follows NetworkX's `harmonic_centrality(G, distance=...)` (Boldi & Vigna 2014, "Axioms for
    /// centrality"): distances run *into* `u` on a directed graph, along the weights as lengths
    /// on a weighted one; unreachable nodes and zero distances add nothing. It is not normalized.
    ///
    /// Complexity: O(n m) unweighted, O(n m log n) weighted; parallel over nodes, and the same
    /// with any `threadCount` (all cores when nil).
    ///
    /// ```swift
    /// let path = CompactGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: false)
    /// try path.harmonicCentrality()   // [1.5, 2.0, 1.5]
    /// ```
    ///
    /// - Throws: ``CentralityError/invalidArgument(_:)`` when a weight is negative or not a number.
    public func harmonicCentrality(threadCount: Int? = nil) throws(CentralityError) -> [Double] {
        try requireLengths(for: "harmonic centrality")
        return IncomingDistanceSums(graph: self, threadCount: threadCount).reciprocalSums
    }
}
