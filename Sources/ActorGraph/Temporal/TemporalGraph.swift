import OrderedCollections

/// Actors and the time-stamped relations between them, indexed for questions by date.
///
/// A `TemporalGraph` is an immutable value. Building it checks every reference (actors,
/// kinds, citations, `partOf`) and builds two ``IntervalIndex``es, one over the days each
/// relation is possibly active and one over the days it is certainly active, so that
/// ``snapshot(at:certainty:filter:)`` costs O(log n + answer) rather than a scan.
///
/// ```swift
/// let graph = try GraphLoader.load(path: "Graphs/central-asia-2001.yaml")
/// let snapshot = graph.snapshot(at: Day(year: 2001, month: 9, day: 30)!)
/// snapshot.relations.map(\.kind)   // ["allows-basing", ...]
/// ```
public struct TemporalGraph: Sendable {
    /// The graph's title.
    public let title: String?
    /// What the graph covers.
    public let description: String?
    /// Citation key -> full reference, in file order.
    public let sources: OrderedDictionary<String, String>
    /// Every relation kind the graph may use: the built-ins, then those the file declares.
    public let kinds: OrderedDictionary<String, RelationKind>
    /// The kinds the file declared itself (a subset of ``kinds``), kept for writing it back.
    public let declaredKinds: [RelationKind]
    /// Actors in file order.
    public let actors: [Actor]
    /// Relations in file order.
    public let relations: [Relation]

    /// Position of each actor id in ``actors``.
    public let actorPosition: [String: Int32]
    /// Position in ``actors`` of each relation's source.
    public let sourcePositions: [Int32]
    /// Position in ``actors`` of each relation's target.
    public let targetPositions: [Int32]
    /// Position in ``kinds`` of each relation's kind.
    public let kindPositions: [Int32]

    /// The solved days of every relation's dates.
    let dates: RelationDates
    /// The line each relation's start, end and secrecy date is written on (three entries a
    /// relation, 0 when unknown), or empty when the graph was not read from a file.
    package let dateLines: [Int32]

    let possiblyActive: IntervalIndex
    let certainlyActive: IntervalIndex

    /// Builds a graph, checking every reference.
    ///
    /// - Throws: ``GraphValidationError`` listing every problem found.
    public init(title: String? = nil, description: String? = nil,
                sources: OrderedDictionary<String, String> = [:], declaredKinds: [RelationKind] = [],
                actors: [Actor], relations: [Relation], vagueness: Vagueness = .builtIn) throws(GraphValidationError) {
        let checked = Self.problemsAndDates(sources: sources, kinds: declaredKinds, actors: actors, relations: relations,
                                            relationIDsAreUnique: false, vagueness: vagueness)
        if !checked.problems.isEmpty { throw GraphValidationError(problems: checked.problems) }
        self.init(checkedTitle: title, description: description, sources: sources, declaredKinds: declaredKinds,
                  actors: actors, relations: relations, dates: checked.dates)
    }

    /// Builds a graph from elements that ``problems(sources:kinds:actors:relations:)`` found
    /// nothing wrong with, without checking them again: for ``validated(title:description:sources:declaredKinds:actors:relations:relationIDsAreUnique:file:earlier:place:)``
    /// and for cutting a valid graph down (``restricted(to:)``).
    package init(checkedTitle title: String?, description: String?, sources: OrderedDictionary<String, String>,
         declaredKinds: [RelationKind], actors: [Actor], relations: [Relation],
         dates: RelationDates? = nil, dateLines: [Int32] = []) {
        var kinds = OrderedDictionary<String, RelationKind>()
        for kind in RelationKind.builtInKinds + declaredKinds { kinds[kind.id] = kind }
        var actorPosition = [String: Int32](minimumCapacity: actors.count)
        for (position, actor) in actors.enumerated() { actorPosition[actor.id] = Int32(position) }

        self.title = title
        self.description = description
        self.sources = sources
        self.kinds = kinds
        self.declaredKinds = declaredKinds
        self.actors = actors
        self.relations = relations
        self.actorPosition = actorPosition
        // References were checked above, so every lookup succeeds. Index loops read the
        // three fields in place, where mapping the relations would copy each one whole.
        self.sourcePositions = relations.indices.map { actorPosition[relations[$0].source] ?? -1 }
        self.targetPositions = relations.indices.map { actorPosition[relations[$0].target] ?? -1 }
        self.kindPositions = relations.indices.map { Int32(kinds.index(forKey: relations[$0].kind) ?? -1) }
        let dates = dates ?? Self.problemsAndDates(sources: sources, kinds: declaredKinds, actors: actors,
                                                   relations: relations, relationIDsAreUnique: true,
                                                   vagueness: .builtIn).dates
        self.dates = dates
        self.dateLines = dateLines
        // One index at a time, so that only one list of spans is held beside the relations.
        func spans(_ certainty: Certainty) -> [DaySpan] {
            relations.indices.map { position in
                let (start, end) = dates.ranges(ofRelationAt: position, in: relations)
                return DaySpan(activeFrom: start, to: end, certainty)
            }
        }
        self.possiblyActive = IntervalIndex(spans: spans(.possibly))
        self.certainlyActive = IntervalIndex(spans: spans(.certainly))
    }

    /// The vocabulary the graph's vague words were read with: the built-in words, the file's
    /// `vagueness` table, then any override given when loading.
    public var vagueness: Vagueness { dates.vagueness }

    /// The actor with this id.
    public func actor(id: String) -> Actor? {
        actorPosition[id].map { actors[Int($0)] }
    }

    /// The kind of a relation (always present in a built graph).
    public func kind(of relation: Relation) -> RelationKind {
        kinds[relation.kind] ?? RelationKind(id: relation.kind, tone: .neutral, goldstein: 0)
    }

    /// The index over the days relations are active with the given certainty.
    func index(_ certainty: Certainty) -> IntervalIndex {
        certainty == .possibly ? possiblyActive : certainlyActive
    }

    /// The days covered by the graph's bounded dates: the earliest bounded start or end and
    /// the latest, as solved, or nil when no relation has a bounded date.
    public var dateSpan: DaySpan? {
        var first = Day.distantFuture
        var last = Day.distantPast
        func widen(to range: DaySpan) {
            if !range.first.isUnbounded { first = min(first, range.first) }
            if !range.last.isUnbounded { last = max(last, range.last) }
        }
        for position in relations.indices {
            widen(to: startRange(ofRelationAt: position))
            widen(to: endRange(ofRelationAt: position))
        }
        return first <= last ? DaySpan(first: first, last: last) : nil
    }
}
