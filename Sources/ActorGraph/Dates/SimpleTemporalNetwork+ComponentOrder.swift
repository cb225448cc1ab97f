extension SimpleTemporalNetwork {
    /// The tightest bounds of a consistent network, found one strongly connected component
    /// of the constraint graph at a time in topological order; nil when the network may be
    /// contradictory (``solve()`` then searches the whole distance graph, which also finds
    /// each contradiction).
    ///
    /// Between components every arc is relaxed once, as in a directed acyclic graph; inside
    /// a component a queue-based Bellman-Ford search runs over its own arcs only, and gives up
    /// when a path grows longer than the component has points (the sign of a negative cycle).
    /// Components the bounds do not reach are searched from every point at distance 0 for
    /// such a cycle. A cycle through the bounds shows as a latest day before an earliest one.
    /// Narratives anchor later events on earlier ones, so most components hold one point or
    /// a few, and the whole costs little more than reading the arcs.
    func solvedInComponentOrder() -> Solution? {
        // A constraint of a point on itself below zero cannot hold; leave it to the full search.
        if constraints.contains(where: { $0.from == $0.to && $0.maxDifference < 0 }) { return nil }
        let graph = ConstraintGraph(network: self)
        let order = graph.componentsInTopologicalOrder()
        let components = order.components
        var latest = [Int64](repeating: ConstraintGraph.infinity, count: pointCount)
        var latestArc = [Int32](repeating: -1, count: pointCount)
        var earliestDistance = [Int64](repeating: ConstraintGraph.infinity, count: pointCount)
        var earliestArc = [Int32](repeating: -1, count: pointCount)
        for point in 0..<pointCount {
            if let bound = latestBounds[point] { latest[point] = Int64(bound); latestArc[point] = ConstraintGraph.ownBound }
            if let bound = earliestBounds[point] {
                earliestDistance[point] = -Int64(bound)
                earliestArc[point] = ConstraintGraph.ownBound
            }
        }
        var search = ComponentSearch(pointCount: pointCount)
        for component in components {
            guard search.relax(component, graph: graph, order: order, reversed: false, distance: &latest, arc: &latestArc)
            else { return nil }
        }
        for component in components.reversed() {
            guard search.relax(component, graph: graph, order: order, reversed: true, distance: &earliestDistance,
                               arc: &earliestArc) else { return nil }
        }
        // Components no bound reaches, either way: look for a negative cycle from every point.
        let unreached = components.filter { component in
            let point = Int(component[component.startIndex])
            return component.count > 1 && latest[point] == ConstraintGraph.infinity
                && earliestDistance[point] == ConstraintGraph.infinity
        }
        if !unreached.isEmpty {
            var fromEveryPoint = [Int64](repeating: ConstraintGraph.infinity, count: pointCount)
            var arcs = [Int32](repeating: -1, count: pointCount)
            for component in unreached { for point in component { fromEveryPoint[Int(point)] = 0 } }
            for component in unreached {
                guard search.relax(component, graph: graph, order: order, reversed: false, distance: &fromEveryPoint,
                                   arc: &arcs) else { return nil }
            }
        }
        var earliest = [Int?](repeating: nil, count: pointCount)
        var latestDay = [Int?](repeating: nil, count: pointCount)
        var earliestReason = [Reason?](repeating: nil, count: pointCount)
        var latestReason = [Reason?](repeating: nil, count: pointCount)
        for point in 0..<pointCount {
            if latest[point] != ConstraintGraph.infinity {
                latestDay[point] = Int(latest[point])
                latestReason[point] = latestArc[point] == ConstraintGraph.ownBound
                    ? .latestBound(point: point) : .constraint(Int(latestArc[point]))
            }
            if earliestDistance[point] != ConstraintGraph.infinity {
                earliest[point] = -Int(earliestDistance[point])
                earliestReason[point] = earliestArc[point] == ConstraintGraph.ownBound
                    ? .earliestBound(point: point) : .constraint(Int(earliestArc[point]))
            }
            // A latest day before the earliest: a negative cycle through the bounds.
            if let first = earliest[point], let last = latestDay[point], last < first { return nil }
        }
        return Solution(earliest: earliest, latest: latestDay, earliestReason: earliestReason,
                        latestReason: latestReason, network: self, contradictions: [])
    }
}

/// The constraint arcs of a network (no origin) in compressed rows, out of each point and
/// into each point.
private struct ConstraintGraph {
    static let infinity = Int64.max
    /// The arc number that stands for a point's own bound.
    static let ownBound: Int32 = -2

    let pointCount: Int
    let tails: [Int32]
    let heads: [Int32]
    let weights: [Int64]
    /// Arcs out of point p: `outArcs[outOffsets[p]..<outOffsets[p + 1]]`; likewise into.
    var outOffsets: [Int32]
    var outArcs: [Int32]
    var inOffsets: [Int32]
    var inArcs: [Int32]

    init(network: SimpleTemporalNetwork) {
        pointCount = network.pointCount
        tails = network.constraints.map { Int32($0.from) }
        heads = network.constraints.map { Int32($0.to) }
        weights = network.constraints.map { Int64($0.maxDifference) }
        (outOffsets, outArcs) = Self.rows(keys: tails, count: pointCount)
        (inOffsets, inArcs) = Self.rows(keys: heads, count: pointCount)
    }

    private static func rows(keys: [Int32], count: Int) -> ([Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for key in keys { offsets[Int(key) + 1] += 1 }
        for index in 0..<count { offsets[index + 1] += offsets[index] }
        var fill = offsets
        var arcs = [Int32](repeating: 0, count: keys.count)
        for (arc, key) in keys.enumerated() {
            arcs[Int(fill[Int(key)])] = Int32(arc)
            fill[Int(key)] += 1
        }
        return (offsets, arcs)
    }

    /// The strongly connected components (Tarjan's algorithm without recursion), each a
    /// range of ``ComponentOrder/members``, listed so that every arc between two of them goes
    /// from an earlier to a later one.
    func componentsInTopologicalOrder() -> ComponentOrder {
        var index = [Int32](repeating: -1, count: pointCount)
        var lowLink = [Int32](repeating: 0, count: pointCount)
        var onStack = [Bool](repeating: false, count: pointCount)
        var stack: [Int32] = []
        var component = [Int32](repeating: -1, count: pointCount)
        var emitted: [Int32] = []
        emitted.reserveCapacity(pointCount)
        var emittedEnds: [Int] = []
        var counter: Int32 = 0
        // Each frame: a point and the next of its arcs to look at.
        var frames: [(point: Int32, next: Int32)] = []
        for root in 0..<pointCount where index[root] < 0 {
            frames.append((Int32(root), outOffsets[root]))
            index[root] = counter; lowLink[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while let frame = frames.last {
                let point = Int(frame.point)
                if frame.next < outOffsets[point + 1] {
                    frames[frames.count - 1].next += 1
                    let next = Int(heads[Int(outArcs[Int(frame.next)])])
                    if index[next] < 0 {
                        index[next] = counter; lowLink[next] = counter; counter += 1
                        stack.append(Int32(next)); onStack[next] = true
                        frames.append((Int32(next), outOffsets[next]))
                    } else if onStack[next] {
                        lowLink[point] = min(lowLink[point], index[next])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { lowLink[Int(parent.point)] = min(lowLink[Int(parent.point)], lowLink[point]) }
                guard lowLink[point] == index[point] else { continue }
                let number = Int32(emittedEnds.count)
                while let member = stack.popLast() {
                    onStack[Int(member)] = false
                    component[Int(member)] = number
                    emitted.append(member)
                    if Int(member) == point { break }
                }
                emittedEnds.append(emitted.count)
            }
        }
        // Tarjan's algorithm emits a component after every component it reaches: reverse.
        var members: [Int32] = []
        members.reserveCapacity(pointCount)
        var ranges: [Range<Int32>] = []
        ranges.reserveCapacity(emittedEnds.count)
        var componentRank = [Int32](repeating: 0, count: emittedEnds.count)
        for number in stride(from: emittedEnds.count - 1, through: 0, by: -1) {
            let start = number == 0 ? 0 : emittedEnds[number - 1]
            let first = Int32(members.count)
            // Members in point order, so the search inside visits them as the network lists them.
            members.append(contentsOf: emitted[start..<emittedEnds[number]].sorted())
            componentRank[number] = Int32(ranges.count)
            ranges.append(first..<Int32(members.count))
        }
        return ComponentOrder(members: members, ranges: ranges,
                              componentOf: component.map { componentRank[Int($0)] })
    }
}

/// Components in topological order: ``ranges`` index ``members``; ``componentOf`` gives
/// each point's place in ``ranges``.
private struct ComponentOrder {
    let members: [Int32]
    let ranges: [Range<Int32>]
    let componentOf: [Int32]

    /// Each component's members.
    var components: [ArraySlice<Int32>] { ranges.map { members[Int($0.lowerBound)..<Int($0.upperBound)] } }
}

/// The queue and path lengths of the search inside one component, kept between components.
private struct ComponentSearch {
    private var queued: [Bool]
    private var pathLength: [Int32]
    private var queue: [Int32] = []

    init(pointCount: Int) {
        queued = [Bool](repeating: false, count: pointCount)
        pathLength = [Int32](repeating: 0, count: pointCount)
    }

    /// Shortest distances inside one component from what reached it, then one relaxation of
    /// each arc leaving it (`reversed`: arcs followed backwards, for distances to the bounds).
    /// False when a path inside grows longer than the component has points.
    mutating func relax(_ component: ArraySlice<Int32>, graph: ConstraintGraph, order: ComponentOrder, reversed: Bool,
                        distance: inout [Int64], arc: inout [Int32]) -> Bool {
        let number = order.componentOf[Int(component[component.startIndex])]
        let offsets = reversed ? graph.inOffsets : graph.outOffsets
        let arcs = reversed ? graph.inArcs : graph.outArcs
        let ends = reversed ? graph.tails : graph.heads
        if component.count == 1 {
            // One point: no arc inside it can shorten anything (a loop on itself aside).
            let point = Int(component[component.startIndex])
            let base = distance[point]
            guard base != ConstraintGraph.infinity else { return true }
            for index in Int(offsets[point])..<Int(offsets[point + 1]) {
                let arcNumber = Int(arcs[index])
                let next = Int(ends[arcNumber])
                let candidate = base + graph.weights[arcNumber]
                if next == point { if candidate < base { return false }; continue }
                if candidate < distance[next] { distance[next] = candidate; arc[next] = Int32(arcNumber) }
            }
            return true
        }
        queue.removeAll(keepingCapacity: true)
        for point in component where distance[Int(point)] != ConstraintGraph.infinity {
            queue.append(point); queued[Int(point)] = true; pathLength[Int(point)] = 0
        }
        var head = 0
        let limit = Int32(component.count)
        while head < queue.count {
            let point = Int(queue[head])
            head += 1
            queued[point] = false
            let base = distance[point]
            for index in Int(offsets[point])..<Int(offsets[point + 1]) {
                let arcNumber = Int(arcs[index])
                let next = Int(ends[arcNumber])
                let candidate = base + graph.weights[arcNumber]
                guard candidate < distance[next] else { continue }
                distance[next] = candidate
                arc[next] = Int32(arcNumber)
                guard order.componentOf[next] == number else { continue }
                pathLength[next] = pathLength[point] + 1
                if pathLength[next] >= limit { return false }
                if !queued[next] { queue.append(Int32(next)); queued[next] = true }
            }
            // Keep the queue short: drop what was read once half of it is.
            if head > 1_024 && head * 2 > queue.count { queue.removeFirst(head); head = 0 }
        }
        return true
    }
}
