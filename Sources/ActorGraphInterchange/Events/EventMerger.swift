import ActorGraph

/// The state of an import: actors, codes and runs gathered so far, merged chunk by chunk
/// in file order.
///
/// Events of the same pair of actors and the same relation kind join into runs: two events
/// join when at most `gap` days lie between them, so a run of events becomes one relation
/// from its first day to its last. Which events form a run depends only on their days, and
/// every total a run keeps is exact (integer sums; citations chosen by day, id and
/// reference), so runs merged from chunks in any grouping equal runs gathered event by
/// event: the result does not depend on the chunk size, the thread count, or how the input
/// is split into files.
///
/// Memory grows with the number of relations made, not with the number of events: each run
/// keeps counts, sums, and at most `maximumCitations` citations.
package struct EventMerger {
    /// Which relation an event belongs to: kind and actors by number. For symmetric kinds
    /// the actors are ordered, so that A-B and B-A events join.
    package struct Key: Hashable, Sendable {
        package var kind: Int32
        package var source: Int32
        package var target: Int32
    }

    package let gap: Int
    package let maximumCitations: Int

    /// Actor ids by number, and numbers by id.
    package private(set) var actorIDs: [String] = []
    private var actorNumbers: [String: Int32] = [:]
    /// The kind each actor was given where it first appeared.
    package private(set) var actorKinds: [String] = []
    /// Names each actor went by, with counts (at most 20 per actor).
    package private(set) var actorNames: [[String: Int]] = []
    /// Event codes by number.
    package private(set) var codes: [String] = []
    private var codeNumbers: [String: Int32] = [:]

    /// The runs, with their codes and citations.
    var table = EventRunTable()
    private(set) var keys = PairKindTable()
    /// The first and last run of each key (by key number), the runs of a key linked in day
    /// order, more than `gap` days apart.
    private(set) var firstRun: [Int32] = []
    private(set) var lastRun: [Int32] = []
    /// Runs in all.
    package private(set) var runCount = 0

    package init(gap: Int, maximumCitations: Int) {
        self.gap = gap
        self.maximumCitations = maximumCitations
    }

    /// The number of the actor `id`, adding it with `kind` when new.
    package mutating func actor(id: String, kind: String) -> Int32 {
        if let known = actorNumbers[id] { return known }
        let number = Int32(actorIDs.count)
        actorNumbers[id] = number
        actorIDs.append(id)
        actorKinds.append(kind)
        actorNames.append([:])
        return number
    }

    /// The number of the actor `id`, when it has been gathered.
    func number(ofActor id: String) -> Int32? { actorNumbers[id] }

    /// Counts `times` uses of `name` for actor `actor`; an actor keeps its first 20 names.
    package mutating func countName(_ name: String, times: Int, of actor: Int32) {
        guard !name.isEmpty else { return }
        let index = Int(actor)
        if actorNames[index].count < 20 || actorNames[index][name] != nil { actorNames[index][name, default: 0] += times }
    }

    /// The number of event code `code`.
    package mutating func code(_ code: String) -> Int32 {
        if let known = codeNumbers[code] { return known }
        let number = Int32(codes.count)
        codeNumbers[code] = number
        codes.append(code)
        return number
    }

    /// Adds run `run` (of this merger's table) to the runs of `key`, joining every run within
    /// `gap` days of it.
    mutating func link(_ run: Int32, key: Key) {
        let (number, inserted) = keys.insert(key)
        if inserted {
            firstRun.append(run)
            lastRun.append(run)
            runCount += 1
            return
        }
        let keyIndex = Int(number)
        let first = table[run].first
        let last = table[run].last
        // Runs of a key are sorted and disjoint; events mostly come in date order, so the new
        // run usually belongs after the last one, or joins it.
        var after = lastRun[keyIndex]
        while after >= 0, Int(table[after].last) + gap >= Int(first) { after = table[after].previous }
        // `after` is the last run that ends more than `gap` days before `run`; the runs after
        // it that start within `gap` days of its end join it.
        var joining = after >= 0 ? table[after].next : firstRun[keyIndex]
        var merged = run
        while joining >= 0, Int(table[joining].first) <= Int(last) + gap {
            let following = table[joining].next
            table.absorb(merged, into: joining, maximumCitations: maximumCitations)
            if merged != run { runCount -= 1 }
            merged = joining
            joining = following
        }
        if merged == run { runCount += 1 }
        table[merged].previous = after
        table[merged].next = joining
        if after >= 0 { table[after].next = merged } else { firstRun[keyIndex] = merged }
        if joining >= 0 { table[joining].previous = merged } else { lastRun[keyIndex] = merged }
    }

    /// Merges what one chunk gathered, renumbering its actors and codes; chunks must come in
    /// file order, so that each actor keeps the kind and names of its first appearance.
    mutating func absorb(_ chunk: EventChunkResult, summary: inout EventImportSummary) {
        let actorNumbers = chunk.actorIDs.indices.map { actor(id: chunk.actorIDs[$0], kind: chunk.actorKinds[$0]) }
        for (local, names) in chunk.actorNames.enumerated() {
            for (name, times) in names { countName(name, times: times, of: actorNumbers[local]) }
        }
        let codeNumbers = chunk.codes.map { code($0) }
        for (code, events) in chunk.unmapped {
            let text = chunk.codes[Int(code)]
            summary.unmappedCodes[text.isEmpty ? "(empty)" : text, default: 0] += events
        }
        for (keyNumber, run) in chunk.runs {
            let local = chunk.keys[keyNumber]
            summary.eventsUsed += chunk.table[run].events
            let copied = table.copy(run, of: chunk.table, codeNumbers: codeNumbers)
            link(copied, key: Key(kind: local.kind, source: actorNumbers[Int(local.source)], target: actorNumbers[Int(local.target)]))
        }
        table.compactTextIfWasteful()
        summary.eventsRead += chunk.eventsRead
        summary.withoutTwoActors += chunk.withoutTwoActors
        summary.sameActorOnBothSides += chunk.sameActorOnBothSides
        summary.belowMinimumMentions += chunk.belowMinimumMentions
    }

    /// A run as plain values: what a relation is made from, and what a store keeps of it for
    /// a later import.
    package struct RunValues: Sendable {
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

        package var first: Day
        package var last: Day
        package var events: Int
        package var mentions: Int
        /// The sum of Goldstein scores in thousandths, and how many events had one.
        package var goldsteinSum: Int64
        package var goldsteinCount: Int
        /// What the events add to the weight besides their count (ACLED's fatalities).
        package var weight: Int64
        /// Event codes and their counts.
        package var codes: [(code: String, count: Int)]
        /// The citations kept, in their order (by day, id and reference), at most the import's maximum.
        package var citations: [Citation]

        package init(first: Day, last: Day, events: Int, mentions: Int, goldsteinSum: Int64, goldsteinCount: Int,
                     weight: Int64, codes: [(code: String, count: Int)], citations: [Citation]) {
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
    }

    /// The number of keys gathered.
    package var keyCount: Int { keys.count }

    /// Key `number`.
    package func key(_ number: Int) -> Key { keys[Int32(number)] }

    /// Run `run` of the table as plain values, every citation it kept included.
    func values(ofRun run: Int32) -> RunValues {
        let record = table[run]
        let citations = table.citations(of: run).map { node in
            table.withCitation(node) { id, reference, quote in
                RunValues.Citation(day: Day(number: table.citationNodes[Int(node)].day),
                                   id: String(decoding: id, as: UTF8.self),
                                   reference: String(decoding: reference, as: UTF8.self),
                                   quote: quote.isEmpty ? nil : String(decoding: quote, as: UTF8.self))
            }
        }
        return RunValues(first: Day(number: record.first), last: Day(number: record.last), events: record.events,
                         mentions: record.mentions, goldsteinSum: record.goldsteinSum, goldsteinCount: record.goldsteinCount,
                         weight: record.weight, codes: table.codes(of: run).map { (codes[Int($0.code)], $0.count) },
                         citations: citations)
    }

    /// Removes the runs of key `number` and returns them in day order, freeing them as
    /// relations are made. A citation id repeated right after itself is left out: the graph
    /// cites each source once.
    package mutating func takeRuns(ofKey number: Int) -> [RunValues] {
        var result: [RunValues] = []
        var run = firstRun[number]
        firstRun[number] = -1
        lastRun[number] = -1
        while run >= 0 {
            var values = values(ofRun: run)
            if values.citations.indices.dropFirst().contains(where: { values.citations[$0].id == values.citations[$0 - 1].id }) {
                var distinct: [RunValues.Citation] = []
                for citation in values.citations where citation.id != distinct.last?.id { distinct.append(citation) }
                values.citations = distinct
            }
            result.append(values)
            let next = table[run].next
            table.free(run)
            run = next
        }
        return result
    }
}
