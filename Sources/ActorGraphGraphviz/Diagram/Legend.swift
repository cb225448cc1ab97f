import ActorGraph

/// The rows of a diagram's legend: the actor kinds and relation kinds drawn, grouped by tone,
/// then the marks in use (part-of links, secret relations, faded actors, node size).
public struct Legend: Hashable, Sendable {
    /// One line of the legend.
    public enum Row: Hashable, Sendable {
        /// A bold heading; with a tone, written in that tone's colour.
        case heading(String, tone: Tone?)
        /// A sample node of an actor kind.
        case actorKind(String)
        /// A sample edge of a relation kind (by id).
        case relationKind(String)
        /// A sample part-of link.
        case partOf
        /// A sample secret relation.
        case secret
        /// A sample faded actor.
        case inactive
        /// What node size shows.
        case nodeSize(String)
        /// A sample edge standing for several relations between the same actors.
        case merged
        /// A relation begun since the earlier date (emphasised), with that date.
        case began(String)
        /// A relation ended since the earlier date (a ghost).
        case ended
        /// A relation active at both dates (muted).
        case unchanged
        /// An actor new since the earlier date.
        case newActor
        /// A relation only possibly active (lighter).
        case uncertain
    }

    /// The rows, top to bottom.
    public var rows: [Row]

    /// Creates a legend from rows.
    public init(rows: [Row]) {
        self.rows = rows
    }

    /// The legend for everything drawn in any of `contents` (one diagram, or every frame
    /// of a timeline so that all frames share one legend).
    public init(contents: [DiagramContent], options: DiagramOptions) {
        guard let graph = contents.first?.graph else {
            self.init(rows: [])
            return
        }
        var actorKinds: [String] = []
        var relationKinds = Set<String>()
        var hasPartOf = false
        var hasSecret = false
        var hasInactive = false
        var hasMerged = false
        var hasUncertain = false
        var changes = Set<DiagramContent.RelationChange>()
        var hasNewActors = false
        var since: String?
        for content in contents {
            changes.formUnion(content.changes.values)
            if !content.newActors.isEmpty { hasNewActors = true }
            if since == nil, !content.changes.isEmpty, let line = content.titleLines.last,
               let range = line.range(of: "changes since ") {
                since = String(line[range.upperBound...].prefix { $0 != "," })
            }
            if !hasUncertain { hasUncertain = content.relations.contains { content.changes[$0.id] != .ended && content.isUncertain($0) } }
            if options.mergesParallel && !hasMerged {
                let bundling = RelationBundling(relations: content.relations, graph: graph)
                hasMerged = bundling.bundles.contains { $0.relationIDs.count > 1 }
            }
            for member in content.members {
                if !actorKinds.contains(member.actor.kind) { actorKinds.append(member.actor.kind) }
                if !member.isActive { hasInactive = true }
            }
            for relation in content.relations {
                relationKinds.insert(relation.kind)
                if content.isSecret(relation) { hasSecret = true }
            }
            if !content.partOfLinks.isEmpty { hasPartOf = true }
        }
        let builtInOrder = ActorKind.builtIn.filter(actorKinds.contains)
        let extraOrder = actorKinds.filter { !ActorKind.builtIn.contains($0) }

        var rows: [Row] = []
        if !actorKinds.isEmpty {
            rows.append(.heading("Actors", tone: nil))
            rows += (builtInOrder + extraOrder).map(Row.actorKind)
        }
        for tone in Tone.allCases {
            let kinds = graph.kinds.values.filter { $0.tone == tone && relationKinds.contains($0.id) }
            if kinds.isEmpty { continue }
            rows.append(.heading(tone.rawValue.prefix(1).uppercased() + tone.rawValue.dropFirst(), tone: tone))
            rows += kinds.map { Row.relationKind($0.id) }
        }
        var marks: [Row] = []
        if hasPartOf { marks.append(.partOf) }
        if changes.contains(.began) { marks.append(.began(since ?? "the earlier date")) }
        if changes.contains(.unchanged) { marks.append(.unchanged) }
        if changes.contains(.ended) { marks.append(.ended) }
        if hasNewActors { marks.append(.newActor) }
        if hasUncertain { marks.append(.uncertain) }
        if hasMerged { marks.append(.merged) }
        if hasSecret { marks.append(.secret) }
        if hasInactive { marks.append(.inactive) }
        if !options.nodeScores.isEmpty { marks.append(.nodeSize(options.nodeScoreName ?? "score")) }
        if !marks.isEmpty { rows += [.heading("Marks", tone: nil)] + marks }
        self.init(rows: rows)
    }
}
