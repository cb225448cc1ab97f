import ActorGraph

extension CompactGraph {
    /// Burt's constraint: how much a node's ties are invested in contacts who are themselves tied
    /// to each other, so that it has no structural hole to broker (low constraint, a broker).
    ///
    /// Follows NetworkX's `constraint(G, weight=...)` (Burt 2004, "Structural holes and good
    /// ideas", *American Journal of Sociology* 110: 349–399). With `a_uv` the mutual weight of `u`
    /// and `v` (the weight of the arc `u -> v` plus that of `v -> u`; an undirected edge counts
    /// both ways, unweighted edges weigh 1) and `p_uv = a_uv / Σ_w a_uw`,
    ///
    ///     c(u) = Σ_{v ∈ N(u)} (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)²
    ///
    /// where `N(u)` holds the predecessors and successors of `u` (`u` itself when it has a
    /// self-loop, as in NetworkX). There is no normalization to turn off. A node without a
    /// neighbour other than itself has no constraint: NaN, as in NetworkX (`null` in JSON).
    ///
    /// Complexity: O(Σ_v deg(v)²) time, O(n + m) memory.
    ///
    /// ```swift
    /// let star = CompactGraph(nodeCount: 3, sources: [0, 0], targets: [1, 2], directed: false)
    /// star.constraint()   // [0.5, 1.0, 1.0]
    /// ```
    public func constraint() -> [Double] {
        let mutual = MutualWeights(self)
        var result = [Double](repeating: .nan, count: nodeCount)
        let ones = [Double](repeating: 1, count: nodeCount)
        mutual.forEachTwoStepSum(middleScale: MutualWeights.reciprocals(mutual.sums), endScale: ones) { node, indirect in
            var total = 0.0
            for position in mutual.row(node) {
                let neighbor = Int(mutual.neighbors[position])
                let direct = mutual.weights[position] / mutual.sums[node]
                let local = direct + indirect[neighbor]
                total += local * local
            }
            result[node] = total
        }
        return result
    }
}
