import ActorGraph
@testable import ActorGraphAnalysis
import Testing

/// Earliest arrival against a brute-force search over (node, day) states on random temporal graphs.
@Suite struct TemporalReachTests {
    /// Every state (node, day reached) from the source on every day from `start`, moving along
    /// an arc on any day it is active within `maxWait` days of reaching its tail.
    static func bruteForce(nodeCount: Int, arcs: [TimedArc], source: Int, start: Int, until: Int, maxWait: Int?) -> [Int?] {
        var reached = Set<[Int]>()
        var stack: [[Int]] = []
        for day in start...until {
            reached.insert([source, day])
            stack.append([source, day])
        }
        while let state = stack.popLast() {
            let (node, day) = (state[0], state[1])
            // The source may set out on any day; other nodes hold a walker at most maxWait days.
            let lastDeparture = node == source ? until : min(until, day + (maxWait ?? until))
            guard day <= lastDeparture else { continue }
            for arc in arcs where arc.source == node {
                for departure in max(day, arc.first)...max(max(day, arc.first), min(lastDeparture, arc.last))
                    where departure <= min(lastDeparture, arc.last) {
                    let next = [arc.target, departure]
                    if reached.insert(next).inserted { stack.append(next) }
                }
            }
        }
        var arrival = [Int?](repeating: nil, count: nodeCount)
        for state in reached where arrival[state[0]].map({ state[1] < $0 }) ?? true { arrival[state[0]] = state[1] }
        arrival[source] = start
        return arrival
    }

    @Test func earliestArrivalsMatchBruteForceOnRandomTemporalGraphs() {
        var generator = SplitMix64(state: 1979)
        for trial in 0..<400 {
            let nodeCount = 2 + trial % 7
            let arcCount = Int.random(in: 1...(3 * nodeCount), using: &generator)
            let arcs = (0..<arcCount).map { _ -> TimedArc in
                let first = Int.random(in: 0...30, using: &generator)
                let length = [0, 0, 1, 3, 10][Int.random(in: 0..<5, using: &generator)]
                return TimedArc(source: Int.random(in: 0..<nodeCount, using: &generator),
                                target: Int.random(in: 0..<nodeCount, using: &generator),
                                first: first, last: first + length)
            }
            let start = Int.random(in: 0...8, using: &generator)
            let until = Int.random(in: 20...40, using: &generator)
            let maxWait: Int? = [nil, 0, 1, 3, 7][trial % 5]
            let ours = TemporalReach.earliestArrivals(nodeCount: nodeCount, arcs: arcs, from: 0, start: start,
                                                      until: until, maxWait: maxWait)
            let expected = Self.bruteForce(nodeCount: nodeCount, arcs: arcs, source: 0, start: start, until: until,
                                           maxWait: maxWait)
            #expect(ours == expected, "trial \(trial): \(arcs), start \(start), until \(until), wait \(String(describing: maxWait))")
        }
    }

    /// Open spans (always active) reach at once; an arc that ended before the start carries
    /// nothing; a wait limit does not stop a walker who can leave the source again later.
    @Test func openSpansAndPastArcs() {
        let arcs = [TimedArc(source: 0, target: 1, first: Int(Int32.min), last: Int(Int32.max)),
                    TimedArc(source: 1, target: 2, first: -50, last: -10),
                    TimedArc(source: 1, target: 3, first: 400, last: Int(Int32.max))]
        let arrivals = TemporalReach.earliestArrivals(nodeCount: 4, arcs: arcs, from: 0, start: 0)
        #expect(arrivals == [0, 0, nil, 400])
        #expect(TemporalReach.earliestArrivals(nodeCount: 4, arcs: arcs, from: 0, start: 0, maxWait: 30) == [0, 0, nil, 400])
        #expect(TemporalReach.earliestArrivals(nodeCount: 4, arcs: arcs, from: 0, start: 0, until: 399) == [0, 0, nil, nil])
    }
}
