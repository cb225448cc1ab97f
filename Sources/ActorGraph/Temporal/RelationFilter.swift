/// Which relations a query keeps: how sure it must be that they held, and which kinds,
/// tones and actors they involve.
///
/// One filter travels from the command line through snapshots, change lists, timelines and
/// reports to the measures; nothing downstream filters again. Every constraint left nil keeps
/// everything. A relation passes when its kind and tone are among those asked for and both
/// of its actors are of the actor kinds asked for.
///
/// ```swift
/// let filter = RelationFilter(certainty: .certainly, tones: [.cooperative])
/// let snapshot = graph.snapshot(at: day, filter: filter)
/// ```
public struct RelationFilter: Hashable, Sendable {
    /// Whether relations must be possibly (the default) or certainly active on the days asked about.
    public var certainty: Certainty
    /// Relation kind ids to keep.
    public var kinds: Set<String>?
    /// Tones to keep.
    public var tones: Set<Tone>?
    /// Actor kinds both ends must have.
    public var actorKinds: Set<String>?

    /// Creates a filter.
    public init(certainty: Certainty = .possibly, kinds: Set<String>? = nil, tones: Set<Tone>? = nil,
                actorKinds: Set<String>? = nil) {
        self.certainty = certainty
        self.kinds = kinds
        self.tones = tones
        self.actorKinds = actorKinds
    }

    /// The filter that keeps every relation possibly active.
    public static let all = RelationFilter()

    /// True when the filter keeps every relation, whatever its kind, tone and actors.
    public var keepsEveryKind: Bool { kinds == nil && tones == nil && actorKinds == nil }

    /// Which tones pass, in words: "all tones", "cooperative relations".
    public var toneSummary: String {
        guard let tones else { return "all tones" }
        return Tone.allCases.filter(tones.contains).map(\.rawValue).joined(separator: " and ") + " relations"
    }
}

extension TemporalGraph {
    /// A predicate over relation positions that applies `filter`'s kinds, tones and actor
    /// kinds with table look-ups only; nil when it keeps every relation.
    package func relationPredicate(_ filter: RelationFilter) -> ((Int) -> Bool)? {
        if filter.keepsEveryKind { return nil }
        let keptKinds: [Bool] = kinds.values.map { kind in
            (filter.kinds?.contains(kind.id) ?? true) && (filter.tones?.contains(kind.tone) ?? true)
        }
        let keptActors: [Bool]? = filter.actorKinds.map { wanted in actors.map { wanted.contains($0.kind) } }
        let kindPositions = self.kindPositions
        let sourcePositions = self.sourcePositions
        let targetPositions = self.targetPositions
        return { relation in
            guard keptKinds[Int(kindPositions[relation])] else { return false }
            guard let keptActors else { return true }
            return keptActors[Int(sourcePositions[relation])] && keptActors[Int(targetPositions[relation])]
        }
    }
}
