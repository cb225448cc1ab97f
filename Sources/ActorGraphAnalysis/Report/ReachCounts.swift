import ActorGraph

/// Temporal reach counts: for every actor, how many others it could have reached, and how many
/// it certainly reached, by each of a sequence of days, along time-respecting paths that start
/// on a given day.
///
/// "Could have reached" follows relations possibly active (given imprecise dates), "certainly
/// reached" relations certainly active; both follow ``TemporalGraph/earliestArrivals(from:start:until:maxWait:filter:)``
/// (a relation carries from source to target, both ways when symmetric, on a day it is active,
/// no earlier than the day its source was reached). The actor itself is not counted.
///
/// Complexity: one earliest-arrival search per actor and certainty, each O(E (n + a)) for E days
/// on which a relation starts or ends and `a` relations active at once.
///
/// ```swift
/// let counts = ReachCounts(graph: graph, start: days[0], days: days)
/// counts.leaders(on: days.last!, count: 3)   // the three actors that could reach most others
/// ```
public struct ReachCounts: Sendable {
    /// One actor's counts on one day.
    public struct Count: Sendable, Hashable {
        /// The actor's id.
        public var actor: String
        /// How many other actors it could have reached by the day.
        public var possibly: Int
        /// How many other actors it certainly reached by the day.
        public var certainly: Int
    }

    /// The day every path starts.
    public let start: Day
    /// The days counted, in order.
    public let days: [Day]
    /// The longest stay at an actor, in days (nil: any).
    public let maxWait: Int?
    /// Every actor's counts, per day (``days`` order), actors in the graph's order.
    public let counts: [[Count]]

    /// Counts reach from `start` by each of `days` (sorted; days before `start` count nothing
    /// but the paths that start and end on no day) along the relations `filter` keeps, whatever
    /// its certainty.
    public init(graph: TemporalGraph, start: Day, days: [Day], maxWait: Int? = nil, filter: RelationFilter = .all) {
        let days = Array(Set(days)).sorted()
        self.start = start
        self.days = days
        self.maxWait = maxWait
        let until = days.last ?? start
        var arrivals: [Certainty: [[Day?]]] = [:]
        for certainty in [Certainty.possibly, .certainly] {
            var certaintyFilter = filter
            certaintyFilter.certainty = certainty
            arrivals[certainty] = graph.actors.indices.map { source in
                until < start ? [] : graph.earliestArrivals(from: source, start: start, until: until, maxWait: maxWait,
                                                            filter: certaintyFilter)
            }
        }
        func reached(_ certainty: Certainty, _ source: Int, by day: Day) -> Int {
            guard let found = arrivals[certainty]?[source] else { return 0 }
            return found.indices.filter { $0 != source && (found[$0].map { $0 <= day } ?? false) }.count
        }
        counts = days.map { day in
            graph.actors.indices.map { source in
                Count(actor: graph.actors[source].id, possibly: reached(.possibly, source, by: day),
                      certainly: reached(.certainly, source, by: day))
            }
        }
    }

    /// The counts on `day`, or nil when it is not one of ``days``.
    public func counts(on day: Day) -> [Count]? {
        days.firstIndex(of: day).map { counts[$0] }
    }

    /// The actors that could reach most others by `day`, most first (then most certainly
    /// reached, then by id), leaving out those that reach no one; at most `count`.
    public func leaders(on day: Day, count: Int) -> [Count] {
        guard let all = counts(on: day) else { return [] }
        let ordered = all.filter { $0.possibly > 0 }.sorted {
            ($0.possibly, $0.certainly) != ($1.possibly, $1.certainly)
                ? ($0.possibly, $0.certainly) > ($1.possibly, $1.certainly) : $0.actor < $1.actor
        }
        return Array(ordered.prefix(count))
    }
}
