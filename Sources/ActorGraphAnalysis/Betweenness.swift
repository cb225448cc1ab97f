import ActorGraph

extension CompactGraph {
    /// Betweenness centrality: for each node `v`, the sum over pairs `(s, t)` of the fraction
    /// of shortest `s`-`t` paths that pass through `v`.
    ///
    /// Follows NetworkX's `betweenness_centrality(G, normalized=True, weight=..., endpoints=False)`
    /// (Brandes 2001, "A faster algorithm for betweenness centrality"): breadth-first search on
    /// an unweighted graph, Dijkstra's algorithm on a weighted one with the weights as lengths.
    ///
    /// - `normalized`: divide by the number of pairs that could pass through a node,
    ///   `(n - 1)(n - 2)` (`n(n - 1)` with `endpoints`); unnormalized values count each unordered
    ///   pair once in an undirected graph, each ordered pair in a directed one.
    /// - `endpoints`: count the ends of each path as on it.
    /// - `threadCount`: the sources are split into chunks that depend only on the node count;
    ///   each chunk sums into its own array and the arrays are added in chunk order, so the
    ///   result is bit-for-bit the same with any number of threads (all cores when nil).
    ///
    /// Complexity: O(n m) time unweighted, O(n m log n) weighted; O(n + m) memory per chunk.
    ///
    /// ```swift
    /// // The path 0 - 1 - 2: only 1 lies between two others.
    /// let path = CompactGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: false)
    /// try path.betweennessCentrality()   // [0.0, 1.0, 0.0]
    /// ```
    ///
    /// - Throws: ``CentralityError/invalidArgument(_:)`` when a weight is negative or not a number.
    ///
    /// Zero-length edges: a node counts as a predecessor of another at the same distance only
    /// when Dijkstra settled it first, so paths never run in circles.
    public func betweennessCentrality(normalized: Bool = true, endpoints: Bool = false,
                                      threadCount: Int? = nil) throws(CentralityError) -> [Double] {
        try requireLengths(for: "betweenness")
        let nodeCount = self.nodeCount
        if nodeCount == 0 { return [] }
        let chunks = SourceChunks(count: nodeCount, bytesPerChunk: nodeCount * MemoryLayout<Double>.size)
        let partials = SharedBuffer<Double>(count: chunks.ranges.count * nodeCount, repeating: 0)
        let weighted = isWeighted
        let arcCount = self.arcCount
        GraphArrays.with(self) { arrays in
            chunks.forEach(threadCount: threadCount) { chunk in
                var search = BrandesSearch(nodeCount: nodeCount, arcCount: arcCount, weighted: weighted)
                let total = partials.base + chunk * nodeCount
                for source in chunks.ranges[chunk] {
                    search.accumulate(from: source, in: arrays, weighted: weighted, endpoints: endpoints, into: total)
                }
            }
        }
        var result = [Double](repeating: 0, count: nodeCount)
        // Read through the buffer itself (not a pointer taken from it), so that it lives to the last read.
        for chunk in chunks.ranges.indices {
            let offset = chunk * nodeCount
            for node in 0..<nodeCount { result[node] += partials[offset + node] }
        }
        let scale = BetweennessScale.factor(nodeCount: nodeCount, normalized: normalized,
                                            directed: isDirected, endpoints: endpoints)
        if scale != 1 { for node in 0..<nodeCount { result[node] *= scale } }
        return result
    }
}

/// NetworkX's `_rescale` for betweenness computed from every source.
enum BetweennessScale {
    static func factor(nodeCount: Int, normalized: Bool, directed: Bool, endpoints: Bool) -> Double {
        // Pairs (s, t), s != t, whose paths may pass through a node: t may not be the node itself
        // unless endpoints count.
        let pairs = Double(endpoints ? nodeCount : nodeCount - 1)
        if pairs < 2 { return 1 }
        if normalized { return 1 / (pairs * (pairs - 1)) }
        return directed ? 1 : 0.5
    }
}

/// One source's shortest-path search and dependency accumulation (Brandes), with scratch
/// arrays reused from source to source. The search owns them: it cannot be copied, and frees
/// them when it goes out of scope.
struct BrandesSearch: ~Copyable {
    /// Breadth-first level, or -1 when unreached (unweighted search).
    private let level: UnsafeMutablePointer<Int32>
    /// Distance from the source (weighted search); +infinity when unreached.
    private let distance: UnsafeMutablePointer<Double>
    /// Position in settle order, or -1 when unreached (weighted search).
    private let rank: UnsafeMutablePointer<Int32>
    /// Number of shortest paths from the source.
    private let pathCount: UnsafeMutablePointer<Double>
    /// (1 + dependency) / pathCount of each settled node, read by its predecessors.
    private let coefficient: UnsafeMutablePointer<Double>
    /// Nodes in the order they were reached (BFS queue, then the stack for accumulation).
    private let order: UnsafeMutablePointer<Int32>
    /// The heads of the shortest-path DAG's arcs (candidates, when weighted), grouped by tail in visiting order.
    private let dagTargets: UnsafeMutablePointer<Int32>
    /// The distance each recorded arc reached its head at (weighted).
    private let dagDistances: UnsafeMutablePointer<Double>
    /// Where the DAG arcs of the i-th visited node end in ``dagTargets``.
    private let dagEnds: UnsafeMutablePointer<Int32>
    private var heap = RadixHeap()
    private let capacity: Int

    init(nodeCount: Int, arcCount: Int, weighted: Bool) {
        capacity = max(nodeCount, 1)
        level = .allocate(capacity: capacity)
        level.initialize(repeating: -1, count: capacity)
        distance = .allocate(capacity: weighted ? capacity : 1)
        distance.initialize(repeating: .infinity, count: weighted ? capacity : 1)
        rank = .allocate(capacity: weighted ? capacity : 1)
        rank.initialize(repeating: -1, count: weighted ? capacity : 1)
        pathCount = .allocate(capacity: capacity)
        pathCount.initialize(repeating: 0, count: capacity)
        coefficient = .allocate(capacity: capacity)
        coefficient.initialize(repeating: 0, count: capacity)
        // One spare slot: the branch-free search writes past the last reached node.
        order = .allocate(capacity: capacity + 1)
        dagTargets = .allocate(capacity: arcCount + 1)
        dagDistances = .allocate(capacity: weighted ? arcCount + 1 : 1)
        dagEnds = .allocate(capacity: capacity)
    }

    deinit {
        level.deallocate()
        distance.deallocate()
        rank.deallocate()
        pathCount.deallocate()
        coefficient.deallocate()
        order.deallocate()
        dagTargets.deallocate()
        dagDistances.deallocate()
        dagEnds.deallocate()
    }

    /// Adds the dependencies of every node on `source` to `total`.
    mutating func accumulate(from source: Int, in graph: GraphArrays, weighted: Bool, endpoints: Bool,
                             into total: UnsafeMutablePointer<Double>) {
        if weighted {
            accumulateWeighted(from: source, in: graph, endpoints: endpoints, into: total)
        } else {
            accumulateUnweighted(from: source, in: graph, endpoints: endpoints, into: total)
        }
    }

    /// Breadth-first Brandes step. The search records, node by node in visiting order, the arcs
    /// that lie on shortest paths (the shortest-path DAG), so path counts and dependencies then
    /// run over those arcs alone, without testing levels again.
    private func accumulateUnweighted(from source: Int, in graph: GraphArrays, endpoints: Bool,
                                      into total: UnsafeMutablePointer<Double>) {
        let offsets = graph.outOffsets
        let targets = graph.outTargets
        level[source] = 0
        order[0] = Int32(source)
        var head = 0
        var tail = 1
        var dagCount = 0
        // Branch-free inner loop: on small-world graphs whether a neighbor is new, on the next
        // level or behind is a coin toss, and mispredicted branches cost more than the
        // unconditional stores (each store may land one past the end; the arrays have room).
        while head < tail {
            let node = Int(order[head])
            let next = level[node] &+ 1
            var arc = offsets[node]
            let end = offsets[node + 1]
            while arc < end {
                let neighbor = Int(targets[arc])
                let neighborLevel = level[neighbor]
                let isNew = neighborLevel < 0
                level[neighbor] = isNew ? next : neighborLevel
                order[tail] = Int32(truncatingIfNeeded: neighbor)
                tail &+= isNew ? 1 : 0
                dagTargets[dagCount] = Int32(truncatingIfNeeded: neighbor)
                dagCount &+= (isNew || neighborLevel == next) ? 1 : 0
                arc += 1
            }
            dagEnds[head] = Int32(truncatingIfNeeded: dagCount)
            head += 1
        }
        accumulateDependencies(from: source, reached: tail, endpoints: endpoints, into: total) { _, _ in true }
        for index in 0..<tail {
            let node = Int(order[index])
            level[node] = -1
            pathCount[node] = 0
            coefficient[node] = 0
        }
    }

    /// Dijkstra Brandes step. While a node is scanned, each arc that reaches its head at a
    /// distance no longer than known so far is recorded with that distance: these are the only
    /// arcs that can end up on the shortest-path DAG (an arc is looked at once, when its tail is
    /// settled). Afterwards an arc is on the DAG exactly when its recorded distance is its head's
    /// final distance, so path counts and dependencies run over the recorded arcs alone.
    private mutating func accumulateWeighted(from source: Int, in graph: GraphArrays, endpoints: Bool,
                                             into total: UnsafeMutablePointer<Double>) {
        let offsets = graph.outOffsets
        let targets = graph.outTargets
        let weights = graph.outWeights
        distance[source] = 0
        heap.reset()
        heap.push(Int32(source), distance: 0)
        var settledCount = 0
        var dagCount = 0
        while !heap.isEmpty {
            let (popped, nodeDistance) = heap.popMinimum()
            let node = Int(popped)
            // A node pushed again with a shorter distance leaves stale entries behind.
            if rank[node] >= 0 || nodeDistance > distance[node] { continue }
            rank[node] = Int32(settledCount)
            order[settledCount] = popped
            var arc = offsets[node]
            let end = offsets[node + 1]
            while arc < end {
                let neighbor = Int(targets[arc])
                let candidate = nodeDistance + weights[arc]
                let known = distance[neighbor]
                // Equal distances count only towards nodes not yet settled (zero-length arcs).
                let onPath = candidate < known || (candidate == known && rank[neighbor] < 0)
                dagTargets[dagCount] = Int32(truncatingIfNeeded: neighbor)
                dagDistances[dagCount] = candidate
                dagCount &+= onPath ? 1 : 0
                if candidate < known {
                    distance[neighbor] = candidate
                    heap.push(Int32(neighbor), distance: candidate)
                }
                arc += 1
            }
            dagEnds[settledCount] = Int32(truncatingIfNeeded: dagCount)
            settledCount += 1
        }
        // A recorded arc is on the DAG when it kept its distance.
        accumulateDependencies(from: source, reached: settledCount, endpoints: endpoints, into: total) { position, head in
            distance[head] == dagDistances[position]
        }
        for index in 0..<settledCount {
            let node = Int(order[index])
            distance[node] = .infinity
            rank[node] = -1
            pathCount[node] = 0
            coefficient[node] = 0
        }
    }

    /// Brandes' two passes over the recorded arcs of the `reached` nodes in ``order``: path
    /// counts pushed along the shortest-path DAG in visiting order (a node's count is final
    /// before it is pushed: every predecessor came earlier), then dependencies in reverse,
    /// delta(v) = sigma(v) * sum over DAG successors w of (1 + delta(w)) / sigma(w), added to
    /// `total`. `isOnDAG(position, head)` tells whether the recorded arc at `position` lies on
    /// a shortest path; inlined, so the unweighted search pays nothing for the test.
    @inline(__always)
    private func accumulateDependencies(from source: Int, reached: Int, endpoints: Bool,
                                        into total: UnsafeMutablePointer<Double>,
                                        isOnDAG: (_ position: Int, _ head: Int) -> Bool) {
        pathCount[source] = 1
        var dagStart = 0
        for index in 0..<reached {
            let paths = pathCount[Int(order[index])]
            let dagEnd = Int(dagEnds[index])
            var position = dagStart
            while position < dagEnd {
                let head = Int(dagTargets[position])
                pathCount[head] += isOnDAG(position, head) ? paths : 0
                position += 1
            }
            dagStart = dagEnd
        }
        var index = reached - 1
        while index >= 0 {
            let node = Int(order[index])
            let dagEnd = Int(dagEnds[index])
            var position = index == 0 ? 0 : Int(dagEnds[index - 1])
            var sum = 0.0
            while position < dagEnd {
                let head = Int(dagTargets[position])
                let value = coefficient[head]
                sum += isOnDAG(position, head) ? value : 0
                position += 1
            }
            let paths = pathCount[node]
            let dependency = paths * sum
            coefficient[node] = (1 + dependency) / paths
            if node != source { total[node] += endpoints ? dependency + 1 : dependency }
            index -= 1
        }
        if endpoints { total[source] += Double(reached - 1) }
    }
}
