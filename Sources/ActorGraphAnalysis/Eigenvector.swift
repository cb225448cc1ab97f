import ActorGraph

extension CompactGraph {
    /// Eigenvector centrality: each node scores in proportion to the scores of the nodes with
    /// an arc to it, the principal eigenvector of `Aᵀ` (left eigenvector: in-arcs on a directed
    /// graph).
    ///
    /// Follows NetworkX's `eigenvector_centrality(G, max_iter=100, tol=1e-06, weight=...)` step for
    /// step, so results agree at any tolerance: start from `1/n` everywhere, iterate
    /// `x ← (A + I)ᵀ x` scaled to unit Euclidean norm, stop when the L1 change is below
    /// `n × tolerance`. Weights count as strengths on a weighted graph.
    ///
    /// Complexity: O(m) per iteration.
    ///
    /// ```swift
    /// let star = CompactGraph(nodeCount: 3, sources: [0, 0], targets: [1, 2], directed: false)
    /// try star.eigenvectorCentrality()   // ≈ [0.7071, 0.5, 0.5]
    /// ```
    ///
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)`` after `maxIterations`,
    ///   ``CentralityError/invalidArgument(_:)`` on an empty graph.
    public func eigenvectorCentrality(maxIterations: Int = 100, tolerance: Double = 1e-6) throws(CentralityError) -> [Double] {
        let count = nodeCount
        if count == 0 { throw .invalidArgument("eigenvector centrality is undefined on a graph without nodes") }
        var current = [Double](repeating: 1 / Double(count), count: count)
        let weighted = isWeighted
        let converged: Bool = GraphArrays.with(self) { arrays in
            iterateUntilConverged(&current, maxIterations: maxIterations, threshold: Double(count) * tolerance) { x, y in
                // One pass for (A + I)ᵀx and its squared norm, one to scale and measure the change.
                var squares = 0.0
                for node in 0..<count {
                    let sum = arrays.inArcSum(at: node, of: x, weighted: weighted, startingFrom: x[node])
                    y[node] = sum
                    squares += sum * sum
                }
                var norm = squares.squareRoot()
                if !norm.isFinite { norm = euclideanNorm(y, count: count) }
                if norm == 0 { norm = 1 }
                let scale = 1 / norm
                var change = 0.0
                for node in 0..<count {
                    let value = y[node] * scale
                    y[node] = value
                    change += abs(value - x[node])
                }
                return change
            }
        }
        guard converged else { throw .didNotConverge(measure: "eigenvector centrality", iterations: maxIterations) }
        return current
    }
}
