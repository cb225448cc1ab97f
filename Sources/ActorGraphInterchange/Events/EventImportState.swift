import ActorGraph
import Foundation
import OrderedCollections

/// The actors, kinds and runs an import has gathered so far.
struct EventImportState {
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
