import ActorGraph

/// Each node's neighbours in either direction with their *mutual weight* (the weight of the arc
/// `u -> v` plus that of `v -> u`, as NetworkX's `mutual_weight`), the ground of Burt's measures.
///
/// An undirected edge counts both ways (twice its weight), as NetworkX's `G[u][v]` and `G[v][u]`
/// are the same edge; a self-loop is its own neighbour with twice its weight.
struct MutualWeights {
    /// Where each node's neighbours start in ``neighbors``; `nodeCount + 1` entries.
    let offsets: [Int]
    /// Neighbours, ascending within each node.
    let neighbors: [Int32]
    /// The mutual weight of each (node, neighbour) pair.
    let weights: [Double]
    /// The sum of each node's mutual weights.
    let sums: [Double]
    /// The largest of each node's mutual weights (0 without neighbours).
    let maxima: [Double]
    /// Whether each node has a neighbour other than itself.
    let hasOtherNeighbor: [Bool]

    init(_ graph: CompactGraph) {
        var offsets = [Int](repeating: 0, count: graph.nodeCount + 1)
        var neighbors: [Int32] = []
        var weights: [Double] = []
        neighbors.reserveCapacity(graph.isDirected ? 2 * graph.arcCount : graph.arcCount)
        for node in 0..<graph.nodeCount {
            var out = graph.outOffsets[node]
            let outEnd = graph.outOffsets[node + 1]
            if !graph.isDirected {
                while out < outEnd {
                    neighbors.append(graph.outTargets[out])
                    weights.append(2 * graph.outWeights[out])
                    out += 1
                }
            } else {
                // Merge the sorted out- and in-rows so that a pair joined both ways is one neighbour.
                var into = graph.inOffsets[node]
                let inEnd = graph.inOffsets[node + 1]
                while out < outEnd || into < inEnd {
                    let outNode = out < outEnd ? graph.outTargets[out] : Int32.max
                    let inNode = into < inEnd ? graph.inSources[into] : Int32.max
                    var weight = 0.0
                    let neighbor = min(outNode, inNode)
                    if outNode == neighbor { weight += graph.outWeights[out]; out += 1 }
                    if inNode == neighbor { weight += graph.inWeights[into]; into += 1 }
                    neighbors.append(neighbor)
                    weights.append(weight)
                }
            }
            offsets[node + 1] = neighbors.count
        }
        var sums = [Double](repeating: 0, count: graph.nodeCount)
        var maxima = [Double](repeating: 0, count: graph.nodeCount)
        var hasOtherNeighbor = [Bool](repeating: false, count: graph.nodeCount)
        for node in 0..<graph.nodeCount {
            for position in offsets[node]..<offsets[node + 1] {
                sums[node] += weights[position]
                maxima[node] = max(maxima[node], weights[position])
                if Int(neighbors[position]) != node { hasOtherNeighbor[node] = true }
            }
        }
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
        self.sums = sums
        self.maxima = maxima
        self.hasOtherNeighbor = hasOtherNeighbor
    }

    /// The positions of `node`'s neighbours in ``neighbors`` and ``weights``.
    func row(_ node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }

    /// For every node `u` that has a neighbour other than itself, calls `body(u, sums)` where
    /// `sums[v]` is `Σ_w p_uw · a_wv · middleScale[w] · endScale[v]` over the neighbours `w` of
    /// `u` (`p_uw` is `u`'s normalized mutual weight towards `w`, `a_wv` the mutual weight of `w`
    /// and `v`); it is zero except at the neighbours' neighbours, and cleared between nodes.
    func forEachTwoStepSum(middleScale: [Double], endScale: [Double], _ body: (Int, [Double]) -> Void) {
        let nodeCount = offsets.count - 1
        var accumulated = [Double](repeating: 0, count: nodeCount)
        var isTouched = [Bool](repeating: false, count: nodeCount)
        var touched: [Int] = []
        for node in 0..<nodeCount where hasOtherNeighbor[node] {
            for first in row(node) {
                let middle = Int(neighbors[first])
                let share = weights[first] / sums[node] * middleScale[middle]
                for second in row(middle) {
                    let end = Int(neighbors[second])
                    if !isTouched[end] { isTouched[end] = true; touched.append(end) }
                    accumulated[end] += share * weights[second] * endScale[end]
                }
            }
            body(node, accumulated)
            for end in touched { accumulated[end] = 0; isTouched[end] = false }
            touched.removeAll(keepingCapacity: true)
        }
    }

    /// `1 / value` for each value, 0 where it is 0.
    static func reciprocals(_ values: [Double]) -> [Double] { values.map { $0 == 0 ? 0 : 1 / $0 } }
}
