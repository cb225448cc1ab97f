import ActorGraph

extension CompactGraph {
    /// Katz centrality: `x = alpha Aᵀ x + beta`, every walk into a node counting, attenuated by
    /// `alpha` per step (Katz 1953, "A new status index derived from sociometric analysis").
    ///
    /// Follows NetworkX's `katz_centrality(G, alpha=0.1, beta=1.0, max_iter=1000, tol=1e-06,
    /// normalized=True, weight=...)` step for step: start from 0, iterate, stop when the L1 change
    /// is below `n × tolerance`, then scale to unit Euclidean norm when `normalized`. In-arcs
    /// count on a directed graph; weights count as strengths. The iteration converges only when
    /// `alpha` is below `1 / λmax` of the adjacency matrix.
    ///
    /// Complexity: O(m) per iteration.
    ///
    /// ```swift
    /// let path = CompactGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: false)
    /// try path.katzCentrality()   // ≈ [0.5681, 0.5954, 0.5681]
    /// ```
    ///
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)`` after `maxIterations`.
    public func katzCentrality(alpha: Double = 0.1, beta: Double = 1, maxIterations: Int = 1000,
                               tolerance: Double = 1e-6, normalized: Bool = true) throws(CentralityError) -> [Double] {
        let count = nodeCount
        if count == 0 { return [] }
        var current = [Double](repeating: 0, count: count)
        let weighted = isWeighted
        let converged: Bool = GraphArrays.with(self) { arrays in
            iterateUntilConverged(&current, maxIterations: maxIterations, threshold: Double(count) * tolerance) { x, y in
                arrays.sumOverInArcs(of: x, weighted: weighted, into: y)
                for node in 0..<count { y[node] = alpha * y[node] + beta }
                return absoluteDifferenceSum(x, y, count: count)
            }
        }
        guard converged else { throw .didNotConverge(measure: "Katz centrality", iterations: maxIterations) }
        if normalized {
            let norm = current.withUnsafeBufferPointer { euclideanNorm($0.baseAddress!, count: count) }
            if norm > 0 { for node in 0..<count { current[node] /= norm } }
        }
        return current
    }
}
