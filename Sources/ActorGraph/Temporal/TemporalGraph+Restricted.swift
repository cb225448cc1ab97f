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
        let kept = Set(snapshot.relationPositions.map { relations[Int($0)].id })
        let parts = snapshot.relationPositions.map { selfContained(relationAt: Int($0), keeping: kept) }
        let keptActors = actors.indices.filter { keep[$0] }.map { actors[$0] }
        let dates = Self.problemsAndDates(sources: sources, kinds: declaredKinds, actors: keptActors, relations: parts,
                                          relationIDsAreUnique: true, vagueness: vagueness).dates
        return TemporalGraph(checkedTitle: title, description: description, sources: sources, declaredKinds: declaredKinds,
                             actors: keptActors, relations: parts, dates: dates)
    }

    /// The relation at `position` as it can stand among the relations `kept` alone: each
    /// relative date that leans on a relation left out becomes its solved range, joined with
    /// the terms that lean on kept relations, so that it solves to the same days.
    package func selfContained(relationAt position: Int, keeping kept: Set<String>) -> Relation {
        var relation = relations[position]
        guard relation.hasRelativeDates else { return relation }
        func rewrite(_ expression: DateExpression?, range: DaySpan?) -> DateExpression? {
            guard let expression, expression.isRelative, let range,
                  expression.relativeDates.contains(where: { !kept.contains($0.anchor) }) else { return expression }
            var terms: [String] = []
            if !(range.first.isUnbounded && range.last.isUnbounded) {
                let first = range.first.isUnbounded ? "" : range.first.description
                let last = range.last.isUnbounded ? "" : range.last.description
                terms.append(first == last ? first : "[\(first)..\(last)]")
            }
            for piece in expression.text.split(separator: "&") {
                guard let term = try? DateExpression(parsing: String(piece)), term.isRelative,
                      term.relativeDates.allSatisfy({ kept.contains($0.anchor) }) else { continue }
                terms.append(String(piece).trimmingSpaces())
            }
            return terms.isEmpty ? expression : try? DateExpression(parsing: terms.joined(separator: " & "))
        }
        relation.start = rewrite(relation.start, range: startRange(ofRelationAt: position))
        relation.end = rewrite(relation.end, range: endRange(ofRelationAt: position))
        relation.secretUntil = rewrite(relation.secretUntil, range: secretUntilRange(ofRelationAt: position))
        return relation
    }
}
