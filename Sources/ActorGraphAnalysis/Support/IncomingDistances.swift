import ActorGraph

/// For every node `u`, what the shortest paths *into* `u` add up to: how many nodes reach it
/// (itself included), the sum of their distances to it, and the sum of the reciprocals of the
/// non-zero distances. Closeness and harmonic centrality read these, as NetworkX measures both
/// with incoming distances on directed graphs.
///
/// Unweighted graphs use multi-source breadth-first search (Then et al. 2014, "The more the
/// merrier: efficient multi-source graph traversal"): 64 searches advance together, one bit
/// each in a machine word per node, and per-level counts come from bit-sliced counters, so a
/// level costs one pass over the arcs for all 64. Weighted graphs use Dijkstra's algorithm with
/// the weights as lengths. Searches are independent, so the work spreads over all cores and the
/// result does not depend on the thread count.
struct IncomingDistanceSums {
    /// Nodes that reach each node, the node itself included.
    var reachedCounts: [Int]
    /// Sum of the distances from those nodes.
    var distanceSums: [Double]
    /// Sum of `1 / distance` over those nodes at a non-zero distance.
    var reciprocalSums: [Double]

    init(graph: CompactGraph, threadCount: Int?) {
        let nodeCount = graph.nodeCount
        let reached = SharedBuffer<Int>(count: nodeCount, repeating: 0)
        let distances = SharedBuffer<Double>(count: nodeCount, repeating: 0)
        let reciprocals = SharedBuffer<Double>(count: nodeCount, repeating: 0)
        let weighted = graph.isWeighted
        let batchCount = (nodeCount + 63) / 64
        let chunks = SourceChunks(count: weighted ? nodeCount : batchCount)
        GraphArrays.with(graph) { arrays in
            chunks.forEach(threadCount: threadCount) { chunk in
                if weighted {
                    IncomingDistanceSums.dijkstra(arrays, targets: chunks.ranges[chunk],
                                                  reached: reached, distances: distances, reciprocals: reciprocals)
                } else {
                    var search = MultiSourceSearch(graph: arrays)
                    for batch in chunks.ranges[chunk] {
                        let roots = (batch * 64)..<min(batch * 64 + 64, nodeCount)
                        search.run(roots: roots, reached: reached, distances: distances, reciprocals: reciprocals)
                    }
                }
            }
        }
        reachedCounts = reached.array
        distanceSums = distances.array
        reciprocalSums = reciprocals.array
    }

    private static func dijkstra(_ graph: GraphArrays, targets: Range<Int>, reached: borrowing SharedBuffer<Int>,
                                 distances: borrowing SharedBuffer<Double>, reciprocals: borrowing SharedBuffer<Double>) {
        let nodeCount = graph.nodeCount
        let distance = UnsafeMutablePointer<Double>.allocate(capacity: max(nodeCount, 1))
        distance.initialize(repeating: .infinity, count: max(nodeCount, 1))
        let settled = UnsafeMutablePointer<Bool>.allocate(capacity: max(nodeCount, 1))
        settled.initialize(repeating: false, count: max(nodeCount, 1))
        let order = UnsafeMutablePointer<Int32>.allocate(capacity: max(nodeCount, 1))
        var heap = RadixHeap()
        defer { distance.deallocate(); settled.deallocate(); order.deallocate() }
        for target in targets {
            distance[target] = 0
            heap.reset()
            heap.push(Int32(target), distance: 0)
            var settledCount = 0
            var distanceSum = 0.0
            var reciprocalSum = 0.0
            while !heap.isEmpty {
                let (popped, nodeDistance) = heap.popMinimum()
                let node = Int(popped)
                if settled[node] || nodeDistance > distance[node] { continue }
                settled[node] = true
                order[settledCount] = popped
                settledCount += 1
                distanceSum += nodeDistance
                if nodeDistance != 0 { reciprocalSum += 1 / nodeDistance }
                var arc = graph.inOffsets[node]
                let end = graph.inOffsets[node + 1]
                while arc < end {
                    let neighbor = Int(graph.inSources[arc])
                    let candidate = nodeDistance + graph.inWeights[arc]
                    if candidate < distance[neighbor] {
                        distance[neighbor] = candidate
                        heap.push(Int32(neighbor), distance: candidate)
                    }
                    arc += 1
                }
            }
            for index in 0..<settledCount {
                let node = Int(order[index])
                settled[node] = false
                distance[node] = .infinity
            }
            reached[target] = settledCount
            distances[target] = distanceSum
            reciprocals[target] = reciprocalSum
        }
    }
}

/// Up to 64 breadth-first searches along in-arcs, run together: bit `i` of a node's words
/// belongs to the search from root `i` of the batch.
///
/// A level either pushes from the frontier's nodes to their in-neighbors (small frontiers) or
/// pulls, for every node not yet reached by all searches, from its out-neighbors' frontier
/// words (large frontiers, the middle levels of small-world graphs).
///
/// The search owns its buffers: it cannot be copied, and frees them when it goes out of scope.
private struct MultiSourceSearch: ~Copyable {
    let graph: GraphArrays
    /// Searches that have reached each node.
    let seen: UnsafeMutablePointer<UInt64>
    /// Searches for which each node is on the current frontier.
    let frontier: UnsafeMutablePointer<UInt64>
    /// Searches that reach each node on the level being built.
    let fresh: UnsafeMutablePointer<UInt64>
    /// Nodes with a non-zero frontier word, and those of the level being built.
    let frontierList: UnsafeMutablePointer<Int32>
    let freshList: UnsafeMutablePointer<Int32>
    /// Bit-sliced counters: bit `i` of word `j` is bit `j` of search `i`'s count of new nodes.
    var counterSlices = [UInt64](repeating: 0, count: 64)

    init(graph: GraphArrays) {
        self.graph = graph
        let count = max(graph.nodeCount, 1)
        seen = .allocate(capacity: count)
        seen.initialize(repeating: 0, count: count)
        frontier = .allocate(capacity: count)
        frontier.initialize(repeating: 0, count: count)
        fresh = .allocate(capacity: count)
        fresh.initialize(repeating: 0, count: count)
        frontierList = .allocate(capacity: count)
        freshList = .allocate(capacity: count)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        fresh.deallocate()
        frontierList.deallocate()
        freshList.deallocate()
    }

    mutating func run(roots: Range<Int>, reached: borrowing SharedBuffer<Int>, distances: borrowing SharedBuffer<Double>,
                      reciprocals: borrowing SharedBuffer<Double>) {
        let nodeCount = graph.nodeCount
        let lanes = roots.count
        let everyLane: UInt64 = lanes == 64 ? ~0 : (1 << UInt64(lanes)) - 1
        let arcTotal = graph.outOffsets[nodeCount]
        var reachedCount = [Int](repeating: 1, count: lanes)
        var distanceSum = [Int](repeating: 0, count: lanes)
        var reciprocalSum = [Double](repeating: 0, count: lanes)
        var frontierCount = 0
        var frontierArcs = 0
        for (lane, root) in roots.enumerated() {
            seen[root] = 1 << UInt64(lane)
            frontier[root] = 1 << UInt64(lane)
            frontierList[frontierCount] = Int32(root)
            frontierCount += 1
            frontierArcs += graph.inOffsets[root + 1] - graph.inOffsets[root]
        }
        var level = 0
        while frontierCount > 0 {
            level += 1
            var freshCount = 0
            if frontierArcs * 4 < arcTotal {
                for index in 0..<frontierCount {
                    let node = Int(frontierList[index])
                    let word = frontier[node]
                    for arc in graph.inOffsets[node]..<graph.inOffsets[node + 1] {
                        let neighbor = Int(graph.inSources[arc])
                        let added = word & ~seen[neighbor]
                        if added == 0 { continue }
                        if fresh[neighbor] == 0 {
                            freshList[freshCount] = Int32(neighbor)
                            freshCount += 1
                        }
                        fresh[neighbor] |= added
                    }
                }
            } else {
                for node in 0..<nodeCount {
                    let known = seen[node]
                    if known == everyLane { continue }
                    var gathered: UInt64 = 0
                    var arc = graph.outOffsets[node]
                    let end = graph.outOffsets[node + 1]
                    while arc < end {
                        gathered |= frontier[Int(graph.outTargets[arc])]
                        arc += 1
                    }
                    let added = gathered & ~known
                    if added != 0 {
                        fresh[node] = added
                        freshList[freshCount] = Int32(node)
                        freshCount += 1
                    }
                }
            }
            for index in 0..<frontierCount { frontier[Int(frontierList[index])] = 0 }
            frontierArcs = 0
            counterSlices.withUnsafeMutableBufferPointer { slices in
                for index in 0..<freshCount {
                    let node = Int(freshList[index])
                    let added = fresh[node]
                    fresh[node] = 0
                    seen[node] |= added
                    frontier[node] = added
                    frontierList[index] = Int32(node)
                    frontierArcs += graph.inOffsets[node + 1] - graph.inOffsets[node]
                    // Add one to the counter of every search in `added`, carrying through slices.
                    var carry = added
                    var slice = 0
                    while carry != 0 {
                        let overflow = slices[slice] & carry
                        slices[slice] ^= carry
                        carry = overflow
                        slice += 1
                    }
                }
                if freshCount > 0 {
                    let reciprocal = 1 / Double(level)
                    for lane in 0..<lanes {
                        var count = 0
                        for slice in 0..<64 where slices[slice] != 0 {
                            count |= Int((slices[slice] >> UInt64(lane)) & 1) << slice
                        }
                        if count == 0 { continue }
                        reachedCount[lane] += count
                        distanceSum[lane] += count * level
                        reciprocalSum[lane] += Double(count) * reciprocal
                    }
                    for slice in 0..<64 { slices[slice] = 0 }
                }
            }
            frontierCount = freshCount
        }
        for (lane, root) in roots.enumerated() {
            reached[root] = reachedCount[lane]
            distances[root] = Double(distanceSum[lane])
            reciprocals[root] = reciprocalSum[lane]
        }
        // Every node reached by any search is cleared for the next batch.
        for node in 0..<nodeCount where seen[node] != 0 { seen[node] = 0 }
    }
}
