/// A simple temporal network (Dechter, Meiri & Pearl, "Temporal constraint networks",
/// Artificial Intelligence 49, 1991) over days: time points, each with optional absolute
/// bounds, and difference constraints `point[to] - point[from] <= maxDifference`.
///
/// ``solve()`` finds the tightest earliest and latest day of every point, or every
/// contradiction. The network is its distance graph plus an origin node: a latest bound b
/// on p is an arc origin -> p of weight b, an earliest bound a an arc p -> origin of weight
/// -a, and a constraint an arc from -> to. A point's latest day is then the shortest
/// distance from the origin, its earliest day minus the shortest distance to it, and a
/// contradiction is a cycle of negative weight. A consistent network is solved one strongly
/// connected component of its constraints at a time, in topological order
/// (``solvedInComponentOrder()``): near-linear time on narratives, whose later events anchor
/// on earlier ones. When that search meets a sign of a contradiction, the whole distance
/// graph is searched by a queue-based Bellman-Ford search (SPFA) that checks its
/// predecessor graph for a cycle after every n relaxations, so each contradiction is found
/// and reported (O(n·m) in the worst case).
///
/// ```swift
/// var network = SimpleTemporalNetwork(pointCount: 2)
/// network.bound(0, earliest: 10, latest: 10)          // a meeting on day 10
/// network.addConstraint(from: 1, to: 0, maxDifference: -1)   // point 1 after it
/// network.addConstraint(from: 0, to: 1, maxDifference: 7)    // ... within 7 days
/// let solution = network.solve()
/// solution.earliest[1], solution.latest[1]               // 11, 17
/// ```
public struct SimpleTemporalNetwork: Sendable {
    /// `point[to] - point[from] <= maxDifference`, in days, as ``addConstraint(from:to:maxDifference:)``
    /// adds it.
    public struct Constraint: Hashable, Sendable {
        /// The point subtracted.
        public var from: Int
        /// The point bounded.
        public var to: Int
        /// The largest allowed difference.
        public var maxDifference: Int
    }

    /// What fixes a bound or takes part in a contradiction.
    public enum Reason: Hashable, Sendable {
        /// The point's own earliest bound.
        case earliestBound(point: Int)
        /// The point's own latest bound.
        case latestBound(point: Int)
        /// A constraint, by its index in ``constraints``.
        case constraint(Int)
    }

    /// The number of time points.
    public let pointCount: Int
    /// Each point's own earliest bound, nil when unbounded.
    public private(set) var earliestBounds: [Int?]
    /// Each point's own latest bound, nil when unbounded.
    public private(set) var latestBounds: [Int?]
    /// The difference constraints, in the order added.
    public private(set) var constraints: [Constraint] = []

    /// Creates a network of unbounded points and no constraints.
    public init(pointCount: Int) {
        self.pointCount = pointCount
        earliestBounds = Array(repeating: nil, count: pointCount)
        latestBounds = Array(repeating: nil, count: pointCount)
    }

    /// Narrows a point's own bounds (nil leaves a side as it is).
    public mutating func bound(_ point: Int, earliest: Int?, latest: Int?) {
        if let earliest { earliestBounds[point] = max(earliestBounds[point] ?? earliest, earliest) }
        if let latest { latestBounds[point] = min(latestBounds[point] ?? latest, latest) }
    }

    /// Makes room for `count` constraints in all, so that adding them does not reallocate.
    public mutating func reserveConstraintCapacity(_ count: Int) {
        constraints.reserveCapacity(count)
    }

    /// Adds `point[to] - point[from] <= maxDifference` and returns its index.
    @discardableResult
    public mutating func addConstraint(from: Int, to: Int, maxDifference: Int) -> Int {
        constraints.append(Constraint(from: from, to: to, maxDifference: maxDifference))
        return constraints.count - 1
    }

    /// The tightest bounds of every point, or the contradictions when there is no solution.
    public func solve() -> Solution {
        solvedInComponentOrder() ?? solvedOverTheDistanceGraph()
    }

    /// The bounds or the contradictions, by shortest paths over the whole distance graph.
    func solvedOverTheDistanceGraph() -> Solution {
        let graph = DistanceGraph(network: self)
        let contradictions = graph.negativeCycles(limit: 100)
        if !contradictions.isEmpty {
            return Solution(earliest: [], latest: [], earliestReason: [], latestReason: [], network: self,
                            contradictions: contradictions.map { $0.map(graph.reason(ofArc:)) })
        }
        let forward = graph.shortestPaths(reversed: false)
        let backward = graph.shortestPaths(reversed: true)
        var earliest = [Int?](repeating: nil, count: pointCount)
        var latest = [Int?](repeating: nil, count: pointCount)
        var earliestReason = [Reason?](repeating: nil, count: pointCount)
        var latestReason = [Reason?](repeating: nil, count: pointCount)
        for point in 0..<pointCount {
            if forward.distance[point] != DistanceGraph.infinity {
                latest[point] = Int(forward.distance[point])
                latestReason[point] = graph.reason(ofArc: Int(forward.predecessorArc[point]))
            }
            if backward.distance[point] != DistanceGraph.infinity {
                earliest[point] = -Int(backward.distance[point])
                earliestReason[point] = graph.reason(ofArc: Int(backward.predecessorArc[point]))
            }
        }
        return Solution(earliest: earliest, latest: latest, earliestReason: earliestReason,
                        latestReason: latestReason, network: self, contradictions: [])
    }

    /// The solved bounds of a network, or its contradictions.
    public struct Solution: Sendable {
        /// Each point's earliest day, nil when unbounded (empty when contradictory).
        public let earliest: [Int?]
        /// Each point's latest day, nil when unbounded (empty when contradictory).
        public let latest: [Int?]
        /// What fixes each earliest day: the point's own bound, or a constraint whose `to`
        /// point's earliest day, minus its difference, gives it.
        public let earliestReason: [Reason?]
        /// What fixes each latest day: the point's own bound, or a constraint whose `from`
        /// point's latest day, plus its difference, gives it.
        public let latestReason: [Reason?]
        let network: SimpleTemporalNetwork
        /// Each negative cycle found: the bounds and constraints that cannot hold together.
        public let contradictions: [[Reason]]

        /// Whether the network has a solution.
        public var isConsistent: Bool { contradictions.isEmpty }

        /// The chain that fixes a point's earliest day, from the point to an absolute bound;
        /// empty when unbounded.
        public func earliestChain(of point: Int) -> [Reason] {
            chain(from: point, reasons: earliestReason) { network.constraints[$0].to }
        }

        /// The chain that fixes a point's latest day, from the point to an absolute bound;
        /// empty when unbounded.
        public func latestChain(of point: Int) -> [Reason] {
            chain(from: point, reasons: latestReason) { network.constraints[$0].from }
        }

        private func chain(from point: Int, reasons: [Reason?], next: (Int) -> Int) -> [Reason] {
            var result: [Reason] = []
            var current = point
            while reasons.indices.contains(current), let reason = reasons[current], result.count <= reasons.count {
                result.append(reason)
                guard case let .constraint(index) = reason else { break }
                current = next(index)
            }
            return result
        }
    }
}

/// The distance graph of a network in compressed rows, forward and reversed, with the
/// origin as node `pointCount`.
private struct DistanceGraph {
    static let infinity = Int64.max

    let nodeCount: Int
    let origin: Int
    let constraintCount: Int
    let pointCount: Int
    /// Arc endpoints and weights, by arc id: constraints first, then latest bounds
    /// (origin -> p), then earliest bounds (p -> origin).
    var tails: [Int32] = []
    var heads: [Int32] = []
    var weights: [Int64] = []
    var boundPoints: [Int32] = []

    init(network: SimpleTemporalNetwork) {
        pointCount = network.pointCount
        nodeCount = pointCount + 1
        origin = pointCount
        constraintCount = network.constraints.count
        for constraint in network.constraints {
            tails.append(Int32(constraint.from))
            heads.append(Int32(constraint.to))
            weights.append(Int64(constraint.maxDifference))
            boundPoints.append(-1)
        }
        for (point, latest) in network.latestBounds.enumerated() {
            guard let latest else { continue }
            tails.append(Int32(origin)); heads.append(Int32(point)); weights.append(Int64(latest)); boundPoints.append(Int32(point))
        }
        latestBoundEnd = tails.count
        for (point, earliest) in network.earliestBounds.enumerated() {
            guard let earliest else { continue }
            tails.append(Int32(point)); heads.append(Int32(origin)); weights.append(-Int64(earliest)); boundPoints.append(Int32(point))
        }
    }

    private(set) var latestBoundEnd = 0

    func reason(ofArc arc: Int) -> SimpleTemporalNetwork.Reason {
        if arc < constraintCount { return .constraint(arc) }
        return arc < latestBoundEnd ? .latestBound(point: Int(boundPoints[arc])) : .earliestBound(point: Int(boundPoints[arc]))
    }

    /// Outgoing arcs by node, over the arcs `enabled` allows, following arcs backwards when
    /// `reversed`.
    private func rows(reversed: Bool, enabled: [Bool]?) -> (offsets: [Int32], arcs: [Int32]) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        let sources = reversed ? heads : tails
        for arc in 0..<tails.count where enabled?[arc] ?? true { offsets[Int(sources[arc]) + 1] += 1 }
        for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
        var fill = offsets
        var arcs = [Int32](repeating: 0, count: Int(offsets[nodeCount]))
        for arc in 0..<tails.count where enabled?[arc] ?? true {
            let node = Int(sources[arc])
            arcs[Int(fill[node])] = Int32(arc)
            fill[node] += 1
        }
        return (offsets, arcs)
    }

    struct Search {
        var distance: [Int64]
        var predecessorArc: [Int32]
        var negativeCycle: [Int]?
    }

    /// Shortest distances from the origin (to it, when `reversed`), in a network already
    /// found free of negative cycles.
    func shortestPaths(reversed: Bool) -> Search {
        run(rows: rows(reversed: reversed, enabled: nil), reversed: reversed, fromEveryNode: false, watchForCycles: false)
    }

    /// Up to `limit` negative cycles, each as its arcs in order; a found cycle's arcs are set
    /// aside and the search runs again, so that separate contradictions are all reported.
    func negativeCycles(limit: Int) -> [[Int]] {
        var enabled = [Bool](repeating: true, count: tails.count)
        var cycles: [[Int]] = []
        while cycles.count < limit {
            let search = run(rows: rows(reversed: false, enabled: enabled), reversed: false, fromEveryNode: true,
                             watchForCycles: true)
            guard let cycle = search.negativeCycle else { break }
            cycles.append(cycle)
            for arc in cycle { enabled[arc] = false }
        }
        return cycles
    }

    /// Queue-based Bellman-Ford. From every node at distance 0 (a virtual source) when
    /// `fromEveryNode`, else from the origin. With `watchForCycles` the predecessor graph is
    /// checked for a cycle every n relaxations (without a negative cycle the search ends on
    /// its own, so a search over a consistent network need not look).
    private func run(rows: (offsets: [Int32], arcs: [Int32]), reversed: Bool, fromEveryNode: Bool,
                     watchForCycles: Bool) -> Search {
        var distance = [Int64](repeating: fromEveryNode ? 0 : Self.infinity, count: nodeCount)
        var predecessorArc = [Int32](repeating: -1, count: nodeCount)
        var queued = [Bool](repeating: false, count: nodeCount)
        var queue = RingQueue(capacity: nodeCount)
        if fromEveryNode {
            for node in 0..<nodeCount { queue.push(Int32(node)); queued[node] = true }
        } else {
            distance[origin] = 0
            queue.push(Int32(origin))
            queued[origin] = true
        }
        let pullFrom = reversed ? tails : heads
        var relaxations = 0
        while let node32 = queue.pop() {
            let node = Int(node32)
            queued[node] = false
            let base = distance[node]
            for index in Int(rows.offsets[node])..<Int(rows.offsets[node + 1]) {
                let arc = Int(rows.arcs[index])
                let next = Int(pullFrom[arc])
                let candidate = base + weights[arc]
                guard candidate < distance[next] else { continue }
                distance[next] = candidate
                predecessorArc[next] = Int32(arc)
                if !queued[next] { queue.push(Int32(next)); queued[next] = true }
                relaxations += 1
                if watchForCycles, relaxations % nodeCount == 0, let cycle = predecessorCycle(predecessorArc, reversed: reversed) {
                    return Search(distance: distance, predecessorArc: predecessorArc, negativeCycle: cycle)
                }
            }
        }
        return Search(distance: distance, predecessorArc: predecessorArc,
                      negativeCycle: watchForCycles ? predecessorCycle(predecessorArc, reversed: reversed) : nil)
    }

    /// A cycle in the predecessor graph (which, in a Bellman-Ford search, has negative
    /// weight), as arcs in their forward order.
    private func predecessorCycle(_ predecessorArc: [Int32], reversed: Bool) -> [Int]? {
        let parentOf = reversed ? heads : tails
        var walk = [Int32](repeating: -1, count: nodeCount)
        for start in 0..<nodeCount where walk[start] == -1 {
            var node = start
            while node >= 0, walk[node] == -1 {
                walk[node] = Int32(start)
                let arc = predecessorArc[node]
                node = arc < 0 ? -1 : Int(parentOf[Int(arc)])
            }
            guard node >= 0, walk[node] == Int32(start) else { continue }
            var cycle: [Int] = []
            var member = node
            repeat {
                let arc = Int(predecessorArc[member])
                cycle.append(arc)
                member = Int(parentOf[arc])
            } while member != node
            return reversed ? cycle : cycle.reversed()
        }
        return nil
    }
}

/// A fixed-capacity FIFO queue of node numbers; a node is in it at most once.
private struct RingQueue {
    private var storage: [Int32]
    private var head = 0
    private var count = 0

    init(capacity: Int) {
        storage = [Int32](repeating: 0, count: max(capacity, 1))
    }

    mutating func push(_ value: Int32) {
        storage[(head + count) % storage.count] = value
        count += 1
    }

    mutating func pop() -> Int32? {
        guard count > 0 else { return nil }
        let value = storage[head]
        head = (head + 1) % storage.count
        count -= 1
        return value
    }
}
