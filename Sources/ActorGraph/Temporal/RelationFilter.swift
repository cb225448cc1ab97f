/// Which relations a query keeps, beyond their dates.
///
/// Every constraint left nil keeps everything. A relation passes when its kind and tone are
/// among those asked for and both of its actors are of the actor kinds asked for.
public struct RelationFilter: Hashable, Sendable {
    /// Relation kind ids to keep.
    public var kinds: Set<String>?
    /// Tones to keep.
    public var tones: Set<Tone>?
    /// Actor kinds both ends must have.
    public var actorKinds: Set<String>?

    /// Creates a filter.
    public init(kinds: Set<String>? = nil, tones: Set<Tone>? = nil, actorKinds: Set<String>? = nil) {
        self.kinds = kinds
        self.tones = tones
        self.actorKinds = actorKinds
    }

    /// The filter that keeps every relation.
    public static let all = RelationFilter()

    /// True when the filter keeps every relation.
    public var keepsEverything: Bool { kinds == nil && tones == nil && actorKinds == nil }
}

extension TemporalGraph {
    /// A predicate over relation positions that applies `filter` with table look-ups only.
    func relationPredicate(_ filter: RelationFilter) -> ((Int) -> Bool)? {
        if filter.keepsEverything { return nil }
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
