import Testing
@testable import ActorGraph

/// A random network over days 0...5 whose every point is bounded to that range, so that
/// every assignment can be enumerated.
private func randomNetwork(_ generator: inout SplitMix64) -> SimpleTemporalNetwork {
    let pointCount = Int.random(in: 1...4, using: &generator)
    var network = SimpleTemporalNetwork(pointCount: pointCount)
    for point in 0..<pointCount {
        let low = Int.random(in: 0...5, using: &generator)
        let high = Int.random(in: 0...5, using: &generator)
        // Mostly consistent own bounds, sometimes an empty one.
        let swapped = Int.random(in: 0..<8, using: &generator) == 0
        network.bound(point, earliest: swapped ? max(low, high) : min(low, high),
                      latest: swapped ? min(low, high) : max(low, high))
        if Int.random(in: 0..<3, using: &generator) == 0 { network.bound(point, earliest: 0, latest: 5) }
    }
    for _ in 0..<Int.random(in: 0...6, using: &generator) {
        network.addConstraint(from: Int.random(in: 0..<pointCount, using: &generator),
                              to: Int.random(in: 0..<pointCount, using: &generator),
                              maxDifference: Int.random(in: -4...4, using: &generator))
    }
    return network
}

/// Every assignment of days 0...5 that satisfies the network, by enumeration.
private func satisfyingAssignments(_ network: SimpleTemporalNetwork) -> [[Int]] {
    var result: [[Int]] = []
    var assignment = [Int](repeating: 0, count: network.pointCount)
    func holds() -> Bool {
        for point in 0..<network.pointCount {
            if let earliest = network.earliestBounds[point], assignment[point] < earliest { return false }
            if let latest = network.latestBounds[point], assignment[point] > latest { return false }
        }
        return network.constraints.allSatisfy { assignment[$0.to] - assignment[$0.from] <= $0.maxDifference }
    }
    func fill(_ point: Int) {
        if point == network.pointCount {
            if holds() { result.append(assignment) }
            return
        }
        for day in 0...5 {
            assignment[point] = day
            fill(point + 1)
        }
    }
    fill(0)
    return result
}

/// The weight a reason adds to a path in the distance graph.
private func weight(of reason: SimpleTemporalNetwork.Reason, in network: SimpleTemporalNetwork) -> Int {
    switch reason {
    case let .earliestBound(point): return -network.earliestBounds[point]!
    case let .latestBound(point): return network.latestBounds[point]!
    case let .constraint(index): return network.constraints[index].maxDifference
    }
}

/// The arc of a reason in the distance graph, with the origin as node -1.
private func arc(of reason: SimpleTemporalNetwork.Reason, in network: SimpleTemporalNetwork) -> (from: Int, to: Int) {
    switch reason {
    case let .earliestBound(point): return (point, -1)
    case let .latestBound(point): return (-1, point)
    case let .constraint(index): return (network.constraints[index].from, network.constraints[index].to)
    }
}

@Test func solvedBoundsEqualTheExtremesOfEveryEnumeratedAssignment() {
    var generator = SplitMix64(state: 2001)
    var consistentCases = 0
    var contradictoryCases = 0
    for _ in 0..<3_000 {
        let network = randomNetwork(&generator)
        let solution = network.solve()
        let assignments = satisfyingAssignments(network)
        #expect(solution.isConsistent == !assignments.isEmpty, "\(network.constraints) \(network.earliestBounds) \(network.latestBounds)")
        guard solution.isConsistent, !assignments.isEmpty else {
            contradictoryCases += 1
            continue
        }
        consistentCases += 1
        for point in 0..<network.pointCount {
            #expect(solution.earliest[point] == assignments.map { $0[point] }.min())
            #expect(solution.latest[point] == assignments.map { $0[point] }.max())
        }
    }
    // Both outcomes are exercised.
    #expect(consistentCases > 500)
    #expect(contradictoryCases > 500)
}

@Test func everyBoundIsExplainedByAChainThatAddsUpToIt() {
    var generator = SplitMix64(state: 1991)
    for _ in 0..<2_000 {
        let network = randomNetwork(&generator)
        let solution = network.solve()
        guard solution.isConsistent else { continue }
        for point in 0..<network.pointCount {
            let latestChain = solution.latestChain(of: point)
            #expect(latestChain.last.map { if case .latestBound = $0 { true } else { false } } == true)
            #expect(latestChain.map { weight(of: $0, in: network) }.reduce(0, +) == solution.latest[point])
            // The chain runs back from the point to the origin, arc by arc.
            var node = point
            for reason in latestChain {
                let (from, to) = arc(of: reason, in: network)
                #expect(to == node)
                node = from
            }
            #expect(node == -1)
            let earliestChain = solution.earliestChain(of: point)
            #expect(-earliestChain.map { weight(of: $0, in: network) }.reduce(0, +) == solution.earliest[point])
            node = point
            for reason in earliestChain {
                let (from, to) = arc(of: reason, in: network)
                #expect(from == node)
                node = to
            }
            #expect(node == -1)
        }
    }
}

@Test func everyContradictionIsANegativeCycleOfTheNetwork() {
    var generator = SplitMix64(state: 911)
    var cycles = 0
    for _ in 0..<2_000 {
        let network = randomNetwork(&generator)
        for cycle in network.solve().contradictions {
            cycles += 1
            #expect(cycle.map { weight(of: $0, in: network) }.reduce(0, +) < 0)
            let arcs = cycle.map { arc(of: $0, in: network) }
            for (index, current) in arcs.enumerated() {
                #expect(current.to == arcs[(index + 1) % arcs.count].from)
            }
        }
    }
    #expect(cycles > 500)
}

@Test func separateContradictionsAreAllReported() {
    var network = SimpleTemporalNetwork(pointCount: 4)
    // 0 after 1 and 1 after 0; 2 after 3 and 3 after 2: two cycles, no absolute bound.
    network.addConstraint(from: 0, to: 1, maxDifference: -1)
    network.addConstraint(from: 1, to: 0, maxDifference: -1)
    network.addConstraint(from: 2, to: 3, maxDifference: -1)
    network.addConstraint(from: 3, to: 2, maxDifference: -1)
    let contradictions = network.solve().contradictions
    #expect(Set(contradictions.map { Set($0) }) == [[.constraint(0), .constraint(1)], [.constraint(2), .constraint(3)]])
}

@Test func unboundedPointsStayUnbounded() {
    var network = SimpleTemporalNetwork(pointCount: 3)
    network.bound(0, earliest: 10, latest: 10)
    network.addConstraint(from: 1, to: 0, maxDifference: -1)   // 1 after 0: no upper limit
    let solution = network.solve()
    #expect(solution.earliest[1] == 11)
    #expect(solution.latest[1] == nil)
    #expect(solution.earliest[2] == nil && solution.latest[2] == nil)
    #expect(solution.latestChain(of: 1).isEmpty)
}

/// A random network of up to 12 points, some unbounded, with up to 20 constraints: larger
/// than enumeration allows, so that components of several points, cycles among unbounded
/// points and cycles through the bounds all occur.
private func randomLargerNetwork(_ generator: inout SplitMix64) -> SimpleTemporalNetwork {
    let pointCount = Int.random(in: 1...12, using: &generator)
    var network = SimpleTemporalNetwork(pointCount: pointCount)
    for point in 0..<pointCount where Int.random(in: 0..<3, using: &generator) > 0 {
        let low = Int.random(in: -10...10, using: &generator)
        let high = Int.random(in: low...10, using: &generator)
        let side = Int.random(in: 0..<4, using: &generator)
        network.bound(point, earliest: side == 1 ? nil : low, latest: side == 2 ? nil : high)
    }
    for _ in 0..<Int.random(in: 0...20, using: &generator) {
        network.addConstraint(from: Int.random(in: 0..<pointCount, using: &generator),
                              to: Int.random(in: 0..<pointCount, using: &generator),
                              maxDifference: Int.random(in: -3...9, using: &generator))
    }
    return network
}

@Test func theComponentOrderSearchAgreesWithTheWholeGraphSearch() {
    var generator = SplitMix64(state: 1991)
    var solvedBoth = 0
    var contradictory = 0
    for _ in 0..<20_000 {
        let network = randomLargerNetwork(&generator)
        let whole = network.solvedOverTheDistanceGraph()
        guard let ordered = network.solvedInComponentOrder() else {
            // It may only give up on a network that has no solution.
            #expect(!whole.isConsistent)
            contradictory += 1
            continue
        }
        solvedBoth += 1
        #expect(whole.isConsistent)
        #expect(ordered.earliest == whole.earliest)
        #expect(ordered.latest == whole.latest)
        for point in 0..<network.pointCount {
            if let earliest = ordered.earliest[point] {
                #expect(-ordered.earliestChain(of: point).map { weight(of: $0, in: network) }.reduce(0, +) == earliest)
            }
            if let latest = ordered.latest[point] {
                #expect(ordered.latestChain(of: point).map { weight(of: $0, in: network) }.reduce(0, +) == latest)
            }
        }
    }
    // Both kinds of network occur often enough to mean something.
    #expect(solvedBoth > 5_000 && contradictory > 2_000)
}
