import ActorGraph

extension CompactGraph {
    /// PageRank: the stationary distribution of a random walk that follows an out-arc with
    /// probability `alpha` (chosen in proportion to the arc weights) and otherwise jumps to a
    /// node drawn from the personalization vector.
    ///
    /// Follows NetworkX's `pagerank(G, alpha=0.85, personalization=None, max_iter=100, tol=1e-06,
    /// weight=..., dangling=None)` step for step (Page, Brin, Motwani & Winograd 1999): start from
    /// `1/n`, iterate `x ← alpha (x P + (sum of x over dangling nodes) d) + (1 - alpha) p`, stop
    /// when the L1 change is below `n × tolerance`. A dangling node (no out-arc, or out-arcs of
    /// total weight 0) sends its walkers by `dangling`, which defaults to the personalization.
    /// An undirected graph walks each edge both ways.
    ///
    /// - Parameters:
    ///   - personalization: one non-negative value per node (scaled to sum 1), or nil for uniform.
    ///   - dangling: one non-negative value per node (scaled to sum 1), or nil.
    ///
    /// Complexity: O(n + m) per iteration.
    ///
    /// ```swift
    /// let cycle = CompactGraph(nodeCount: 3, sources: [0, 1, 2], targets: [1, 2, 0], directed: true)
    /// try cycle.pageRank()   // [0.333..., 0.333..., 0.333...]
    /// ```
    ///
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)`` after `maxIterations`;
    ///   ``CentralityError/invalidArgument(_:)`` for a vector of the wrong length or summing to 0.
    public func pageRank(alpha: Double = 0.85, personalization: [Double]? = nil, dangling: [Double]? = nil,
                         maxIterations: Int = 100, tolerance: Double = 1e-6) throws(CentralityError) -> [Double] {
        let count = nodeCount
        if count == 0 { return [] }
        let jump = try Self.distribution(personalization, count: count, name: "personalization")
        let danglingShare = try dangling.map { vector throws(CentralityError) in
            try Self.distribution(vector, count: count, name: "dangling")
        } ?? jump
        // Total out-weight of each node; its reciprocal scales what the node passes on.
        var outWeight = [Double](repeating: 0, count: count)
        for node in 0..<count {
            var total = 0.0
            for arc in outOffsets[node]..<outOffsets[node + 1] { total += outWeights[arc] }
            outWeight[node] = total
        }
        let danglingNodes = (0..<count).filter { outWeight[$0] == 0 }
        let inverseOutWeight = outWeight.map { $0 == 0 ? 0 : 1 / $0 }
        var current = [Double](repeating: 1 / Double(count), count: count)
        var passed = [Double](repeating: 0, count: count)
        let weighted = isWeighted
        let converged: Bool = GraphArrays.with(self) { arrays in
            passed.withUnsafeMutableBufferPointer { passedBuffer in
            inverseOutWeight.withUnsafeBufferPointer { inverse in
            jump.withUnsafeBufferPointer { jump in
            danglingShare.withUnsafeBufferPointer { danglingShare in
                let share = passedBuffer.baseAddress!
                return iterateUntilConverged(&current, maxIterations: maxIterations, threshold: Double(count) * tolerance) { x, y in
                    var danglingSum = 0.0
                    for node in danglingNodes { danglingSum += x[node] }
                    for node in 0..<count { share[node] = x[node] * inverse[node] }
                    var change = 0.0
                    for node in 0..<count {
                        let sum = arrays.inArcSum(at: node, of: share, weighted: weighted)
                        let value = alpha * (sum + danglingSum * danglingShare[node]) + (1 - alpha) * jump[node]
                        y[node] = value
                        change += abs(value - x[node])
                    }
                    return change
                }
            }}}}
        }
        guard converged else { throw .didNotConverge(measure: "PageRank", iterations: maxIterations) }
        return current
    }

    /// `vector` scaled to sum 1, or the uniform distribution when nil.
    static func distribution(_ vector: [Double]?, count: Int, name: String) throws(CentralityError) -> [Double] {
        guard let vector else { return [Double](repeating: 1 / Double(count), count: count) }
        guard vector.count == count else {
            throw .invalidArgument("\(name) has \(vector.count) values for \(count) nodes")
        }
        guard vector.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw .invalidArgument("\(name) values must be non-negative numbers")
        }
        let total = vector.reduce(0, +)
        guard total > 0 else { throw .invalidArgument("\(name) values sum to 0") }
        return vector.map { $0 / total }
    }
}
