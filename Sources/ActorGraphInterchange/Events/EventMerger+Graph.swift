import ActorGraph
import Foundation
import OrderedCollections

extension EventMerger {
    /// The graph of the runs gathered (which it frees as it goes), completing the summary.
    mutating func makeGraph(options: EventImportOptions, title: String,
                            summary: inout EventImportSummary) throws(GraphValidationError) -> TemporalGraph {
        let kinds = EventKindVocabulary(options: options)
        var usedActors = [Bool](repeating: false, count: actorIDs.count)
        var relations: [Relation] = []
        relations.reserveCapacity(runCount)
        /// The references of each relation's citations, in the same order.
        var references: [[String]] = []
        references.reserveCapacity(runCount)
        var firstDays: [Int32] = []
        firstDays.reserveCapacity(runCount)
        var goldsteinByKind: [Int32: (sum: Int64, count: Int)] = [:]
        var usedKinds = Set<Int32>()
        let prefix = options.format.citationPrefix
        for number in 0..<keyCount {
            let key = self.key(number)
            let runs = takeRuns(ofKey: number)
            guard !runs.isEmpty else { continue }
            usedActors[Int(key.source)] = true
            usedActors[Int(key.target)] = true
            usedKinds.insert(key.kind)
            let kindID = kinds.ids[Int(key.kind)]
            let sourceID = actorIDs[Int(key.source)]
            let targetID = actorIDs[Int(key.target)]
            for run in runs {
                if run.goldsteinCount > 0 {
                    goldsteinByKind[key.kind, default: (0, 0)].sum += run.goldsteinSum
                    goldsteinByKind[key.kind, default: (0, 0)].count += run.goldsteinCount
                }
                let citations = run.citations.map { prefix + $0.id }
                // Quoted words (ACLED's notes) make the citations evidence.
                let evidence = run.citations.contains { $0.quote != nil }
                    ? zip(citations, run.citations).map { Evidence(source: $0, quote: $1.quote) } : []
                let relation = Relation(id: Self.relationID(source: sourceID, kind: kindID, target: targetID, first: run.first),
                                        kind: kindID,
                                        source: sourceID, target: targetID, start: DateExpression(PartialDate(run.first)),
                                        end: DateExpression(PartialDate(run.last)),
                                        citations: evidence.isEmpty ? citations : [], evidence: evidence,
                                        note: note(describing: run, format: options.format),
                                        weight: Double(run.events) + Double(run.weight))
                relations.append(relation)
                references.append(run.citations.map(\.reference))
                firstDays.append(run.first.number)
            }
        }
        // Relations by first day, then id: an order of their own, not of the input's.
        let order = relations.indices.sorted {
            firstDays[$0] != firstDays[$1] ? firstDays[$0] < firstDays[$1] : relations[$0].id < relations[$1].id
        }
        Self.permute(&relations, into: order)
        Self.permute(&references, into: order)
        var sources = OrderedDictionary<String, String>(minimumCapacity: references.reduce(0) { $0 + $1.count })
        // By position, so that no relation is copied whole.
        for position in relations.indices {
            let keys = relations[position].evidence.isEmpty ? relations[position].citations
                : relations[position].evidence.map(\.source)
            for (key, reference) in zip(keys, references[position]) { sources[key] = reference }
        }
        references = []
        let actors: [Actor] = actorIDs.indices.filter { usedActors[$0] }.sorted { actorIDs[$0] < actorIDs[$1] }.map { index in
            let names = actorNames[index].sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            return Actor(id: actorIDs[index], name: names.first, kind: actorKinds[index], aliases: Array(names.dropFirst()))
        }
        let declaredKinds = kinds.ids.enumerated().compactMap { number, id -> RelationKind? in
            guard RelationKind.builtIn[id] == nil, usedKinds.contains(Int32(number)) else { return nil }
            if options.format == .acled { return options.eventTypeMapping.declaredKind(id) }
            let totals = goldsteinByKind[Int32(number)] ?? (0, 0)
            let mean = Double(Self.meanGoldsteinTenths(sum: totals.sum, count: max(totals.count, 1))) / 10
            return options.mapping.declaredKind(id, goldstein: min(10, max(-10, mean)))
        }
        summary.relations = relations.count
        summary.actors = actors.count
        let description = "\(summary.eventsUsed) of \(summary.eventsRead) events in \(relations.count) relations; "
            + "events of the same pair and kind at most \(options.mergeGapDays) days apart are joined"
            + (options.minimumMentions > 0 ? "; events with fewer than \(options.minimumMentions) mentions left out" : "")
        return try TemporalGraph(title: title, description: description, sources: sources,
                                 declaredKinds: declaredKinds, actors: actors, relations: relations)
    }

    /// Puts `elements` in the order `order` gives (element `order[i]` goes to place `i`), by
    /// swaps, so that no element is copied.
    static func permute<Element>(_ elements: inout [Element], into order: [Int]) {
        var placed = [Bool](repeating: false, count: order.count)
        // The buffer's swaps move elements; the array's would copy each one and release it.
        elements.withUnsafeMutableBufferPointer { buffer in
            for start in order.indices where !placed[start] {
                var place = start
                while true {
                    placed[place] = true
                    let from = order[place]
                    if placed[from] { break }
                    buffer.swapAt(place, from)
                    place = from
                }
            }
        }
    }

    /// A mean of Goldstein scores in tenths, from their sum in thousandths: the exact mean
    /// rounded half away from zero, in integers, as the emitted SQL computes it.
    static func meanGoldsteinTenths(sum: Int64, count: Int) -> Int64 {
        let divisor = 200 * Int64(count)
        return sum >= 0 ? (2 * sum + 100 * Int64(count)) / divisor : -((-2 * sum + 100 * Int64(count)) / divisor)
    }

    /// Tenths written with one decimal: `-8` is "-0.8".
    static func decimalText(tenths: Int64) -> String {
        "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// "2 GDELT events, 14 mentions, mean Goldstein 7.0; CAMEO 046 ×2".
    private func note(describing run: RunValues, format: EventFormat) -> String {
        var note = "\(run.events) \(format.displayName) event\(run.events == 1 ? "" : "s")"
        if format == .gdelt { note += ", \(run.mentions) mention\(run.mentions == 1 ? "" : "s")" }
        if format == .acled { note += ", \(run.weight) fatalit\(run.weight == 1 ? "y" : "ies")" }
        if run.goldsteinCount > 0 {
            note += ", mean Goldstein " + Self.decimalText(tenths: Self.meanGoldsteinTenths(sum: run.goldsteinSum, count: run.goldsteinCount))
        }
        let counted = run.codes.sorted { ($0.count, $1.code) > ($1.count, $0.code) }
        return note + (format == .acled ? "; " : "; CAMEO ") + counted.map { "\($0.code) ×\($0.count)" }.joined(separator: ", ")
    }
}
