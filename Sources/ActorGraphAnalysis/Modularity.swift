import ActorGraph

extension CompactGraph {
    /// Newman's modularity of a partition, with a resolution: how much more weight lies inside
    /// the communities than a random graph with the same degrees would put there.
    ///
    /// Follows NetworkX's `community.modularity(G, communities, weight=..., resolution=γ)` for an
    /// undirected graph (Newman 2006, "Modularity and community structure in networks", *PNAS*
    /// 103: 8577–8582; resolution as Reichardt & Bornholdt 2006):
    ///
    ///     Q = Σ_c (L_c / m − γ (K_c / 2m)²)
    ///
    /// where `m` is the total edge weight (a self-loop once), `L_c` the weight of the edges inside
    /// community `c` and `K_c` the sum of its nodes' strengths (a self-loop twice). A directed
    /// graph is read as undirected, the weights of `u -> v` and `v -> u` adding up. A graph
    /// without edges has modularity 0 (NetworkX divides by zero there).
    ///
    /// Complexity: O(n + m).
    ///
    /// ```swift
    /// // Two triangles joined by one edge, split into the two triangles.
    /// let graph = CompactGraph(nodeCount: 6, sources: [0, 1, 2, 3, 4, 5, 2], targets: [1, 2, 0, 4, 5, 3, 3],
    ///                          directed: false)
    /// graph.modularity(of: [0, 0, 0, 1, 1, 1])   // 0.357142...
    /// ```
    public func modularity(of membership: [Int], resolution: Double = 1) -> Double {
        let network = ModularityNetwork(self)
        return network.modularity(of: membership, resolution: resolution)
    }
}

/// An undirected weighted graph for modularity: both arcs of every edge `u`–`v` (`u ≠ v`) in
/// CSR form, self-loops aside, and each node's strength.
struct ModularityNetwork {
    var nodeCount: Int
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    /// The weight of each node's self-loop (counted once).
    var selfWeights: [Double]
    /// Each node's strength: its edges' weights, a self-loop twice.
    var strengths: [Double]
    /// The total strength, `2m`.
    var totalStrength: Double

    init(nodeCount: Int, offsets: [Int], targets: [Int32], weights: [Double], selfWeights: [Double], strengths: [Double]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfWeights = selfWeights
        self.strengths = strengths
        self.totalStrength = strengths.reduce(0, +)
    }

    init(_ graph: CompactGraph) {
        let n = graph.nodeCount
        var selfWeights = [Double](repeating: 0, count: n)
        if !graph.isDirected {
            var offsets = [Int](repeating: 0, count: n + 1)
            var targets: [Int32] = []
            var weights: [Double] = []
            targets.reserveCapacity(graph.arcCount)
            weights.reserveCapacity(graph.arcCount)
            for node in 0..<n {
                for arc in graph.outOffsets[node]..<graph.outOffsets[node + 1] {
                    if Int(graph.outTargets[arc]) == node {
                        selfWeights[node] += graph.outWeights[arc]
                    } else {
                        targets.append(graph.outTargets[arc])
                        weights.append(graph.outWeights[arc])
                    }
                }
                offsets[node + 1] = targets.count
            }
            self.init(nodeCount: n, offsets: offsets, targets: targets, weights: weights, selfWeights: selfWeights,
                      strengths: ModularityNetwork.strengths(offsets: offsets, weights: weights, selfWeights: selfWeights))
            return
        }
        // Directed: u -> v and v -> u become one edge weighing both.
        var sources: [Int32] = []
        var heads: [Int32] = []
        var arcWeights: [Double] = []
        for node in 0..<n {
            for arc in graph.outOffsets[node]..<graph.outOffsets[node + 1] {
                let target = Int(graph.outTargets[arc])
                if target == node { selfWeights[node] += graph.outWeights[arc]; continue }
                sources.append(Int32(node))
                heads.append(Int32(target))
                arcWeights.append(graph.outWeights[arc])
            }
        }
        let undirected = CompactGraph(nodeCount: n, sources: sources, targets: heads, weights: arcWeights, directed: false)
        var network = ModularityNetwork(undirected)
        network.selfWeights = selfWeights
        network.strengths = ModularityNetwork.strengths(offsets: network.offsets, weights: network.weights,
                                                         selfWeights: selfWeights)
        network.totalStrength = network.strengths.reduce(0, +)
        self = network
    }

    static func strengths(offsets: [Int], weights: [Double], selfWeights: [Double]) -> [Double] {
        selfWeights.indices.map { node in
            var total = 2 * selfWeights[node]
            for arc in offsets[node]..<offsets[node + 1] { total += weights[arc] }
            return total
        }
    }

    func modularity<Community: BinaryInteger>(of membership: [Community], resolution: Double) -> Double {
        guard totalStrength > 0 else { return 0 }
        let communityCount = Int(membership.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: communityCount)
        var strength = [Double](repeating: 0, count: communityCount)
        for node in 0..<nodeCount {
            let community = Int(membership[node])
            strength[community] += strengths[node]
            inside[community] += selfWeights[node]
            for arc in offsets[node]..<offsets[node + 1] where Int(membership[Int(targets[arc])]) == community {
                // Each inner edge is seen from both ends.
                inside[community] += weights[arc] / 2
            }
        }
        let m = totalStrength / 2
        var quality = 0.0
        for community in 0..<communityCount {
            let share = strength[community] / totalStrength
            quality += inside[community] / m - resolution * share * share
        }
        return quality
    }
}
