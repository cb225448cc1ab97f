import ActorGraph

/// What one diagram shows: its actors (active on the date, or drawn faded for context), its
/// relations, the part-of links between the actors shown, and its title.
public struct DiagramContent: Sendable {
    /// An actor in the diagram.
    public struct Member: Hashable, Sendable {
        /// The actor.
        public var actor: Actor
        /// False when the actor takes part in no relation drawn (it is faded).
        public var isActive: Bool
    }

    /// A part-of link between two actors shown.
    public struct PartOfLink: Hashable, Sendable {
        /// The actor that is part of the other.
        public var part: String
        /// The actor it is part of.
        public var whole: String
    }

    /// The graph the content comes from.
    public let graph: TemporalGraph
    /// The actors in the graph's order.
    public let members: [Member]
    /// The relations in the graph's order.
    public let relations: [Relation]
    /// The ids of the relations that may still have been secret on the diagram's day or window.
    public let secretRelationIDs: Set<String>
    /// The dates of each relation drawn that has any, by id: as written when absolute, as
    /// solved when relative (``TemporalGraph/datesText(ofRelationAt:)``).
    public let relationDates: [String: String]
    /// The ids of the relations certainly active on none of the days drawn (solved dates).
    let uncertainRelationIDs: Set<String>
    /// Part-of links between members, in the graph's order of parts.
    public let partOfLinks: [PartOfLink]
    /// The title's lines: the graph's title, then the date or window.
    public let titleLines: [String]
    /// The day or window drawn.
    public let span: DaySpan
    /// Whether the relations drawn had to be possibly or certainly active.
    public let certainty: Certainty
    /// For a diagram of what changed (``init(snapshot:since:options:)``): how each relation
    /// drawn changed; empty otherwise.
    public let changes: [String: RelationChange]
    /// For a diagram of what changed: the actors active now that were not at the earlier date.
    public let newActors: Set<String>

    /// How a relation changed between an earlier snapshot and the one drawn.
    public enum RelationChange: String, Hashable, Sendable {
        /// Active now, not at the earlier date: emphasised.
        case began
        /// Active at the earlier date, not now: drawn as a ghost.
        case ended
        /// Active at both: muted.
        case unchanged
    }

    /// The content of `snapshot`: its actors and relations, and (with
    /// ``DiagramOptions/showsWholes``) the actors they are part of, faded.
    public init(snapshot: Snapshot, options: DiagramOptions = DiagramOptions()) {
        var shown = Set(snapshot.actorPositions)
        if options.showsWholes {
            var pending = Array(snapshot.actorPositions)
            while let position = pending.popLast() {
                guard let whole = snapshot.graph.actors[Int(position)].partOf,
                      let wholePosition = snapshot.graph.actorPosition[whole] else { continue }
                if shown.insert(wholePosition).inserted { pending.append(wholePosition) }
            }
        }
        self.init(snapshot: snapshot, shownActorPositions: shown, options: options)
    }

    /// The content of one frame of a timeline: every actor of `shownActorPositions` is drawn,
    /// those without a relation in `snapshot` faded.
    public init(snapshot: Snapshot, shownActorPositions: Set<Int32>, options: DiagramOptions = DiagramOptions()) {
        let graph = snapshot.graph
        let active = Set(snapshot.actorPositions)
        let positions = shownActorPositions.union(active).sorted()
        self.graph = graph
        members = positions.map { Member(actor: graph.actors[Int($0)], isActive: active.contains($0)) }
        relations = snapshot.relations
        relationDates = Dictionary(uniqueKeysWithValues: snapshot.relationPositions.map(Int.init).compactMap { position in
            graph.datesText(ofRelationAt: position).map { (graph.relations[position].id, $0) }
        })
        secretRelationIDs = Set(snapshot.relationPositions.map(Int.init).filter(snapshot.isSecret(relationAt:))
            .map { graph.relations[$0].id })
        uncertainRelationIDs = Set(snapshot.relationPositions.map(Int.init)
            .filter { !graph.activeSpan(ofRelationAt: $0, .certainly).overlaps(snapshot.span) }
            .map { graph.relations[$0].id })
        let shownIDs = Set(members.map(\.actor.id))
        partOfLinks = members.compactMap { member in
            guard let whole = member.actor.partOf, shownIDs.contains(whole) else { return nil }
            return PartOfLink(part: member.actor.id, whole: whole)
        }
        titleLines = [options.title ?? graph.title ?? "Relations", Self.describe(snapshot) + (options.titleNote.map { ", " + $0 } ?? "")]
        span = snapshot.span
        certainty = snapshot.certainty
        changes = [:]
        newActors = []
    }

    /// What changed from `earlier` to `snapshot`: the relations of both, each marked as
    /// begun, ended or unchanged, and the actors active in `snapshot` but not in `earlier`
    /// marked as new. Actors active only in `earlier` are drawn faded, at the ends of the
    /// ended relations.
    public init(snapshot: Snapshot, since earlier: Snapshot, options: DiagramOptions = DiagramOptions()) {
        let graph = snapshot.graph
        let now = Set(snapshot.relationPositions)
        let before = Set(earlier.relationPositions)
        let both = Snapshot(graph: graph, span: snapshot.span, filter: snapshot.filter,
                            relationPositions: now.union(before).sorted())
        let combined = DiagramContent(snapshot: both, options: options)
        let active = Set(snapshot.actorPositions.map { graph.actors[Int($0)].id })
        self.graph = graph
        members = combined.members.map { Member(actor: $0.actor, isActive: active.contains($0.actor.id)) }
        relations = combined.relations
        relationDates = combined.relationDates
        secretRelationIDs = combined.secretRelationIDs
        uncertainRelationIDs = combined.uncertainRelationIDs
        partOfLinks = combined.partOfLinks
        span = snapshot.span
        certainty = snapshot.certainty
        var changes: [String: RelationChange] = [:]
        for position in both.relationPositions {
            let id = graph.relations[Int(position)].id
            changes[id] = now.contains(position) ? (before.contains(position) ? .unchanged : .began) : .ended
        }
        self.changes = changes
        let activeBefore = Set(earlier.actorPositions.map { graph.actors[Int($0)].id })
        newActors = active.subtracting(activeBefore)
        let since = earlier.isSingleDay ? earlier.span.first.description : Self.describe(earlier)
        titleLines = [options.title ?? graph.title ?? "Relations",
                      Self.describe(snapshot) + ", changes since " + since + (options.titleNote.map { ", " + $0 } ?? "")]
    }

    /// True when `relation` may be active over the span drawn but is certainly active on
    /// none of its days (its dates are too vague to be sure).
    public func isUncertain(_ relation: Relation) -> Bool {
        certainty == .possibly && uncertainRelationIDs.contains(relation.id)
    }

    /// Whether the relation may still have been secret on the diagram's day or window.
    public func isSecret(_ relation: Relation) -> Bool {
        secretRelationIDs.contains(relation.id)
    }

    /// "2001-09-22", "2001-09-11 to 2001-09-30" or "all dates", with "(certainly active)"
    /// when only certainly active relations were kept.
    static func describe(_ snapshot: Snapshot) -> String {
        let span = snapshot.span
        let when: String
        if span.first.isUnbounded && span.last.isUnbounded {
            when = "all dates"
        } else if snapshot.isSingleDay {
            when = span.first.description
        } else {
            when = "\(span.first.isUnbounded ? "any date" : span.first.description) to "
                + (span.last.isUnbounded ? "any date" : span.last.description)
        }
        return snapshot.certainty == .certainly ? when + " (certainly active)" : when
    }
}
