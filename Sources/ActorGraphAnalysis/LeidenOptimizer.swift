import Foundation

/// The working state of the Leiden algorithm on one graph: the three phases of Traag, Waltman &
/// van Eck (2019) on CSR graphs, with every scratch array allocated once, sized to the original
/// graph and indexed by node or community number, and reused across levels, passes and runs.
struct LeidenOptimizer {
    let network: ModularityNetwork
    let resolution: Double
    /// The randomness of refinement, in units of edge weight (igraph's `beta`, 0.01 by default,
    /// scaled by the mean edge weight so that scaling every weight changes nothing).
    let temperature: Double

    // Scratch indexed by community (or subcommunity) number.
    private var communityStrength: [Double]
    private var communitySize: [Int32]
    private var weightTo: [Double]
    private var seen: [Bool]
    private var emptyCommunities: [Int32]
    private var touched: [Int32]
    // Scratch indexed by node.
    private var queue: [Int32]
    private var queued: [Bool]
    private var renumbering: [Int32]
    private var usedNumbers: [Int32] = []
    // Refinement.
    private var subStrength: [Double]
    private var subSize: [Int32]
    private var subExternal: [Double]
    private var candidates: [Int32]
    private var candidateWeights: [Double]

    init(network: ModularityNetwork, resolution: Double, randomness: Double = 0.01) {
        self.network = network
        self.resolution = resolution
        let arcs = max(network.targets.count, 1)
        let meanWeight = network.weights.isEmpty ? 1 : network.weights.reduce(0, +) / Double(arcs)
        temperature = randomness * (meanWeight > 0 ? meanWeight : 1)
        let n = max(network.nodeCount, 1)
        communityStrength = [Double](repeating: 0, count: n)
        communitySize = [Int32](repeating: 0, count: n)
        weightTo = [Double](repeating: 0, count: n)
        seen = [Bool](repeating: false, count: n)
        emptyCommunities = []
        emptyCommunities.reserveCapacity(n)
        touched = []
        touched.reserveCapacity(n)
        queue = [Int32](repeating: 0, count: n)
        queued = [Bool](repeating: false, count: n)
        renumbering = [Int32](repeating: -1, count: n)
        subStrength = [Double](repeating: 0, count: n)
        subSize = [Int32](repeating: 0, count: n)
        subExternal = [Double](repeating: 0, count: n)
        candidates = []
        candidateWeights = []
    }

    /// One iteration of the Leiden algorithm over every level, from a partition of the original
    /// nodes (numbered compactly); returns the partition found, numbered compactly.
    mutating func iterate(from start: [Int32], random: inout LeidenRandom) -> [Int32] {
        var graph = network
        var membership = start
        var levelOfOriginal = (0..<Int32(network.nodeCount)).map { $0 }
        while true {
            let communityCount = moveNodes(graph, &membership, random: &random)
            if communityCount == graph.nodeCount { break }
            var (refined, refinedCount) = refine(graph, membership, communityCount: communityCount, random: &random)
            if refinedCount == graph.nodeCount {
                // Refinement merged nothing: aggregate by the communities themselves, so that
                // every level shrinks the graph.
                refined = membership
                refinedCount = communityCount
            }
            // The next level: one node per refined community, starting in its unrefined community.
            var parent = [Int32](repeating: 0, count: refinedCount)
            for node in 0..<graph.nodeCount { parent[Int(refined[node])] = membership[node] }
            graph = graph.aggregated(by: refined, count: refinedCount)
            for original in levelOfOriginal.indices {
                levelOfOriginal[original] = refined[Int(levelOfOriginal[original])]
            }
            membership = parent
        }
        var result = levelOfOriginal.map { membership[Int($0)] }
        _ = renumber(&result)
        return result
    }

    /// Fast local moving (Traag et al. 2019, Algorithm A.2): visit nodes from a queue, first in
    /// random order, move each to the neighbouring (or an empty) community of largest gain, and
    /// queue its neighbours left outside its new community. Returns the number of communities,
    /// `membership` renumbered compactly.
    mutating func moveNodes(_ graph: ModularityNetwork, _ membership: inout [Int32], random: inout LeidenRandom) -> Int {
        let n = graph.nodeCount
        guard n > 0 else { return 0 }
        let scale = resolution / graph.totalStrength
        for community in 0..<n {
            communityStrength[community] = 0
            communitySize[community] = 0
        }
        for node in 0..<n {
            communityStrength[Int(membership[node])] += graph.strengths[node]
            communitySize[Int(membership[node])] += 1
        }
        emptyCommunities.removeAll(keepingCapacity: true)
        for community in stride(from: n - 1, through: 0, by: -1) where communitySize[community] == 0 {
            emptyCommunities.append(Int32(community))
        }
        random.shuffle(into: &queue, count: n)
        for node in 0..<n { queued[node] = true }
        var head = 0
        var pending = n
        while pending > 0 {
            let node = Int(queue[head])
            head = head + 1 == n ? 0 : head + 1
            pending -= 1
            queued[node] = false
            let current = Int(membership[node])
            let strength = graph.strengths[node]
            communityStrength[current] -= strength
            communitySize[current] -= 1
            if communitySize[current] == 0 { emptyCommunities.append(Int32(current)) }
            for arc in graph.offsets[node]..<graph.offsets[node + 1] {
                let community = Int(membership[Int(graph.targets[arc])])
                if !seen[community] {
                    seen[community] = true
                    touched.append(Int32(community))
                }
                weightTo[community] += graph.weights[arc]
            }
            var best = current
            var bestGain = weightTo[current] - scale * strength * communityStrength[current]
            for community in touched {
                let community = Int(community)
                let gain = weightTo[community] - scale * strength * communityStrength[community]
                if gain > bestGain {
                    bestGain = gain
                    best = community
                }
            }
            if bestGain < 0 {
                // Alone is better than anywhere: an empty community (gain 0).
                best = Int(emptyCommunities[emptyCommunities.count - 1])
            }
            for community in touched {
                weightTo[Int(community)] = 0
                seen[Int(community)] = false
            }
            touched.removeAll(keepingCapacity: true)
            // An empty community chosen is the last one listed (the current one, just emptied,
            // or the one taken above).
            if communitySize[best] == 0 { emptyCommunities.removeLast() }
            membership[node] = Int32(best)
            communityStrength[best] += strength
            communitySize[best] += 1
            if best != current {
                for arc in graph.offsets[node]..<graph.offsets[node + 1] {
                    let neighbour = Int(graph.targets[arc])
                    if !queued[neighbour] && Int(membership[neighbour]) != best {
                        queued[neighbour] = true
                        var tail = head + pending
                        if tail >= n { tail -= n }
                        queue[tail] = Int32(neighbour)
                        pending += 1
                    }
                }
            }
        }
        return renumber(&membership)
    }

    /// Refinement (Algorithm A.3): inside each community, from singletons, every node still alone
    /// and well connected to its community joins a well-connected subcommunity of non-negative
    /// gain (or stays alone), drawn with probability ∝ exp(gain / temperature). Returns the
    /// refined partition, numbered compactly, and its size.
    mutating func refine(_ graph: ModularityNetwork, _ membership: [Int32], communityCount: Int,
                         random: inout LeidenRandom) -> ([Int32], Int) {
        let n = graph.nodeCount
        let scale = resolution / graph.totalStrength
        for community in 0..<communityCount { communityStrength[community] = 0 }
        var refined = [Int32](repeating: 0, count: n)
        for node in 0..<n {
            let community = membership[node]
            communityStrength[Int(community)] += graph.strengths[node]
            refined[node] = Int32(node)
            subStrength[node] = graph.strengths[node]
            subSize[node] = 1
            var inside = 0.0
            for arc in graph.offsets[node]..<graph.offsets[node + 1] where membership[Int(graph.targets[arc])] == community {
                inside += graph.weights[arc]
            }
            subExternal[node] = inside
        }
        random.shuffle(into: &queue, count: n)
        for index in 0..<n {
            let node = Int(queue[index])
            let own = Int(refined[node])
            guard subSize[own] == 1 else { continue }
            let community = membership[node]
            let strength = graph.strengths[node]
            let total = communityStrength[Int(community)]
            guard subExternal[own] >= scale * strength * (total - strength) else { continue }
            for arc in graph.offsets[node]..<graph.offsets[node + 1] {
                let neighbour = Int(graph.targets[arc])
                guard membership[neighbour] == community else { continue }
                let sub = Int(refined[neighbour])
                if !seen[sub] {
                    seen[sub] = true
                    touched.append(Int32(sub))
                }
                weightTo[sub] += graph.weights[arc]
            }
            // Staying alone has gain 0; every well-connected subcommunity of non-negative gain is
            // a candidate, weighted by exp((gain - largest) / temperature).
            candidates.removeAll(keepingCapacity: true)
            candidateWeights.removeAll(keepingCapacity: true)
            var largest = 0.0
            for sub in touched {
                let sub = Int(sub)
                guard sub != own,
                      subExternal[sub] >= scale * subStrength[sub] * (total - subStrength[sub]) else { continue }
                let gain = weightTo[sub] - scale * strength * subStrength[sub]
                if gain >= 0 {
                    candidates.append(Int32(sub))
                    candidateWeights.append(gain)
                    largest = max(largest, gain)
                }
            }
            if !candidates.isEmpty {
                var sum = exp(-largest / temperature)
                let stayWeight = sum
                for index in candidateWeights.indices {
                    candidateWeights[index] = exp((candidateWeights[index] - largest) / temperature)
                    sum += candidateWeights[index]
                }
                var pick = random.unitInterval() * sum - stayWeight
                var chosen = -1
                if pick >= 0 {
                    chosen = Int(candidates[candidates.count - 1])
                    for index in candidates.indices {
                        pick -= candidateWeights[index]
                        if pick < 0 {
                            chosen = Int(candidates[index])
                            break
                        }
                    }
                }
                if chosen >= 0 {
                    refined[node] = Int32(chosen)
                    subExternal[chosen] += subExternal[own] - 2 * weightTo[chosen]
                    subStrength[chosen] += strength
                    subSize[chosen] += 1
                    subSize[own] = 0
                }
            }
            for sub in touched {
                weightTo[Int(sub)] = 0
                seen[Int(sub)] = false
            }
            touched.removeAll(keepingCapacity: true)
        }
        let count = renumber(&refined)
        return (refined, count)
    }

    /// Renumbers communities 0, 1, ... in order of first appearance; returns how many there are.
    mutating func renumber(_ membership: inout [Int32]) -> Int {
        var count: Int32 = 0
        for node in membership.indices {
            let community = Int(membership[node])
            if renumbering[community] < 0 {
                renumbering[community] = count
                usedNumbers.append(Int32(community))
                count += 1
            }
            membership[node] = renumbering[community]
        }
        for community in usedNumbers { renumbering[Int(community)] = -1 }
        usedNumbers.removeAll(keepingCapacity: true)
        return Int(count)
    }
}

extension ModularityNetwork {
    /// The graph with one node per group (`group` numbered `0..<count`): edge weights add up,
    /// edges inside a group become its self-loop.
    func aggregated(by group: [Int32], count: Int) -> ModularityNetwork {
        // Members of each group, by counting sort.
        var start = [Int](repeating: 0, count: count + 1)
        for node in 0..<nodeCount { start[Int(group[node]) + 1] += 1 }
        for index in 0..<count { start[index + 1] += start[index] }
        var members = [Int32](repeating: 0, count: nodeCount)
        var fill = start
        for node in 0..<nodeCount {
            members[fill[Int(group[node])]] = Int32(node)
            fill[Int(group[node])] += 1
        }
        var offsets = [Int](repeating: 0, count: count + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double] = []
        newTargets.reserveCapacity(targets.count / 2)
        newWeights.reserveCapacity(targets.count / 2)
        var newSelfWeights = [Double](repeating: 0, count: count)
        var newStrengths = [Double](repeating: 0, count: count)
        var weightTo = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched: [Int32] = []
        for target in 0..<count {
            for member in members[start[target]..<start[target + 1]] {
                let node = Int(member)
                newStrengths[target] += strengths[node]
                newSelfWeights[target] += selfWeights[node]
                for arc in arcs(of: node) {
                    let other = Int(group[Int(targets[arc])])
                    if other == target {
                        newSelfWeights[target] += weights[arc] / 2
                        continue
                    }
                    if !seen[other] {
                        seen[other] = true
                        touched.append(Int32(other))
                    }
                    weightTo[other] += weights[arc]
                }
            }
            for other in touched {
                newTargets.append(other)
                newWeights.append(weightTo[Int(other)])
                weightTo[Int(other)] = 0
                seen[Int(other)] = false
            }
            touched.removeAll(keepingCapacity: true)
            offsets[target + 1] = newTargets.count
        }
        var result = ModularityNetwork(nodeCount: count, offsets: offsets, targets: newTargets, weights: newWeights,
                                       selfWeights: newSelfWeights, strengths: newStrengths)
        result.totalStrength = totalStrength
        return result
    }

    /// The arcs of `node`.
    func arcs(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }

    /// The partition with every community split into its connected pieces, numbered in order of
    /// first node.
    func connectedPieces(_ membership: [Int32]) -> [Int32] {
        var piece = [Int32](repeating: -1, count: nodeCount)
        var count: Int32 = 0
        var stack: [Int] = []
        for start in 0..<nodeCount where piece[start] < 0 {
            piece[start] = count
            stack.append(start)
            while let node = stack.popLast() {
                for arc in arcs(of: node) {
                    let other = Int(targets[arc])
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
