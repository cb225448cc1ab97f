import ActorGraph
import GRDB
import OrderedCollections

extension GraphStore {
    /// Loads the whole graph in the store at `path`, checking it and solving its dates again
    /// as a file's are; `vagueness` overrides the durations of vague words.
    ///
    /// - Throws: ``LoadError`` at `path:1:1` for a file that is not a store, a store of a
    ///   newer schema, or a value of the wrong type; the graph's own problems otherwise.
    public static func load(path: String, vagueness override: Vagueness? = nil) throws(LoadError) -> TemporalGraph {
        let queue = try openForReading(path: path)
        let parts: GraphParts
        do {
            parts = try queue.read { db in
                let reader = StoreReader(db: db, path: path)
                var relations = try reader.relations("ORDER BY r.position")
                try reader.attachSources(to: &relations)
                return try GraphParts(reader: reader, sources: try reader.sources(), actors: try reader.actors(),
                                  relations: relations)
            }
        } catch {
            throw loadFailure(error, path: path)
        }
        let vagueness = override.map { parts.vagueness.merging($0) } ?? parts.vagueness
        return try parts.graph(path: path, vagueness: vagueness, solved: nil)
    }

    /// Loads from the store at `path` only the relations active with `certainty` on some
    /// day of `spans` (an R*Tree query), those their relative dates are anchored on, the
    /// actors they join with every actor those lie within, and the sources they cite. The
    /// dates keep the days they were solved to over the whole graph, so that a snapshot of
    /// the result on those days equals one of the whole graph. `actors` names actors to read
    /// whether or not they take part (one a command is asked about).
    public static func load(path: String, activeDuring spans: [DaySpan], certainty: Certainty = .possibly,
                            actors extraActors: Set<String> = []) throws(LoadError) -> TemporalGraph {
        let queue = try openForReading(path: path)
        let parts: GraphParts
        do {
            parts = try queue.read { db in
                let reader = StoreReader(db: db, path: path)
                let index = certainty == .possibly ? "possibly_active" : "certainly_active"
                var byPosition: [Int64: StoreReader.StoredRelation] = [:]
                for span in spans where !span.isEmpty {
                    let join = { (column: String) in "JOIN \(index) a ON a.relation = \(column) WHERE a.first <= ? AND a.last >= ?" }
                    let arguments: StatementArguments = [span.last.number, span.first.number]
                    var found = try reader.relations(join("r.position"), arguments: arguments)
                    try reader.attachSources(to: &found, citations: join("c.relation"), evidence: join("e.relation"),
                                             arguments: arguments)
                    for stored in found { byPosition[stored.position] = stored }
                }
                try addAnchors(to: &byPosition, reader: reader)
                let relations = byPosition.keys.sorted().compactMap { byPosition[$0] }
                var actorIDs = extraActors
                var keys = Set<String>()
                for stored in relations {
                    actorIDs.insert(stored.relation.source)
                    actorIDs.insert(stored.relation.target)
                    keys.formUnion(stored.relation.citations)
                    keys.formUnion(stored.relation.evidence.map(\.source))
                }
                return try GraphParts(reader: reader, sources: try reader.sources(keys: keys),
                                  actors: try reader.actors(ids: actorIDs), relations: relations)
            }
        } catch {
            throw loadFailure(error, path: path)
        }
        // Keep the days solved over the whole graph wherever they differ from what the
        // relation's own dates give: the part alone would solve to other days.
        var solved: [Int32: RelationDates.Solved] = [:]
        for (offset, stored) in parts.relations.enumerated() {
            let own = RelationDates.ownRanges(stored.relation)
            if stored.relation.hasRelativeDates || own.start != stored.solved.start || own.end != stored.solved.end
                || stored.relation.secretUntil.map({ DaySpan(first: $0.earliestDay, last: $0.latestDay) })
                    != stored.solved.secretUntil {
                solved[Int32(offset)] = stored.solved
            }
        }
        return try parts.graph(path: path, vagueness: parts.vagueness, solved: solved)
    }

    /// Adds, until none is missing, the relations that the relative dates of those in
    /// `relations` are anchored on.
    private static func addAnchors(to relations: inout [Int64: StoreReader.StoredRelation], reader: StoreReader) throws {
        var pending = relations.values.filter { $0.relation.hasRelativeDates }.map(\.position)
        while let position = pending.popLast() {
            for anchor in try reader.anchors(of: position) where relations[anchor] == nil {
                var found = try reader.relations("WHERE r.position = ?", arguments: [anchor])
                try reader.attachSources(to: &found, citations: "WHERE c.relation = ?", evidence: "WHERE e.relation = ?",
                                         arguments: [anchor])
                for stored in found {
                    relations[stored.position] = stored
                    if stored.relation.hasRelativeDates { pending.append(stored.position) }
                }
            }
        }
    }

    /// A failure while reading, as a diagnostic at `path:1:1` (a ``LoadError`` as it is).
    private static func loadFailure(_ error: any Error, path: String) -> LoadError {
        (error as? LoadError) ?? diagnostic(path, describe(error))
    }

    /// What a store holds besides its relations, read once, and the relations read.
    struct GraphParts {
        var metadata: [String: String]
        var vagueness: Vagueness
        var declaredKinds: [RelationKind]
        var sources: OrderedDictionary<String, String>
        var actors: [Actor]
        var relations: [StoreReader.StoredRelation]

        init(reader: StoreReader, sources: OrderedDictionary<String, String>, actors: [Actor],
             relations: [StoreReader.StoredRelation]) throws {
            metadata = try reader.metadata()
            vagueness = try reader.vagueness()
            declaredKinds = try reader.declaredKinds()
            self.sources = sources
            self.actors = actors
            self.relations = relations
        }

        /// The graph, checked; `solved` keeps stored days rather than solving again.
        func graph(path: String, vagueness: Vagueness,
                   solved: [Int32: RelationDates.Solved]?) throws(LoadError) -> TemporalGraph {
            try TemporalGraph.validated(
                title: metadata["title"], description: metadata["description"], sources: sources,
                declaredKinds: declaredKinds, actors: actors, relations: relations.map(\.relation),
                relationIDsAreUnique: true, vagueness: vagueness, solved: solved, file: path, place: { _ in nil })
        }
    }
}
