import ActorGraph
import Foundation
import OrderedCollections

/// How an event file becomes a relation graph.
public struct EventImportOptions: Sendable {
    /// The file's layout.
    public var format: EventFormat
    /// CAMEO code -> relation kind.
    public var mapping: CAMEOMapping
    /// Events of the same pair and kind at most this many days apart join into one relation.
    public var mergeGapDays: Int
    /// GDELT events mentioned fewer times than this are left out (0 keeps all).
    public var minimumMentions: Int
    /// The most citations a relation keeps (its first events' sources).
    public var maximumCitations: Int

    /// Creates options; by default the built-in mapping, a 30-day gap, every event, 3 citations.
    public init(format: EventFormat, mapping: CAMEOMapping = .builtIn, mergeGapDays: Int = 30,
                minimumMentions: Int = 0, maximumCitations: Int = 3) {
        self.format = format
        self.mapping = mapping
        self.mergeGapDays = mergeGapDays
        self.minimumMentions = minimumMentions
        self.maximumCitations = maximumCitations
    }
}

/// What an import read, made and left out.
public struct EventImportSummary: Sendable {
    /// Event lines read (the header excluded).
    public var eventsRead = 0
    /// Events that became part of a relation.
    public var eventsUsed = 0
    /// Relations made (each a run of events).
    public var relations = 0
    /// Actors named by the events used.
    public var actors = 0
    /// Events whose CAMEO code maps to no kind, by code.
    public var unmappedCodes: [String: Int] = [:]
    /// Events left out by `minimumMentions`.
    public var belowMinimumMentions = 0
    /// Events that name fewer than two actors.
    public var withoutTwoActors = 0
    /// Events whose two actors are the same.
    public var sameActorOnBothSides = 0

    /// Events left out because their code is unmapped.
    public var unmappedEvents: Int { unmappedCodes.values.reduce(0, +) }

    /// The unmapped codes, most frequent first.
    public var unmappedCodesByFrequency: [(code: String, events: Int)] {
        unmappedCodes.map { ($0.key, $0.value) }.sorted { ($0.events, $1.code) > ($1.events, $0.code) }
    }
}

/// Turns coded event data (GDELT 2.0, ICEWS) into a relation graph.
///
/// The file is read in chunks and never held whole. Each event's CAMEO code goes through a
/// ``CAMEOMapping`` to a relation kind; events of the same two actors and kind join into one
/// relation over the days from the first to the last when at most the merge gap lies
/// between them (for symmetric kinds A-B and B-A join). A relation's weight is its number
/// of events; its note gives the events, mentions, mean Goldstein score and CAMEO codes;
/// its citations are the source URLs (GDELT) or story ids (ICEWS) of its first events.
/// Unmapped codes are counted, not silently dropped. A line that breaks the layout (a
/// wrong number of columns, a date that cannot be read) is an error at its line and
/// column, and the import gives no graph.
public enum EventImporter {
    /// Progress of a running import, reported every 100,000 lines.
    public struct Progress: Sendable {
        /// Lines read so far.
        public var lines: Int
        /// Event lines read so far.
        public var events: Int
        /// Relations made so far.
        public var relations: Int
        /// Events with unmapped codes so far.
        public var unmapped: Int
    }

    /// Reads the event file at `path` into a graph.
    public static func importEvents(path: String, options: EventImportOptions,
                                    progress: ((Progress) -> Void)? = nil) throws(LoadError)
        -> (graph: TemporalGraph, summary: EventImportSummary) {
        if options.format == .icews, options.minimumMentions > 0 {
            throw LoadError([Diagnostic(file: path, line: 1, column: 1,
                                        message: "ICEWS events carry no mention counts; a minimum of mentions applies to GDELT")])
        }
        let reader = try ChunkedLineReader(path: path)
        var state = ImportState(options: options)
        var fields = TabSeparatedFields()
        let gdelt = GDELTLineParser()
        var icews = ICEWSLineParser()
        var diagnostics: [Diagnostic] = []
        let maximumErrors = 100
        try reader.forEachLine { line, number in
            if number == 1, let problem = archiveProblem(line) {
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: problem))
                return false
            }
            if line.isEmpty { return true }
            fields.split(line)
            let parsed: EventLine
            switch options.format {
            case .gdelt: parsed = gdelt.parse(fields)
            case .icews: parsed = number == 1 ? icews.parseHeader(fields) : icews.parse(fields)
            }
            switch parsed {
            case .header: break
            case let .failure(column, message):
                diagnostics.append(Diagnostic(file: path, line: number, column: column, message: message))
                if diagnostics.count >= maximumErrors {
                    diagnostics.append(Diagnostic(file: path, line: number, column: 1,
                                                  message: "stopped after \(maximumErrors) errors"))
                    return false
                }
            case .withoutTwoActors:
                state.summary.eventsRead += 1
                state.summary.withoutTwoActors += 1
            case let .event(event):
                state.summary.eventsRead += 1
                state.add(event)
            }
            if let progress, number % 100_000 == 0 {
                progress(Progress(lines: number, events: state.summary.eventsRead, relations: state.merger.runCount,
                                  unmapped: state.summary.unmappedEvents))
            }
            return true
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        do {
            let graph = try state.makeGraph(file: path)
            return (graph, state.summary)
        } catch {
            throw LoadError(error.problems.map { Diagnostic(file: path, line: 1, column: 1, message: $0.description) })
        }
    }

    /// A message when the file's first bytes show a compressed archive rather than text.
    private static func archiveProblem(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        if line.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "this is a zip archive; unzip it and import the file inside" }
        if line.starts(with: [0x1F, 0x8B]) { return "this is a gzip file; gunzip it first" }
        return nil
    }
}

/// The actors, kinds and runs an import has gathered so far.
private struct ImportState {
    let options: EventImportOptions
    var summary = EventImportSummary()
    var merger: EventMerger
    var actorIndex: [String: Int32] = [:]
    var actorKinds: [String] = []
    var actorIDs: [String] = []
    /// Names each actor went by, with counts (at most 20 per actor).
    var actorNames: [[String: Int]] = []
    var kindIndex: [String: Int32] = [:]
    var kindIDs: [String] = []
    /// Code -> kind number, so that each code is looked up once.
    var kindOfCode: [String: Int32] = [:]

    init(options: EventImportOptions) {
        self.options = options
        merger = EventMerger(gap: options.mergeGapDays, maximumCitations: options.maximumCitations)
    }

    mutating func add(_ event: CodedEvent) {
        if options.minimumMentions > 0, (event.mentions ?? 0) < options.minimumMentions {
            summary.belowMinimumMentions += 1
            return
        }
        if event.source.id == event.target.id {
            summary.sameActorOnBothSides += 1
            return
        }
        let kind: Int32
        if let known = kindOfCode[event.code] {
            kind = known
        } else if let kindID = options.mapping.kind(forCode: event.code) {
            if let existing = kindIndex[kindID] { kind = existing } else {
                kind = Int32(kindIDs.count)
                kindIndex[kindID] = kind
                kindIDs.append(kindID)
            }
            kindOfCode[event.code] = kind
        } else {
            kind = -1
            kindOfCode[event.code] = -1
        }
        guard kind >= 0 else {
            summary.unmappedCodes[event.code.isEmpty ? "(empty)" : event.code, default: 0] += 1
            return
        }
        var source = actor(event.source)
        var target = actor(event.target)
        let symmetric = RelationKind.builtIn[kindIDs[Int(kind)]].map { !$0.directed } ?? false
        if symmetric, actorIDs[Int(target)] < actorIDs[Int(source)] { swap(&source, &target) }
        merger.add(event, key: EventMerger.Key(kind: kind, source: source, target: target))
        summary.eventsUsed += 1
    }

    private mutating func actor(_ party: CodedEvent.Party) -> Int32 {
        let index: Int32
        if let known = actorIndex[party.id] {
            index = known
        } else {
            index = Int32(actorIDs.count)
            actorIndex[party.id] = index
            actorIDs.append(party.id)
            actorKinds.append(party.kind)
            actorNames.append([:])
        }
        if !party.name.isEmpty, actorNames[Int(index)].count < 20 || actorNames[Int(index)][party.name] != nil {
            actorNames[Int(index)][party.name, default: 0] += 1
        }
        return index
    }

    /// The graph of the runs gathered (which it frees as it goes), completing the summary.
    mutating func makeGraph(file: String) throws(GraphValidationError) -> TemporalGraph {
        var usedActors = Set<Int32>()
        /// Each relation with the references of its citations, in the same order.
        var made: [(relation: Relation, references: [String])] = []
        var goldsteinByKind: [Int32: (sum: Double, count: Int)] = [:]
        let prefix = options.format.citationPrefix
        while let (key, runs) = merger.popRuns() {
            usedActors.insert(key.source)
            usedActors.insert(key.target)
            let kindID = kindIDs[Int(key.kind)]
            let sourceID = actorIDs[Int(key.source)]
            let targetID = actorIDs[Int(key.target)]
            for run in runs {
                if run.goldsteinCount > 0 {
                    goldsteinByKind[key.kind, default: (0, 0)].sum += run.goldsteinSum
                    goldsteinByKind[key.kind, default: (0, 0)].count += run.goldsteinCount
                }
                let relation = Relation(id: "\(sourceID)-\(kindID)-\(targetID)-\(run.first)", kind: kindID,
                                        source: sourceID, target: targetID, start: DateExpression(PartialDate(run.first)),
                                        end: DateExpression(PartialDate(run.last)), citations: run.citations.map { prefix + $0.id },
                                        note: note(describing: run), weight: Double(run.events))
                made.append((relation, run.citations.map(\.reference)))
            }
        }
        made.sort { ($0.relation.start?.earliestDay ?? .distantPast, $0.relation.id)
            < ($1.relation.start?.earliestDay ?? .distantPast, $1.relation.id) }
        var sources = OrderedDictionary<String, String>()
        for (relation, references) in made {
            for (key, reference) in zip(relation.citations, references) { sources[key] = reference }
        }
        let relations = made.map(\.relation)
        made = []
        let actors: [Actor] = usedActors.sorted { actorIDs[Int($0)] < actorIDs[Int($1)] }.map { index in
            let names = actorNames[Int(index)].sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            return Actor(id: actorIDs[Int(index)], name: names.first, kind: actorKinds[Int(index)],
                         aliases: Array(names.dropFirst()))
        }
        let declaredKinds = kindIDs.enumerated().compactMap { number, id -> RelationKind? in
            guard RelationKind.builtIn[id] == nil else { return nil }
            let totals = goldsteinByKind[Int32(number)]
            let mean = totals.map { $0.sum / Double(max($0.count, 1)) } ?? 0
            let prefixes = options.mapping.table.filter { $0.value == id }.keys.sorted { ($0.count, $0) < ($1.count, $1) }
            return RelationKind(id: id, directed: true, tone: Self.tone(ofCAMEOPrefix: prefixes.first ?? ""),
                                cameoCode: prefixes.first, goldstein: min(10, max(-10, (mean * 10).rounded() / 10)))
        }
        summary.relations = relations.count
        summary.actors = actors.count
        let title = "\(options.format.displayName) events from \((file as NSString).lastPathComponent)"
        let description = "\(summary.eventsUsed) of \(summary.eventsRead) events in \(relations.count) relations; "
            + "events of the same pair and kind at most \(options.mergeGapDays) days apart are joined"
            + (options.minimumMentions > 0 ? "; events with fewer than \(options.minimumMentions) mentions left out" : "")
        return try TemporalGraph(title: title, description: description, sources: sources,
                                 declaredKinds: declaredKinds, actors: actors, relations: relations)
    }

    /// "2 GDELT 2.0 events, 14 mentions, mean Goldstein 7.0; CAMEO 046 ×2".
    private func note(describing run: EventMerger.Run) -> String {
        var note = "\(run.events) \(options.format.displayName) event\(run.events == 1 ? "" : "s")"
        if options.format == .gdelt { note += ", \(run.mentions) mention\(run.mentions == 1 ? "" : "s")" }
        if run.goldsteinCount > 0 {
            note += ", mean Goldstein \((run.goldsteinSum / Double(run.goldsteinCount) * 10).rounded() / 10)"
        }
        let codes = run.codes.sorted { ($0.count, $1.code) > ($1.count, $0.code) }
        return note + "; CAMEO " + codes.map { "\($0.code) ×\($0.count)" }.joined(separator: ", ")
    }

    /// The tone of a kind the mapping file introduces, from the CAMEO root of its code:
    /// statements and appeals (01, 02) neutral, 03 to 09 cooperative, 10 to 20 conflictual.
    static func tone(ofCAMEOPrefix prefix: String) -> Tone {
        guard prefix.count >= 2, let root = Int(prefix.prefix(2)) else { return .neutral }
        switch root {
        case 3...9: return .cooperative
        case 10...20: return .conflictual
        default: return .neutral
        }
    }
}
