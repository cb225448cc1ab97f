import Foundation

/// The working state of the Leiden algorithm on one graph: the three phases of Traag, Waltman &
/// van Eck (2019) on CSR graphs, with every scratch buffer allocated once, sized to the original
/// graph, indexed by node or community number, and reused across levels and iterations.
///
/// The hot loops read and write raw buffers (no bounds or uniqueness checks); the optimizer
/// owns them: it cannot be copied, and frees them when it goes out of scope.
struct LeidenOptimizer: ~Copyable {
    let network: ModularityNetwork
    let resolution: Double
    /// The randomness of refinement, in units of edge weight (igraph's `beta`, 0.01 by default,
    /// scaled by the mean edge weight so that scaling every weight changes nothing).
    let temperature: Double

    // Scratch indexed by community (or subcommunity) number.
    private let communityStrength: SharedBuffer<Double>
    private let communitySize: SharedBuffer<Int32>
    private let weightTo: SharedBuffer<Double>
    private let seen: SharedBuffer<Bool>
    /// A stack of the empty communities.
    private let emptyCommunities: SharedBuffer<Int32>
    /// The communities met around one node.
    private let touched: SharedBuffer<Int32>
    private let renumbering: SharedBuffer<Int32>
    // Scratch indexed by node.
    private let queue: SharedBuffer<Int32>
    private let queued: SharedBuffer<Bool>
    // Refinement, indexed by subcommunity.
    private let subStrength: SharedBuffer<Double>
    private let subSize: SharedBuffer<Int32>
    private let subExternal: SharedBuffer<Double>
    private let candidates: SharedBuffer<Int32>
    private let candidateWeights: SharedBuffer<Double>

    init(network: ModularityNetwork, resolution: Double, randomness: Double = 0.01) {
        self.network = network
        self.resolution = resolution
        let arcs = max(network.targets.count, 1)
        let meanWeight = network.weights.isEmpty ? 1 : network.weights.reduce(0, +) / Double(arcs)
        temperature = randomness * (meanWeight > 0 ? meanWeight : 1)
        let n = max(network.nodeCount, 1)
        communityStrength = SharedBuffer(count: n, repeating: 0)
        communitySize = SharedBuffer(count: n, repeating: 0)
        weightTo = SharedBuffer(count: n, repeating: 0)
        seen = SharedBuffer(count: n, repeating: false)
        emptyCommunities = SharedBuffer(count: n, repeating: 0)
        touched = SharedBuffer(count: n, repeating: 0)
        renumbering = SharedBuffer(count: n, repeating: -1)
        queue = SharedBuffer(count: n, repeating: 0)
        queued = SharedBuffer(count: n, repeating: false)
        subStrength = SharedBuffer(count: n, repeating: 0)
        subSize = SharedBuffer(count: n, repeating: 0)
        subExternal = SharedBuffer(count: n, repeating: 0)
        candidates = SharedBuffer(count: n, repeating: 0)
        candidateWeights = SharedBuffer(count: n, repeating: 0)
    }

    /// One run from singletons: iterations until one moves no node, one raises the modularity by
    /// no more than `tolerance` times its value (with a tolerance above 0), or `maxPasses` of
    /// them; returns the partition found, each community connected, numbered in order of first
    /// node.
    func run(seed: UInt64, maxPasses: Int, tolerance: Double) -> [Int32] {
        var random = LeidenRandom(state: seed)
        var membership = (0..<Int32(network.nodeCount)).map { $0 }
        var quality = network.modularity(of: membership, resolution: resolution)
        for _ in 0..<max(maxPasses, 1) {
            let (next, moved) = iterate(from: membership, random: &random)
            membership = next
            if !moved { break }
            if tolerance > 0 {
                let previous = quality
                quality = network.modularity(of: membership, resolution: resolution)
                if quality - previous <= tolerance * abs(quality) { break }
            }
        }
        // Leiden's communities are connected; splitting any piece left over only raises modularity.
        return connectedPieces(of: membership)
    }

    /// The partition with every community split into its connected pieces, numbered in order of
    /// first node: a depth-first search over the original graph's raw arrays, its stack in the
    /// queue's buffer (each node is pushed once).
    func connectedPieces(of membership: [Int32]) -> [Int32] {
        let n = network.nodeCount
        guard n > 0 else { return [] }
        let stack = queue.base
        return [Int32](unsafeUninitializedCapacity: n) { piece, initialized in
            let piece = piece.baseAddress!
            piece.initialize(repeating: -1, count: n)
            network.withArrays { graph in
                membership.withUnsafeBufferPointer { membership in
                    var count: Int32 = 0
                    for start in 0..<n where piece[start] < 0 {
                        let community = membership[start]
                        piece[start] = count
                        stack[0] = Int32(start)
                        var height = 1
                        while height > 0 {
                            height -= 1
                            let node = Int(stack[height])
                            for arc in graph.offsets[node]..<graph.offsets[node + 1] {
                                let other = Int(graph.targets[arc])
                                if piece[other] < 0 && membership[other] == community {
                                    piece[other] = count
                                    stack[height] = Int32(other)
                                    height += 1
                                }
                            }
                        }
                        count += 1
                    }
                }
            }
            initialized = n
        }
    }

    /// One iteration of the Leiden algorithm over every level, from a partition of the original
    /// nodes (numbered compactly); returns the partition found, numbered compactly, and whether
    /// local moving moved any node (when none moved, the partition is the one it started from).
    func iterate(from start: [Int32], random: inout LeidenRandom) -> (membership: [Int32], moved: Bool) {
        guard network.nodeCount > 0 else { return (start, false) }
        var graph = network
        var membership = start
        var refined = [Int32](repeating: 0, count: network.nodeCount)
        var levelOfOriginal = (0..<Int32(network.nodeCount)).map { $0 }
        var moved = false
        while true {
            let (communityCount, levelMoved) = graph.withArrays { arrays in
                membership.withUnsafeMutableBufferPointer { moveNodes(arrays, $0.baseAddress!, random: &random) }
            }
            moved = moved || levelMoved
            if communityCount == graph.nodeCount { break }
            var refinedCount = graph.withArrays { arrays in
                membership.withUnsafeBufferPointer { membership in
                    refined.withUnsafeMutableBufferPointer { refined in
                        refine(arrays, membership.baseAddress!, into: refined.baseAddress!, random: &random)
                    }
                }
            }
            if refinedCount == graph.nodeCount {
                // Refinement merged nothing: aggregate by the communities themselves, so that
                // every level shrinks the graph.
                for node in 0..<graph.nodeCount { refined[node] = membership[node] }
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
        _ = result.withUnsafeMutableBufferPointer { renumber($0.baseAddress!, count: $0.count) }
        return (result, moved)
    }

    /// Fast local moving (Traag et al. 2019, Algorithm A.2): visit nodes from a queue, first in
    /// random order, move each to the neighbouring (or an empty) community of largest gain, and
    /// queue its neighbours left outside its new community. Returns the number of communities,
    /// `membership` renumbered compactly, and whether any node moved.
    func moveNodes(_ graph: LevelArrays, _ membership: UnsafeMutablePointer<Int32>,
                   random: inout LeidenRandom) -> (communityCount: Int, moved: Bool) {
        let n = graph.nodeCount
        guard n > 0 else { return (0, false) }
        let scale = resolution / network.totalStrength
        let communityStrength = self.communityStrength.base, communitySize = self.communitySize.base
        let weightTo = self.weightTo.base, seen = self.seen.base, touched = self.touched.base
        let emptyCommunities = self.emptyCommunities.base
        let queue = self.queue.base, queued = self.queued.base
        let offsets = graph.offsets, targets = graph.targets, weights = graph.weights, strengths = graph.strengths
        communityStrength.update(repeating: 0, count: n)
        communitySize.update(repeating: 0, count: n)
        for node in 0..<n {
            communityStrength[Int(membership[node])] += strengths[node]
            communitySize[Int(membership[node])] += 1
        }
        var emptyCount = 0
        for community in stride(from: n - 1, through: 0, by: -1) where communitySize[community] == 0 {
            emptyCommunities[emptyCount] = Int32(community)
            emptyCount += 1
        }
        random.shuffle(queue, count: n)
        queued.update(repeating: true, count: n)
        var head = 0
        var pending = n
        var moved = false
        while pending > 0 {
            let node = Int(queue[head])
            head = head + 1 == n ? 0 : head + 1
            pending -= 1
            queued[node] = false
            let current = Int(membership[node])
            let strength = strengths[node]
            communityStrength[current] -= strength
            communitySize[current] -= 1
            if communitySize[current] == 0 {
                emptyCommunities[emptyCount] = Int32(current)
                emptyCount += 1
            }
            var touchedCount = 0
            let arcs = offsets[node]..<offsets[node + 1]
            for arc in arcs {
                let community = Int(membership[Int(targets[arc])])
                if !seen[community] {
                    seen[community] = true
                    touched[touchedCount] = Int32(community)
                    touchedCount += 1
                }
                weightTo[community] += weights[arc]
            }
            let scaledStrength = scale * strength
            var best = current
            var bestGain = weightTo[current] - scaledStrength * communityStrength[current]
            for index in 0..<touchedCount {
                let community = Int(touched[index])
                let gain = weightTo[community] - scaledStrength * communityStrength[community]
                if gain > bestGain {
                    bestGain = gain
                    best = community
                }
                weightTo[community] = 0
                seen[community] = false
            }
            if bestGain < 0 {
                // Alone is better than anywhere: an empty community (gain 0).
                best = Int(emptyCommunities[emptyCount - 1])
            }
            // An empty community chosen is the last one listed (the current one, just emptied,
            // or the one taken above).
            if communitySize[best] == 0 { emptyCount -= 1 }
            communityStrength[best] += strength
            communitySize[best] += 1
            if best != current {
                moved = true
                membership[node] = Int32(best)
                for arc in arcs {
                    let neighbour = Int(targets[arc])
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
        return (renumber(membership, count: n), moved)
    }

    /// Refinement (Algorithm A.3): inside each community, from singletons, every node still alone
    /// and well connected to its community joins a well-connected subcommunity of non-negative
    /// gain (or stays alone), drawn with probability ∝ exp(gain / temperature). Writes the
    /// refined partition, numbered compactly, into `refined`; returns its size.
    func refine(_ graph: LevelArrays, _ membership: UnsafePointer<Int32>, into refined: UnsafeMutablePointer<Int32>,
                random: inout LeidenRandom) -> Int {
        let n = graph.nodeCount
        let scale = resolution / network.totalStrength
        let communityStrength = self.communityStrength.base
        let weightTo = self.weightTo.base, seen = self.seen.base, touched = self.touched.base
        let queue = self.queue.base
        let subStrength = self.subStrength.base, subSize = self.subSize.base, subExternal = self.subExternal.base
        let candidates = self.candidates.base, candidateWeights = self.candidateWeights.base
        let offsets = graph.offsets, targets = graph.targets, weights = graph.weights, strengths = graph.strengths
        communityStrength.update(repeating: 0, count: n)
        for node in 0..<n {
            let community = membership[node]
            communityStrength[Int(community)] += strengths[node]
            refined[node] = Int32(node)
            subStrength[node] = strengths[node]
            subSize[node] = 1
            var inside = 0.0
            for arc in offsets[node]..<offsets[node + 1] where membership[Int(targets[arc])] == community {
                inside += weights[arc]
            }
            subExternal[node] = inside
        }
        random.shuffle(queue, count: n)
        for index in 0..<n {
            let node = Int(queue[index])
            let own = Int(refined[node])
            guard subSize[own] == 1 else { continue }
            let community = membership[node]
            let strength = strengths[node]
            let total = communityStrength[Int(community)]
            guard subExternal[own] >= scale * strength * (total - strength) else { continue }
            var touchedCount = 0
            for arc in offsets[node]..<offsets[node + 1] {
                let neighbour = Int(targets[arc])
                guard membership[neighbour] == community else { continue }
                let sub = Int(refined[neighbour])
                if !seen[sub] {
                    seen[sub] = true
                    touched[touchedCount] = Int32(sub)
                    touchedCount += 1
                }
                weightTo[sub] += weights[arc]
            }
            // Staying alone has gain 0; every well-connected subcommunity of non-negative gain is
            // a candidate, weighted by exp((gain - largest) / temperature).
            var candidateCount = 0
            var largest = 0.0
            for index in 0..<touchedCount {
                let sub = Int(touched[index])
                guard sub != own,
                      subExternal[sub] >= scale * subStrength[sub] * (total - subStrength[sub]) else { continue }
                let gain = weightTo[sub] - scale * strength * subStrength[sub]
                if gain >= 0 {
                    candidates[candidateCount] = Int32(sub)
                    candidateWeights[candidateCount] = gain
                    candidateCount += 1
                    largest = max(largest, gain)
                }
            }
            if candidateCount > 0 {
                var sum = exp(-largest / temperature)
                let stayWeight = sum
                for index in 0..<candidateCount {
                    candidateWeights[index] = exp((candidateWeights[index] - largest) / temperature)
                    sum += candidateWeights[index]
                }
                var pick = random.unitInterval() * sum - stayWeight
                var chosen = -1
                if pick >= 0 {
                    chosen = Int(candidates[candidateCount - 1])
                    for index in 0..<candidateCount {
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
            for index in 0..<touchedCount {
                weightTo[Int(touched[index])] = 0
                seen[Int(touched[index])] = false
            }
        }
        return renumber(refined, count: n)
    }

    /// Renumbers the communities of `membership[0..<count]` 0, 1, ... in order of first
    /// appearance; returns how many there are.
    func renumber(_ membership: UnsafeMutablePointer<Int32>, count: Int) -> Int {
        let renumbering = self.renumbering.base
        renumbering.update(repeating: -1, count: count)
        var communityCount: Int32 = 0
        for node in 0..<count {
            let community = Int(membership[node])
            if renumbering[community] < 0 {
                renumbering[community] = communityCount
                communityCount += 1
            }
            membership[node] = renumbering[community]
        }
        return Int(communityCount)
    }
}
