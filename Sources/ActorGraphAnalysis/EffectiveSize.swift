import ActorGraph

extension CompactGraph {
    /// Burt's effective size: the number of a node's contacts less their redundancy, the
    /// non-redundant part of its ego network (large for a broker across structural holes).
    ///
    /// Follows NetworkX's `effective_size(G, weight=...)` (Burt 1992, *Structural Holes*,
    /// Harvard University Press; Borgatti 1997, "Structural holes: unpacking Burt's redundancy
    /// measures", *Connections* 20(1): 35–38). With `a_uv` the mutual weight of `u` and `v` (as in
    /// ``constraint()``), `p_uw = a_uw / Σ_x a_ux` and `m_vw = a_vw / max_x a_vx`,
    ///
    ///     e(u) = Σ_{v ∈ N(u)} (1 − Σ_{w ∈ N(u)} p_uw m_vw)
    ///
    /// over the predecessors and successors `N(u)` of `u`. On an unweighted undirected graph
    /// without self-loops it is Borgatti's `n − 2t/n` (`n` contacts, `t` ties among them). There is
    /// no normalization to turn off (efficiency is `e(u) / degree(u)`). A node without a
    /// neighbour other than itself has none: NaN, as in NetworkX (`null` in JSON).
    ///
    /// NetworkX 3.6's default (matrix) code path divides by `max_x a_wx` instead of `max_x a_vx`
    /// on weighted or directed graphs, against its own documented formula and per-node path;
    /// this follows the formula.
    ///
    /// Complexity: O(Σ_v deg(v)²) time, O(n + m) memory.
    ///
    /// ```swift
    /// let triangleWithTail = CompactGraph(nodeCount: 4, sources: [0, 1, 2, 2], targets: [1, 2, 0, 3],
    ///                                     directed: false)
    /// triangleWithTail.effectiveSize()   // [1.0, 1.0, 2.333..., 1.0]
    /// ```
    public func effectiveSize() -> [Double] {
        let mutual = MutualWeights(self)
        var result = [Double](repeating: .nan, count: nodeCount)
        let ones = [Double](repeating: 1, count: nodeCount)
        mutual.forEachTwoStepSum(middleScale: ones, endScale: MutualWeights.reciprocals(mutual.maxima)) { node, redundancy in
            var total = 0.0
            for position in mutual.row(node) {
                total += 1 - redundancy[Int(mutual.neighbors[position])]
            }
            result[node] = total
        }
        return result
    }
}
