import ActorGraph

/// Joins events of the same pair of actors and the same relation kind into relations with
/// a period: two events join when at most `gap` days lie between them, so a run of events
/// becomes one relation from its first day to its last.
///
/// Memory grows with the number of relations made, not with the number of events: each run
/// keeps counts, a sum, and at most `maximumCitations` citations.
struct EventMerger {
    /// Which relation an event belongs to: kind and actors by number. For symmetric kinds
    /// the actors are ordered, so that A-B and B-A events join.
    struct Key: Hashable {
        var kind: Int32
        var source: Int32
        var target: Int32
    }

    /// A run of events joined into one relation.
    struct Run {
        var first: Day
        var last: Day
        var events = 0
        var mentions = 0
        var goldsteinSum = 0.0
        var goldsteinCount = 0
        /// CAMEO codes and their counts; a short array, as a run rarely has more than a few.
        var codes: [(code: String, count: Int)] = []
        /// Citation ids (keys without the format's prefix) and references.
        var citations: [(id: String, reference: String)] = []

        mutating func count(_ code: String, times: Int) {
            if let index = codes.firstIndex(where: { $0.code == code }) {
                codes[index].count += times
            } else {
                codes.append((code, times))
            }
        }

        mutating func absorb(_ other: Run, maximumCitations: Int) {
            first = min(first, other.first)
            last = max(last, other.last)
            events += other.events
            mentions += other.mentions
            goldsteinSum += other.goldsteinSum
            goldsteinCount += other.goldsteinCount
            for (code, times) in other.codes { count(code, times: times) }
            for citation in other.citations where citations.count < maximumCitations
                && !citations.contains(where: { $0.id == citation.id }) {
                citations.append(citation)
            }
        }
    }

    let gap: Int
    let maximumCitations: Int
    /// Runs of each key, sorted by first day and more than `gap` days apart.
    private(set) var runs: [Key: [Run]] = [:]

    /// Removes and returns the runs of some key, or nil when none are left; lets a caller
    /// turn runs into relations while freeing them.
    mutating func popRuns() -> (key: Key, runs: [Run])? {
        runs.popFirst().map { (key: $0.key, runs: $0.value) }
    }
    private(set) var runCount = 0

    init(gap: Int, maximumCitations: Int) {
        self.gap = gap
        self.maximumCitations = maximumCitations
    }

    /// Adds one event to the run it falls in or near, joining runs it bridges.
    mutating func add(_ event: CodedEvent, key: Key) {
        var single = Run(first: event.day, last: event.day, events: 1, mentions: event.mentions ?? 0)
        if let goldstein = event.goldstein {
            single.goldsteinSum = goldstein
            single.goldsteinCount = 1
        }
        single.codes = [(event.code, 1)]
        if maximumCitations > 0, let citationID = event.citationID, let reference = event.citationReference {
            single.citations = [(citationID, reference)]
        }
        var list = runs.removeValue(forKey: key) ?? []
        // Events mostly arrive in date order, so the place is usually at the end.
        var position = list.count
        while position > 0, list[position - 1].first > event.day { position -= 1 }
        // The run before `position` starts on or before the day; the one at `position` after it.
        if position > 0, list[position - 1].last.advanced(by: gap) >= event.day {
            list[position - 1].absorb(single, maximumCitations: maximumCitations)
            position -= 1
        } else if position < list.count, event.day.advanced(by: gap) >= list[position].first {
            list[position].absorb(single, maximumCitations: maximumCitations)
        } else {
            list.insert(single, at: position)
            runCount += 1
        }
        // The grown run may now reach the next one.
        while position + 1 < list.count, list[position].last.advanced(by: gap) >= list[position + 1].first {
            let next = list.remove(at: position + 1)
            list[position].absorb(next, maximumCitations: maximumCitations)
            runCount -= 1
        }
        runs[key] = list
    }
}
