import ActorGraph

extension CompactGraph {
    /// HITS hubs and authorities (Kleinberg 1999, "Authoritative sources in a hyperlinked
    /// environment"): a good hub points to good authorities, a good authority is pointed to by
    /// good hubs. Authorities are the principal eigenvector of `AᵀA`, hubs `A` times them.
    ///
    /// NetworkX's `hits(G, tol=1e-08, normalized=True)` computes the top singular vectors of `A`
    /// with ARPACK; this computes the same vectors by power iteration on `AᵀA` from the uniform
    /// vector, scaled to sum 1 at each step, until the L1 change of the authorities is below
    /// `tolerance` (not `n × tolerance`: ARPACK's results are that accurate). Weights count as
    /// strengths. `normalized` scales both vectors to sum 1, as NetworkX does; otherwise the
    /// authorities have unit Euclidean norm and the hubs are `A` times them.
    ///
    /// When the top singular value is not unique (an undirected bipartite graph, two equal
    /// components) the answer depends on the start vector, in NetworkX as here.
    ///
    /// Complexity: O(m) per iteration.
    ///
    /// ```swift
    /// let star = CompactGraph(nodeCount: 3, sources: [0, 0], targets: [1, 2], directed: true)
    /// let (hubs, authorities) = try star.hits()   // hubs [1, 0, 0], authorities [0, 0.5, 0.5]
    /// ```
    ///
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)`` after `maxIterations`.
    public func hits(maxIterations: Int = 1000, tolerance: Double = 1e-8,
                     normalized: Bool = true) throws(CentralityError) -> (hubs: [Double], authorities: [Double]) {
        let count = nodeCount
        if count == 0 { return ([], []) }
        var authorities = [Double](repeating: 1 / Double(count), count: count)
        var hubs = [Double](repeating: 0, count: count)
        let weighted = isWeighted
        let converged: Bool = GraphArrays.with(self) { arrays in
            hubs.withUnsafeMutableBufferPointer { hubBuffer in
                let h = hubBuffer.baseAddress!
                return iterateUntilConverged(&authorities, maxIterations: maxIterations, threshold: tolerance) { a, b in
                    arrays.sumOverOutArcs(of: a, weighted: weighted, into: h)
                    arrays.sumOverInArcs(of: h, weighted: weighted, into: b)
                    var total = 0.0
                    for node in 0..<count { total += b[node] }
                    if total == 0 {
                        // No arcs: every score is 0, as NetworkX's singular vectors give.
                        for node in 0..<count { b[node] = 0 }
                        return nil
                    }
                    for node in 0..<count { b[node] /= total }
                    return absoluteDifferenceSum(a, b, count: count)
                }
            }
        }
        guard converged else { throw .didNotConverge(measure: "HITS", iterations: maxIterations) }
        if normalized {
            let sum = authorities.reduce(0, +)
            if sum > 0 { authorities = authorities.map { $0 / sum } }
        } else {
            let norm = authorities.withUnsafeBufferPointer { euclideanNorm($0.baseAddress!, count: count) }
            if norm > 0 { authorities = authorities.map { $0 / norm } }
        }
        GraphArrays.with(self) { arrays in
            authorities.withUnsafeBufferPointer { a in
            hubs.withUnsafeMutableBufferPointer { h in
                arrays.sumOverOutArcs(of: a.baseAddress!, weighted: weighted, into: h.baseAddress!)
            }}
        }
        if normalized {
            let sum = hubs.reduce(0, +)
            if sum > 0 { hubs = hubs.map { $0 / sum } }
        }
        return (hubs, authorities)
    }
}
