import ActorGraph

/// One relation as a carrier of reach: from `source` to `target` on any day of `first...last`.
public struct TimedArc: Hashable, Sendable {
    /// The node it leaves.
    public var source: Int
    /// The node it reaches.
    public var target: Int
    /// The first day it carries.
    public var first: Int
    /// The last day it carries.
    public var last: Int

    /// Creates an arc active from `first` to `last`, day numbers inclusive.
    public init(source: Int, target: Int, first: Int, last: Int) {
        self.source = source
        self.target = target
        self.first = first
        self.last = last
    }
}

/// Earliest arrival along time-respecting paths: from one node and a start day, the first day
/// each node can be reached by a sequence of arcs used in the order of time.
///
/// A path leaves the source on any day from `start` on and uses each arc on a day on which it
/// is active, no earlier than the day it reached the arc's tail; several arcs may be used on
/// one day, so a day's events chain (days are the unit of the dates, and the order of events
/// within a day is unknown). With `maxWait` δ a path may stay at most δ days at any node but
/// the source before moving on (pathpy's δ, Scholtes et al. 2014, "Causality-driven slow-down
/// and speed-up of diffusion in non-Markovian temporal networks", *Nature Communications* 5:
/// 5024); without it a path may wait any time. No arc is used after `until`.
///
/// Arrival times only change on days an arc starts; between them the search walks forward
/// only while expiring waits shrink the set of nodes still present, then jumps to the next
/// such day. Complexity: O(E (n + a)) for E days on which an arc starts or ends and `a` arcs
/// active at once.
///
/// ```swift
/// // a -> b on days 1-2, b -> c on day 5: c is reached on day 5, but not if waits are at most 2 days.
/// let arcs = [TimedArc(source: 0, target: 1, first: 1, last: 2), TimedArc(source: 1, target: 2, first: 5, last: 5)]
/// TemporalReach.earliestArrivals(nodeCount: 3, arcs: arcs, from: 0, start: 0)   // [0, 1, 5]
/// TemporalReach.earliestArrivals(nodeCount: 3, arcs: arcs, from: 0, start: 0, maxWait: 2)   // [0, 1, nil]
/// ```
public enum TemporalReach {
    /// The earliest day each node is reached from `source` (the source itself on `start`), or
    /// nil when no time-respecting path reaches it by `until`.
    public static func earliestArrivals(nodeCount: Int, arcs: [TimedArc], from source: Int, start: Int,
                                        until: Int = Int(Int32.max), maxWait: Int? = nil) -> [Int?] {
        var arrival = [Int?](repeating: nil, count: nodeCount)
        guard (0..<nodeCount).contains(source), start <= until else { return arrival }
        arrival[source] = start
        // Clip every arc to the days that matter; drop those left empty.
        let usable = arcs.compactMap { arc -> TimedArc? in
            let first = max(arc.first, start)
            let last = min(arc.last, until)
            guard first <= last, (0..<nodeCount).contains(arc.source), (0..<nodeCount).contains(arc.target) else { return nil }
            return TimedArc(source: arc.source, target: arc.target, first: first, last: last)
        }
        var changeDays = Set<Int>([start])
        for arc in usable {
            changeDays.insert(arc.first)
            if arc.last < until { changeDays.insert(arc.last + 1) }
        }
        let days = changeDays.sorted()
        let byFirst = usable.indices.sorted { usable[$0].first < usable[$1].first }
        var nextToAdd = 0
        var active = Set<Int>()
        var lastArrival = [Int?](repeating: nil, count: nodeCount)
        // The nodes an arc reached on the day before, when that day was searched and the arcs
        // have not changed since.
        var previousReached: [Bool]?
        var dayIndex = 0
        var day = start
        while true {
            if dayIndex < days.count && days[dayIndex] == day {
                // The set of active arcs changes today.
                dayIndex += 1
                while nextToAdd < byFirst.count && usable[byFirst[nextToAdd]].first <= day {
                    active.insert(byFirst[nextToAdd])
                    nextToAdd += 1
                }
                active = active.filter { usable[$0].last >= day }
                previousReached = nil
            }
            var adjacency = [Int: [Int]]()
            for index in active { adjacency[usable[index].source, default: []].append(usable[index].target) }
            // Present: the source, and every node reached within the last maxWait days.
            var present = [Bool](repeating: false, count: nodeCount)
            var queue = [source]
            present[source] = true
            for node in 0..<nodeCount where node != source {
                if let last = lastArrival[node], maxWait.map({ day - last <= $0 }) ?? true {
                    present[node] = true
                    queue.append(node)
                }
            }
            var reached = [Bool](repeating: false, count: nodeCount)
            var next = 0
            while next < queue.count {
                let node = queue[next]
                next += 1
                for target in adjacency[node] ?? [] {
                    reached[target] = true
                    if !present[target] {
                        present[target] = true
                        queue.append(target)
                    }
                }
            }
            for node in 0..<nodeCount where reached[node] {
                lastArrival[node] = day
                if arrival[node] == nil { arrival[node] = day }
            }
            let nextChange = dayIndex < days.count ? days[dayIndex] : nil
            guard let maxWait else {
                // Without a wait limit nothing is lost between change days.
                guard let nextChange else { break }
                day = nextChange
                continue
            }
            if previousReached != reached {
                previousReached = reached
                if day >= until { break }
                day += 1
                continue
            }
            // The same nodes are reached as yesterday, so they are reached every day until a
            // node that only waits runs out of time or the arcs change.
            var wake = nextChange
            for node in 0..<nodeCount where present[node] && !reached[node] && node != source {
                if let last = lastArrival[node] { wake = min(wake ?? Int.max, last + maxWait + 1) }
            }
            guard let wake, wake <= until else { break }
            for node in 0..<nodeCount where reached[node] { lastArrival[node] = wake - 1 }
            day = wake
        }
        return arrival
    }
}

extension TemporalGraph {
    /// The earliest day each actor (by position in ``actors``) can be reached from the actor at
    /// position `source` along the relations `filter` keeps, active possibly or certainly as
    /// it says; see ``TemporalReach``. A relation carries from its source to its target, both
    /// ways when its kind is symmetric.
    public func earliestArrivals(from source: Int, start: Day, until: Day? = nil, maxWait: Int? = nil,
                                 filter: RelationFilter = .all) -> [Day?] {
        let snapshot = wholeGraph(filter: filter)
        let kindList = Array(kinds.values)
        var arcs: [TimedArc] = []
        for position in snapshot.relationPositions {
            let relation = Int(position)
            let span = activeSpan(ofRelationAt: relation, filter.certainty)
            guard !span.isEmpty else { continue }
            let from = Int(sourcePositions[relation])
            let to = Int(targetPositions[relation])
            let (first, last) = (Int(span.first.number), Int(span.last.number))
            arcs.append(TimedArc(source: from, target: to, first: first, last: last))
            if !kindList[Int(kindPositions[relation])].directed {
                arcs.append(TimedArc(source: to, target: from, first: first, last: last))
            }
        }
        let limit = until.map { Int($0.number) } ?? Int(Int32.max) - 1
        return TemporalReach.earliestArrivals(nodeCount: actors.count, arcs: arcs, from: source,
                                              start: Int(start.number), until: limit, maxWait: maxWait)
            .map { $0.map { Day(number: Int32($0)) } }
    }
}
