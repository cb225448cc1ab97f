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

/// A run of events as an import keeps it for a later one: every total its relation is made
/// from, so that events appended later join it exactly as they would have in one import.
package struct EventRunState: Sendable {
    /// One citation a run kept, with the day of its event, which places it among others.
    package struct Citation: Sendable {
        package var day: Day
        package var id: String
        package var reference: String
        package var quote: String?

        package init(day: Day, id: String, reference: String, quote: String?) {
            self.day = day
            self.id = id
            self.reference = reference
            self.quote = quote
        }
    }

    package var kind: String
    package var source: String
    package var target: String
    package var first: Day
    package var last: Day
    package var events: Int
    package var mentions: Int
    /// The sum of Goldstein scores in thousandths, and how many events had one.
    package var goldsteinSum: Int64
    package var goldsteinCount: Int
    /// What the events add to the weight besides their count (ACLED's fatalities).
    package var weight: Int64
    package var codes: [(code: String, count: Int)]
    /// The citations kept, in their order (by day, id and reference), at most the import's maximum.
    package var citations: [Citation]

    package init(kind: String, source: String, target: String, first: Day, last: Day, events: Int, mentions: Int,
                 goldsteinSum: Int64, goldsteinCount: Int, weight: Int64, codes: [(code: String, count: Int)],
                 citations: [Citation]) {
        self.kind = kind
        self.source = source
        self.target = target
        self.first = first
        self.last = last
        self.events = events
        self.mentions = mentions
        self.goldsteinSum = goldsteinSum
        self.goldsteinCount = goldsteinCount
        self.weight = weight
        self.codes = codes
        self.citations = citations
    }

    /// The id of the relation the run becomes.
    package var relationID: String { EventMerger.relationID(source: source, kind: kind, target: target, first: first) }
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
                let record = table[run]
                let citations = table.citations(of: run).map { node in
                    table.withCitation(node) { id, reference, quote in
                        EventRunState.Citation(day: Day(number: table.citationNodes[Int(node)].day),
                                               id: String(decoding: id, as: UTF8.self),
                                               reference: String(decoding: reference, as: UTF8.self),
                                               quote: quote.isEmpty ? nil : String(decoding: quote, as: UTF8.self))
                    }
                }
                try body(EventRunState(
                    kind: kindIDs[Int(key.kind)], source: actorIDs[Int(key.source)], target: actorIDs[Int(key.target)],
                    first: Day(number: record.first), last: Day(number: record.last), events: record.events,
                    mentions: record.mentions, goldsteinSum: record.goldsteinSum, goldsteinCount: record.goldsteinCount,
                    weight: record.weight, codes: table.codes(of: run).map { (codes[Int($0.code)], $0.count) },
                    citations: citations))
                run = record.next
            }
        }
    }

    /// Adds a run as an earlier import kept it, of kind number `kind`, joining it to the runs
    /// of its key as a chunk's run would join. Its actors must have been restored first;
    /// returns false (and adds nothing) when one was not.
    mutating func restore(_ state: EventRunState, kind: Int32) -> Bool {
        guard let source = number(ofActor: state.source), let target = number(ofActor: state.target) else { return false }
        let run = table.makeRun(day: state.first.number)
        table[run].last = state.last.number
        table[run].events = state.events
        table[run].mentions = state.mentions
        table[run].goldsteinSum = state.goldsteinSum
        table[run].goldsteinCount = state.goldsteinCount
        table[run].weight = state.weight
        for (text, count) in state.codes { table.count(code: code(text), times: count, in: run) }
        for citation in state.citations {
            table.appendCitation(day: citation.day.number, id: Array(citation.id.utf8), reference: Array(citation.reference.utf8),
                                 quote: Array((citation.quote ?? "").utf8), to: run)
        }
        link(run, key: Key(kind: kind, source: source, target: target))
        return true
    }
}
