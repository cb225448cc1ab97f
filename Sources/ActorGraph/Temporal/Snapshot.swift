/// The relations of a graph active on a day or within a window, and the actors they join.
///
/// A snapshot holds positions into its graph rather than copies, so taking one costs only
/// the index query; ``relations`` and ``actors`` materialize the values when asked.
public struct Snapshot: Sendable {
    /// The graph the snapshot was taken from.
    public let graph: TemporalGraph
    /// The day (first == last) or window the snapshot covers.
    public let span: DaySpan
    /// The filter the relations passed, certainty included.
    public let filter: RelationFilter
    /// Positions in `graph.relations` of the active relations, ascending (file order).
    public let relationPositions: [Int32]
    /// Positions in `graph.actors` of every actor at either end of an active relation, ascending.
    public let actorPositions: [Int32]

    /// Creates a snapshot from positions already selected by `filter`.
    public init(graph: TemporalGraph, span: DaySpan, filter: RelationFilter = .all, relationPositions: [Int32]) {
        self.graph = graph
        self.span = span
        self.filter = filter
        self.relationPositions = relationPositions
        var touched = [Bool](repeating: false, count: graph.actors.count)
        for relation in relationPositions {
            touched[Int(graph.sourcePositions[Int(relation)])] = true
            touched[Int(graph.targetPositions[Int(relation)])] = true
        }
        var actorPositions: [Int32] = []
        for (position, isTouched) in touched.enumerated() where isTouched { actorPositions.append(Int32(position)) }
        self.actorPositions = actorPositions
    }

    /// The active relations in file order.
    public var relations: [Relation] { relationPositions.map { graph.relations[Int($0)] } }
    /// The actors at either end of an active relation, in file order.
    public var actors: [Actor] { actorPositions.map { graph.actors[Int($0)] } }
    /// Whether relations had to be possibly or certainly active.
    public var certainty: Certainty { filter.certainty }
    /// True when the snapshot is of a single day.
    public var isSingleDay: Bool { span.first == span.last }
}

extension TemporalGraph {
    /// The relations active on `day` that pass `filter`.
    ///
    /// With ``Certainty/possibly`` (the default) it keeps every relation that may have held
    /// that day; with ``Certainty/certainly`` only those that held whatever the dates' imprecision.
    public func snapshot(at day: Day, filter: RelationFilter = .all) -> Snapshot {
        snapshot(over: DaySpan(day), filter: filter)
    }

    /// The relations active on at least one day of `window` that pass `filter`.
    public func snapshot(over window: DaySpan, filter: RelationFilter = .all) -> Snapshot {
        var positions = index(filter.certainty).items(overlapping: window)
        if let keep = relationPredicate(filter) {
            positions.removeAll { !keep(Int($0)) }
        }
        return Snapshot(graph: self, span: window, filter: filter, relationPositions: positions)
    }

    /// Every relation of the graph regardless of date (those whose dates allow any day with
    /// the filter's certainty) that passes `filter`.
    public func wholeGraph(filter: RelationFilter = .all) -> Snapshot {
        snapshot(over: DaySpan(first: .distantPast, last: .distantFuture), filter: filter)
    }
}
