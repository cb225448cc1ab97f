import ActorGraph
import Foundation

/// A partition of a graph's nodes into communities.
public struct Communities: Sendable {
    /// The node labels (actor ids).
    public let labels: [String]
    /// Each node's community, numbered from 0 in order of each community's first node.
    public let membership: [Int]
    /// The modularity of the partition at the resolution it was sought with.
    public let modularity: Double
    /// The resolution γ.
    public let resolution: Double

    /// The communities as lists of node numbers, ascending, in community order.
    public var groups: [[Int]] {
        var groups = [[Int]](repeating: [], count: (membership.max() ?? -1) + 1)
        for (node, community) in membership.enumerated() { groups[community].append(node) }
        return groups
    }
}

extension CompactGraph {
    /// Communities by the Leiden algorithm, maximizing modularity at resolution γ.
    ///
    /// Follows Traag, Waltman & van Eck 2019 ("From Louvain to Leiden: guaranteeing well-connected
    /// communities", *Scientific Reports* 9: 5233), with the quality of ``modularity(of:resolution:)``
    /// (NetworkX's `modularity`): fast local moving of nodes through a queue; refinement of each
    /// community from singletons, merging only nodes and subcommunities well connected to the
    /// community (each node joins a subcommunity drawn with probability ∝ exp(ΔQ / θ), θ = 0.01);
    /// aggregation by the refined partition, the unrefined one starting the next level. The
    /// passes repeat from the partition found until one changes nothing. Every community is
    /// connected (a community left in pieces would be split, which only raises modularity).
    /// A directed graph is read as undirected, as ``modularity(of:resolution:)`` reads it.
    ///
    /// The algorithm runs `runs` times from singletons, each with its own random node orders,
    /// and keeps the partition of highest modularity (the first on a tie). The orders come from
    /// `seed` alone and the work runs on one thread, so a seed always gives the same partition.
    ///
    /// Complexity: O(m) per local-moving sweep, a few sweeps per level, O(log n) levels typically.
    ///
    /// ```swift
    /// // Two triangles joined by one edge.
    /// let graph = CompactGraph(nodeCount: 6, sources: [0, 1, 2, 3, 4, 5, 2], targets: [1, 2, 0, 4, 5, 3, 3],
    ///                          directed: false)
    /// graph.leidenCommunities().membership   // [0, 0, 0, 1, 1, 1], modularity 0.357142...
    /// ```
    public func leidenCommunities(resolution: Double = 1, seed: UInt64 = 0, runs: Int = 10,
                                  maxPasses: Int = 100) -> Communities {
        let network = ModularityNetwork(self)
        var random = LeidenRandom(state: seed)
        var bestMembership = Array(0..<nodeCount)
        var bestQuality = network.modularity(of: bestMembership, resolution: resolution)
        for _ in 0..<max(runs, 1) {
            var runRandom = LeidenRandom(state: random.next())
            var membership = Array(0..<nodeCount)
            var quality = network.modularity(of: membership, resolution: resolution)
            for _ in 0..<max(maxPasses, 1) {
                let next = LeidenPass.connectedPieces(network, LeidenPass(network: network, resolution: resolution)
                    .run(from: membership, random: &runRandom))
                let nextQuality = network.modularity(of: next, resolution: resolution)
                if next == membership || nextQuality <= quality { break }
                membership = next
                quality = nextQuality
            }
            if quality > bestQuality {
                bestQuality = quality
                bestMembership = membership
            }
        }
        return Communities(labels: labels, membership: bestMembership, modularity: bestQuality, resolution: resolution)
    }
}

/// SplitMix64: a small, fast generator whose stream depends on the seed alone.
struct LeidenRandom {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly shuffled `0..<count`.
    mutating func permutation(_ count: Int) -> [Int32] {
        var order = (0..<count).map(Int32.init)
        if count < 2 { return order }
        for index in stride(from: count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            order.swapAt(index, other)
        }
        return order
    }
}

/// One pass of the Leiden algorithm over every level, from a partition of the original nodes.
struct LeidenPass {
    let network: ModularityNetwork
    let resolution: Double

    func run(from start: [Int], random: inout LeidenRandom) -> [Int] {
        var graph = network
        // The community of every node of the current level, and the current-level node of every
        // original node.
        var membership = LeidenPass.compacted(start)
        var levelOfOriginal = Array(0..<network.nodeCount)
        while true {
            let moved = localMoving(graph, LeidenPass.compacted(membership), random: &random)
            membership = moved
            let communityCount = (membership.max() ?? -1) + 1
            if communityCount == graph.nodeCount { break }
            var refined = refine(graph, membership, random: &random)
            var refinedCount = (refined.max() ?? -1) + 1
            if refinedCount == graph.nodeCount {
                // Refinement merged nothing: aggregate by the communities themselves (a Louvain
                // step), so that every level shrinks the graph; pieces are split at the end.
                refined = membership
                refinedCount = communityCount
            }
            // The next level: one node per refined community, starting in its unrefined community.
            var parent = [Int](repeating: 0, count: refinedCount)
            for node in 0..<graph.nodeCount { parent[refined[node]] = membership[node] }
            graph = LeidenPass.aggregate(graph, by: refined, count: refinedCount)
            for original in levelOfOriginal.indices { levelOfOriginal[original] = refined[levelOfOriginal[original]] }
            membership = parent
        }
        return LeidenPass.compacted(levelOfOriginal.map { membership[$0] })
    }

    /// Fast local moving (Traag et al. 2019, Algorithm A.2): visit nodes from a queue in random
    /// order, move each to the neighbouring (or an empty) community of largest gain, and queue
    /// the neighbours left outside its new community.
    func localMoving(_ graph: ModularityNetwork, _ initial: [Int], random: inout LeidenRandom) -> [Int] {
        let n = graph.nodeCount
        var membership = initial
        var communityStrength = [Double](repeating: 0, count: n)
        var communitySize = [Int](repeating: 0, count: n)
        for node in 0..<n {
            communityStrength[membership[node]] += graph.strengths[node]
            communitySize[membership[node]] += 1
        }
        var empty: [Int] = (0..<n).filter { communitySize[$0] == 0 }.reversed()
        let scale = resolution / graph.totalStrength
        var queue = random.permutation(n)
        var head = 0
        var queued = [Bool](repeating: true, count: n)
        var weightTo = [Double](repeating: 0, count: n)
        var neighbourCommunities: [Int] = []
        while head < queue.count {
            let node = Int(queue[head])
            head += 1
            if head > 4 * n && head > queue.count / 2 {
                queue.removeFirst(head)
                head = 0
            }
            queued[node] = false
            let current = membership[node]
            let strength = graph.strengths[node]
            // Take the node out of its community.
            communityStrength[current] -= strength
            communitySize[current] -= 1
            if communitySize[current] == 0 { empty.append(current) }
            for arc in graph.offsets[node]..<graph.offsets[node + 1] {
                let community = membership[Int(graph.targets[arc])]
                if weightTo[community] == 0 { neighbourCommunities.append(community) }
                weightTo[community] += graph.weights[arc]
            }
            var bestCommunity = current
            var bestGain = weightTo[current] - scale * strength * communityStrength[current]
            for community in neighbourCommunities where community != current {
                let gain = weightTo[community] - scale * strength * communityStrength[community]
                if gain > bestGain { bestGain = gain; bestCommunity = community }
            }
            if bestGain < 0, let alone = empty.last {
                bestCommunity = alone
                bestGain = 0
            }
            for community in neighbourCommunities { weightTo[community] = 0 }
            weightTo[current] = 0
            neighbourCommunities.removeAll(keepingCapacity: true)
            if communitySize[bestCommunity] == 0, let last = empty.last, last == bestCommunity { empty.removeLast() }
            else if communitySize[bestCommunity] == 0 { empty.removeAll { $0 == bestCommunity } }
            membership[node] = bestCommunity
            communityStrength[bestCommunity] += strength
            communitySize[bestCommunity] += 1
            if bestCommunity != current {
                for arc in graph.offsets[node]..<graph.offsets[node + 1] {
                    let neighbour = Int(graph.targets[arc])
                    if !queued[neighbour] && membership[neighbour] != bestCommunity {
                        queued[neighbour] = true
                        queue.append(Int32(neighbour))
                    }
                }
            }
        }
        return LeidenPass.compacted(membership)
    }

    /// Refinement (Algorithm A.3): inside each community, from singletons, merge every
    /// still-single node well connected to its community into a well-connected subcommunity of
    /// non-negative gain, drawn with probability ∝ exp(ΔQ / 0.01).
    func refine(_ graph: ModularityNetwork, _ membership: [Int], random: inout LeidenRandom) -> [Int] {
        let n = graph.nodeCount
        let scale = resolution / graph.totalStrength
        var refined = Array(0..<n)
        var subStrength = graph.strengths
        var subSize = [Int](repeating: 1, count: n)
        // Weight from each subcommunity to the rest of its community.
        var subOutside = [Double](repeating: 0, count: n)
        var communityStrength = [Double](repeating: 0, count: n)
        for node in 0..<n {
            communityStrength[membership[node]] += graph.strengths[node]
            for arc in graph.offsets[node]..<graph.offsets[node + 1] where membership[Int(graph.targets[arc])] == membership[node] {
                subOutside[node] += graph.weights[arc]
            }
        }
        var weightTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var candidates: [(sub: Int, gain: Double)] = []
        for node in random.permutation(n).map(Int.init) {
            guard subSize[refined[node]] == 1 else { continue }
            let community = membership[node]
            let strength = graph.strengths[node]
            let total = communityStrength[community]
            guard subOutside[node] >= scale * strength * (total - strength) else { continue }
            for arc in graph.offsets[node]..<graph.offsets[node + 1] {
                let neighbour = Int(graph.targets[arc])
                guard membership[neighbour] == community else { continue }
                let sub = refined[neighbour]
                if weightTo[sub] == 0 { touched.append(sub) }
                weightTo[sub] += graph.weights[arc]
            }
            // Among the well-connected subcommunities of non-negative gain, pick one at random
            // with probability proportional to exp(ΔQ / θ), θ = 0.01 (Traag et al.'s randomness).
            candidates.removeAll(keepingCapacity: true)
            var largest = 0.0
            for sub in touched where sub != refined[node] {
                guard subOutside[sub] >= scale * subStrength[sub] * (total - subStrength[sub]) else { continue }
                let gain = weightTo[sub] - scale * strength * subStrength[sub]
                if gain >= 0 {
                    candidates.append((sub, gain))
                    largest = max(largest, gain)
                }
            }
            var bestSub = -1
            if !candidates.isEmpty {
                let temperature = 0.01 * graph.totalStrength / 2
                var total = 0.0
                for index in candidates.indices {
                    candidates[index].gain = exp((candidates[index].gain - largest) / temperature)
                    total += candidates[index].gain
                }
                var pick = Double(random.next() >> 11) / Double(1 << 53) * total
                bestSub = candidates[candidates.count - 1].sub
                for candidate in candidates {
                    pick -= candidate.gain
                    if pick < 0 { bestSub = candidate.sub; break }
                }
            }
            if bestSub >= 0 {
                let own = refined[node]
                refined[node] = bestSub
                subOutside[bestSub] += subOutside[own] - 2 * weightTo[bestSub]
                subStrength[bestSub] += strength
                subSize[bestSub] += 1
                subSize[own] = 0
            }
            for sub in touched { weightTo[sub] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return LeidenPass.compacted(refined)
    }

    /// The graph with one node per group: edge weights add up, inner edges become self-loops.
    static func aggregate(_ graph: ModularityNetwork, by group: [Int], count: Int) -> ModularityNetwork {
        var members = [[Int32]](repeating: [], count: count)
        for node in 0..<graph.nodeCount { members[group[node]].append(Int32(node)) }
        var offsets = [Int](repeating: 0, count: count + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        var selfWeights = [Double](repeating: 0, count: count)
        var strengths = [Double](repeating: 0, count: count)
        var weightTo = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched: [Int] = []
        for target in 0..<count {
            for member in members[target] {
                let node = Int(member)
                strengths[target] += graph.strengths[node]
                selfWeights[target] += graph.selfWeights[node]
                for arc in graph.offsets[node]..<graph.offsets[node + 1] {
                    let other = group[Int(graph.targets[arc])]
                    if other == target { selfWeights[target] += graph.weights[arc] / 2; continue }
                    if !seen[other] { seen[other] = true; touched.append(other) }
                    weightTo[other] += graph.weights[arc]
                }
            }
            touched.sort()
            for other in touched {
                targets.append(Int32(other))
                weights.append(weightTo[other])
                weightTo[other] = 0
                seen[other] = false
            }
            touched.removeAll(keepingCapacity: true)
            offsets[target + 1] = targets.count
        }
        var result = ModularityNetwork(nodeCount: count, offsets: offsets, targets: targets, weights: weights,
                                       selfWeights: selfWeights, strengths: strengths)
        result.totalStrength = graph.totalStrength
        return result
    }

    /// Community numbers renumbered 0, 1, ... in order of first appearance.
    static func compacted(_ membership: [Int]) -> [Int] {
        var number = [Int: Int]()
        return membership.map { community in
            if let known = number[community] { return known }
            number[community] = number.count
            return number.count - 1
        }
    }

    /// The partition with every community split into its connected pieces, numbered in order
    /// of first node.
    static func connectedPieces(_ graph: ModularityNetwork, _ membership: [Int]) -> [Int] {
        let n = graph.nodeCount
        var piece = [Int](repeating: -1, count: n)
        var count = 0
        var stack: [Int] = []
        for start in 0..<n where piece[start] < 0 {
            piece[start] = count
            stack.append(start)
            while let node = stack.popLast() {
                for arc in graph.offsets[node]..<graph.offsets[node + 1] {
                    let other = Int(graph.targets[arc])
                    if piece[other] < 0 && membership[other] == membership[start] {
                        piece[other] = count
                        stack.append(other)
                    }
                }
            }
            count += 1
        }
        return piece
    }
}
