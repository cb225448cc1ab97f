import ActorGraph
import Foundation

/// The events of one chunk of an event file, gathered by one worker thread: actors and
/// codes numbered within the chunk, each event a compact record, its citation's text in one
/// byte array. ``finish(gap:maximumCitations:)`` joins the events into runs, which the
/// ``EventMerger`` then merges in file order.
struct EventChunkTable {
    /// One event as a fixed-size record.
    struct Event {
        /// Which pair and kind (a number into ``keys``).
        var key: Int32
        var day: Int32
        /// The event code's number in ``codes``.
        var code: Int32
        /// Goldstein score in thousandths, or `Int32.min` when the event has none.
        var goldstein: Int32
        var mentions: Int32
        /// What the event adds to a weight that is not its count (ACLED's fatalities).
        var weight: Int32
        /// The line within the chunk, from 0.
        var line: Int32
        /// Where the citation id, reference and quote start in ``text``, and their lengths
        /// (the id's length is -1 when the event has no citation).
        var textStart: Int32
        var idLength: Int32
        var referenceLength: Int32
        var quoteLength: Int32
    }

    let kinds: EventKindVocabulary
    let minimumMentions: Int

    private(set) var actors = ByteStringTable()
    private(set) var actorKinds: [String] = []
    /// The names each actor went by in this chunk: numbers in ``names`` with counts, in
    /// order of first appearance; the last one also kept apart, as names mostly repeat.
    private(set) var actorNames: [[(name: Int32, count: Int)]] = []
    private var lastNameOfActor: [Int32] = []
    private(set) var names = ByteStringTable()
    private(set) var codes = ByteStringTable()
    /// The kind number of each code, -1 when unmapped.
    private var kindOfCode: [Int32] = []
    private(set) var unmappedEventsOfCode: [Int] = []
    /// Pairs of actors (by local number) and kinds.
    private(set) var keys = PairKindTable()
    private(set) var events: [Event] = []
    private var text: [UInt8] = []

    var eventsRead = 0
    var withoutTwoActors = 0
    var sameActorOnBothSides = 0
    var belowMinimumMentions = 0
    /// Errors at lines within the chunk (from 0), columns, messages.
    var diagnostics: [(line: Int, column: Int, message: String)] = []

    init(kinds: EventKindVocabulary, minimumMentions: Int) {
        self.kinds = kinds
        self.minimumMentions = minimumMentions
        events.reserveCapacity(1 << 14)
        text.reserveCapacity(1 << 20)
    }

    /// An event's code: its kind number, or -1 after counting it as unmapped.
    @inline(__always)
    mutating func kind(ofCode code: UnsafeRawBufferPointer) -> (code: Int32, kind: Int32) {
        let (number, inserted) = codes.insert(code)
        if inserted {
            kindOfCode.append(kinds.kind(ofCode: String(decoding: code, as: UTF8.self)))
            unmappedEventsOfCode.append(0)
        }
        let kind = kindOfCode[Int(number)]
        if kind < 0 { unmappedEventsOfCode[Int(number)] += 1 }
        return (number, kind)
    }

    /// The number of the actor with id `id`; `kind` is asked only for an actor new to the chunk.
    @inline(__always)
    mutating func actor(id: UnsafeRawBufferPointer, kind: () -> String) -> Int32 {
        let (number, inserted) = actors.insert(id)
        if inserted {
            actorKinds.append(kind())
            actorNames.append([])
            lastNameOfActor.append(-1)
        }
        return number
    }

    /// Counts one use of `name` for actor `actor`.
    @inline(__always)
    mutating func countName(_ name: UnsafeRawBufferPointer, of actor: Int32) {
        let actor = Int(actor)
        let last = lastNameOfActor[actor]
        if last >= 0, names.withBytes(last, { $0.count == name.count && (name.count == 0 || memcmp($0.baseAddress!, name.baseAddress!, name.count) == 0) }) {
            if let position = actorNames[actor].lastIndex(where: { $0.name == last }) { actorNames[actor][position].count += 1 }
            return
        }
        let number = names.insert(name).index
        lastNameOfActor[actor] = number
        if let position = actorNames[actor].firstIndex(where: { $0.name == number }) {
            actorNames[actor][position].count += 1
        } else {
            actorNames[actor].append((number, 1))
        }
    }

    /// Whether the two actor ids are the same bytes.
    @inline(__always)
    static func same(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> Bool {
        first.count == second.count && (first.count == 0 || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0)
    }

    /// Adds an event of kind `kind` between actors already numbered, ordering them for a
    /// symmetric kind (the id that sorts first as bytes is the source).
    @inline(__always)
    mutating func addEvent(kind: Int32, source: Int32, target: Int32, sourceFirst: Bool, day: Day, code: Int32,
                           goldstein: Int32?, mentions: Int, weight: Int, line: Int,
                           citationID: UnsafeRawBufferPointer?, reference: UnsafeRawBufferPointer?,
                           quote: UnsafeRawBufferPointer? = nil) {
        var key = EventMerger.Key(kind: kind, source: source, target: target)
        if kinds.isSymmetric(kind), !sourceFirst { swap(&key.source, &key.target) }
        let keyNumber = keys.insert(key).number
        let start = Int32(truncatingIfNeeded: text.count)
        var idLength: Int32 = -1
        var referenceLength: Int32 = 0
        var quoteLength: Int32 = 0
        if let citationID {
            text.append(contentsOf: citationID)
            idLength = Int32(citationID.count)
            if let reference {
                text.append(contentsOf: reference)
                referenceLength = Int32(reference.count)
            }
            if let quote {
                text.append(contentsOf: quote)
                quoteLength = Int32(quote.count)
            }
        }
        events.append(Event(key: keyNumber, day: day.number, code: code, goldstein: goldstein ?? Int32.min,
                            mentions: Int32(truncatingIfNeeded: mentions), weight: Int32(truncatingIfNeeded: weight),
                            line: Int32(truncatingIfNeeded: line), textStart: start, idLength: idLength,
                            referenceLength: referenceLength, quoteLength: quoteLength))
    }

    /// Joins the chunk's events into runs per key (events at most `gap` days apart), each
    /// keeping its first `maximumCitations` citations by day and id.
    mutating func finish(gap: Int, maximumCitations: Int, lineCount: Int) -> EventChunkResult {
        events.sort { ($0.key, $0.day, $0.line) < ($1.key, $1.day, $1.line) }
        var table = EventRunTable(text: text)
        text = []
        var runs: [(key: Int32, run: Int32)] = []
        runs.reserveCapacity(keys.count)
        var index = 0
        while index < events.count {
            let key = events[index].key
            let run = table.makeRun(day: events[index].day)
            var citations = 0
            var lastCitationDay = Int32.min
            while index < events.count, events[index].key == key, Int(events[index].day) - Int(table[run].last) <= gap {
                let event = events[index]
                table[run].last = event.day
                table[run].events += 1
                table[run].mentions += Int(event.mentions)
                table[run].weight += Int64(event.weight)
                if event.goldstein != Int32.min {
                    table[run].goldsteinSum += Int64(event.goldstein)
                    table[run].goldsteinCount += 1
                }
                table.count(code: event.code, times: 1, in: run)
                // Events come by day: once the list is full, only an event of its last day can
                // still take a place (by a smaller id).
                if maximumCitations > 0, event.idLength >= 0, citations < maximumCitations || event.day == lastCitationDay {
                    let node = table.makeCitation(day: event.day, start: Int(event.textStart), idLength: event.idLength,
                                                  referenceLength: event.referenceLength, quoteLength: event.quoteLength)
                    table.offer(node, to: run, limit: maximumCitations)
                    citations = min(citations + 1, maximumCitations)
                    lastCitationDay = event.day
                }
                index += 1
            }
            runs.append((key, run))
        }
        var unmapped: [(code: Int32, events: Int)] = []
        for (code, count) in unmappedEventsOfCode.enumerated() where count > 0 { unmapped.append((Int32(code), count)) }
        return EventChunkResult(
            actorIDs: (0..<actors.count).map { actors.string(Int32($0)) }, actorKinds: actorKinds,
            actorNames: actorNames.map { $0.map { (names.string($0.name), $0.count) } },
            codes: (0..<codes.count).map { codes.string(Int32($0)) }, keys: keys, table: table, runs: runs,
            unmapped: unmapped, eventsRead: eventsRead, withoutTwoActors: withoutTwoActors,
            sameActorOnBothSides: sameActorOnBothSides, belowMinimumMentions: belowMinimumMentions,
            diagnostics: diagnostics, lineCount: lineCount)
    }
}

/// What one chunk gathered, in the chunk's own numbering of actors and codes.
struct EventChunkResult: @unchecked Sendable {
    var actorIDs: [String]
    var actorKinds: [String]
    var actorNames: [[(name: String, count: Int)]]
    var codes: [String]
    var keys: PairKindTable
    /// The chunk's runs, and each run's key number (keys in order of first appearance).
    var table: EventRunTable
    var runs: [(key: Int32, run: Int32)]
    var unmapped: [(code: Int32, events: Int)]
    var eventsRead: Int
    var withoutTwoActors: Int
    var sameActorOnBothSides: Int
    var belowMinimumMentions: Int
    var diagnostics: [(line: Int, column: Int, message: String)]
    /// Lines in the chunk.
    var lineCount: Int
}
