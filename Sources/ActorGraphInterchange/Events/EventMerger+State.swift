import ActorGraph

/// An actor as an import keeps it for a later one: the kind it was given where it first
/// appeared and the names it went by, with their counts.
package struct EventActorState: Sendable {
    package var id: String
    package var kind: String
    package var names: [(name: String, count: Int)]

    package init(id: String, kind: String, names: [(name: String, count: Int)]) {
        self.id = id
        self.kind = kind
        self.names = names
    }
}

/// A run of events as an import keeps it for a later one: its key by name and every total
/// its relation is made from, so that events appended later join it exactly as they would
/// have in one import.
package struct EventRunState: Sendable {
    package var kind: String
    package var source: String
    package var target: String
    /// The run's days, totals, codes and citations.
    package var values: EventMerger.RunValues

    package init(kind: String, source: String, target: String, values: EventMerger.RunValues) {
        self.kind = kind
        self.source = source
        self.target = target
        self.values = values
    }

    /// The id of the relation the run becomes.
    package var relationID: String { EventMerger.relationID(source: source, kind: kind, target: target, first: values.first) }
}

extension EventMerger {
    /// The id of the relation made from a run of `source`, `kind` and `target` from `first` on.
    static func relationID(source: String, kind: String, target: String, first: Day) -> String {
        "\(source)-\(kind)-\(target)-\(first)"
    }

    /// Every actor gathered, in the order they first appeared (names by count, then name).
    func actorStates() -> [EventActorState] {
        actorIDs.indices.map { index in
            EventActorState(id: actorIDs[index], kind: actorKinds[index],
                            names: actorNames[index].sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) })
        }
    }

    /// Adds an actor as an earlier import kept it.
    mutating func restore(_ state: EventActorState) {
        let number = actor(id: state.id, kind: state.kind)
        for (name, count) in state.names { countName(name, times: count, of: number) }
    }

    /// Hands each run to `body`, key by key and in day order within a key, leaving them in
    /// place; `kindIDs` names the kinds by number.
    func forEachRun(kindIDs: [String], _ body: (EventRunState) throws -> Void) rethrows {
        for number in 0..<keyCount {
            let key = self.key(number)
            var run = firstRun[number]
            while run >= 0 {
                try body(EventRunState(kind: kindIDs[Int(key.kind)], source: actorIDs[Int(key.source)],
                                       target: actorIDs[Int(key.target)], values: values(ofRun: run)))
                run = table[run].next
            }
        }
    }

    /// Adds a run as an earlier import kept it, of kind number `kind`, joining it to the runs
    /// of its key as a chunk's run would join. Its actors must have been restored first;
    /// returns false (and adds nothing) when one was not.
    mutating func restore(_ state: EventRunState, kind: Int32) -> Bool {
        guard let source = number(ofActor: state.source), let target = number(ofActor: state.target) else { return false }
        let values = state.values
        let run = table.makeRun(day: values.first.number)
        table[run].last = values.last.number
        table[run].events = values.events
        table[run].mentions = values.mentions
        table[run].goldsteinSum = values.goldsteinSum
        table[run].goldsteinCount = values.goldsteinCount
        table[run].weight = values.weight
        for (text, count) in values.codes { table.count(code: code(text), times: count, in: run) }
        for citation in values.citations {
            table.appendCitation(day: citation.day.number, id: Array(citation.id.utf8), reference: Array(citation.reference.utf8),
                                 quote: Array((citation.quote ?? "").utf8), to: run)
        }
        link(run, key: Key(kind: kind, source: source, target: target))
        return true
    }
}
