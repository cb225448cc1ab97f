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
    /// Part-of links between members, in the graph's order of parts.
    public let partOfLinks: [PartOfLink]
    /// The title's lines: the graph's title, then the date or window.
    public let titleLines: [String]

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
        secretRelationIDs = Set(snapshot.relationPositions.map(Int.init).filter(snapshot.isSecret(relationAt:))
            .map { graph.relations[$0].id })
        let shownIDs = Set(members.map(\.actor.id))
        partOfLinks = members.compactMap { member in
            guard let whole = member.actor.partOf, shownIDs.contains(whole) else { return nil }
            return PartOfLink(part: member.actor.id, whole: whole)
        }
        titleLines = [options.title ?? graph.title ?? "Relations", Self.describe(snapshot)]
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
