import ActorGraph

extension CompactGraph {
    /// Degree centrality: each node's degree divided by `n - 1`.
    ///
    /// Follows NetworkX's `degree_centrality`: on a directed graph the degree is in-degree plus
    /// out-degree; on an undirected one a self-loop counts twice. A graph of one node gives it 1.
    /// With `normalized` false the plain degrees come back.
    ///
    /// Complexity: O(n log d).
    ///
    /// ```swift
    /// let star = CompactGraph(nodeCount: 3, sources: [0, 0], targets: [1, 2], directed: false)
    /// star.degreeCentrality()   // [1.0, 0.5, 0.5]
    /// ```
    public func degreeCentrality(normalized: Bool = true) -> [Double] {
        scaledByOthers((0..<nodeCount).map(degree(of:)), normalized: normalized)
    }

    /// In-degree centrality: arcs into each node divided by `n - 1` (NetworkX's
    /// `in_degree_centrality`). On an undirected graph it equals ``degreeCentrality(normalized:)``.
    public func inDegreeCentrality(normalized: Bool = true) -> [Double] {
        if !isDirected { return degreeCentrality(normalized: normalized) }
        return scaledByOthers((0..<nodeCount).map(inDegree(of:)), normalized: normalized)
    }

    /// Out-degree centrality: arcs out of each node divided by `n - 1` (NetworkX's
    /// `out_degree_centrality`). On an undirected graph it equals ``degreeCentrality(normalized:)``.
    public func outDegreeCentrality(normalized: Bool = true) -> [Double] {
        if !isDirected { return degreeCentrality(normalized: normalized) }
        return scaledByOthers((0..<nodeCount).map(outDegree(of:)), normalized: normalized)
    }

    /// Strength: the sum of the weights of each node's edges (NetworkX's
    /// `G.degree(weight="weight")`), in plus out on a directed graph, a self-loop counting twice
    /// on an undirected one. On an unweighted graph it is the degree.
    public func strength() -> [Double] {
        (0..<nodeCount).map { node in
            var total = 0.0
            for arc in outOffsets[node]..<outOffsets[node + 1] {
                total += outWeights[arc]
                if !isDirected && Int(outTargets[arc]) == node { total += outWeights[arc] }
            }
            if isDirected { for arc in inOffsets[node]..<inOffsets[node + 1] { total += inWeights[arc] } }
            return total
        }
    }

    private func scaledByOthers(_ degrees: [Int], normalized: Bool) -> [Double] {
        guard normalized else { return degrees.map(Double.init) }
        if nodeCount <= 1 { return degrees.map { _ in 1 } }
        let scale = 1 / Double(nodeCount - 1)
        return degrees.map { Double($0) * scale }
    }
}
