extension TemporalGraph {
    /// The graph cut down to a snapshot's relations and the actors they join, plus every
    /// actor those lie within (`partOf`), so that the result is itself a valid graph.
    /// Title, description, sources and declared kinds are kept whole. A part of a valid graph
    /// is valid, so nothing is checked again.
    ///
    /// ```swift
    /// let september30 = graph.restricted(to: graph.snapshot(at: Day(year: 2001, month: 9, day: 30)!))
    /// ```
    public func restricted(to snapshot: Snapshot) -> TemporalGraph {
        var keep = [Bool](repeating: false, count: actors.count)
        for position in snapshot.actorPositions {
            var current: Int? = Int(position)
            // Walk up the partOf chain; validation guarantees it has no cycle.
            while let index = current, !keep[index] {
                keep[index] = true
                current = actors[index].partOf.flatMap { actorPosition[$0] }.map(Int.init)
            }
        }
        return TemporalGraph(checkedTitle: title, description: description, sources: sources, declaredKinds: declaredKinds,
                             actors: actors.indices.filter { keep[$0] }.map { actors[$0] }, relations: snapshot.relations)
    }
}
