import OrderedCollections

/// Where a loader read the element a ``GraphProblem`` is about.
package struct ProblemPlace: Sendable {
    /// The file the element was read from.
    package var file: String
    /// The line and column of the field at fault (or of the element).
    package var position: SourcePosition

    package init(file: String, position: SourcePosition) {
        self.file = file
        self.position = position
    }
}

extension TemporalGraph {
    /// Validates a loader's elements once and builds the graph, or throws every problem as a
    /// diagnostic: the loaders' one way from what they read to a ``TemporalGraph``.
    ///
    /// `earlier` holds what the loader found wrong itself (fields it could not read); they are
    /// reported with the graph's problems. `place` says where the element of a problem was
    /// written; a problem it cannot place is reported at `file:1:1` naming its element
    /// ("relation 3, kind: ..."). `solved` passes on dates solved before, as
    /// ``problemsAndDates(sources:kinds:actors:relations:relationIDsAreUnique:vagueness:solved:)`` takes them.
    package static func validated(
        title: String? = nil, description: String? = nil, sources: OrderedDictionary<String, String>,
        declaredKinds: [RelationKind], actors: [Actor], relations: [Relation], relationIDsAreUnique: Bool = false,
        vagueness: Vagueness = .builtIn, solved: [Int32: RelationDates.Solved]? = nil, dateLines: [Int32] = [],
        file: String, earlier: [Diagnostic] = [], place: (GraphProblem.Location) -> ProblemPlace?
    ) throws(LoadError) -> TemporalGraph {
        let (problems, dates) = Self.problemsAndDates(sources: sources, kinds: declaredKinds, actors: actors,
                                                      relations: relations, relationIDsAreUnique: relationIDsAreUnique,
                                                      vagueness: vagueness, solved: solved)
        var diagnostics = earlier
        for problem in problems.prefix(1_000) {
            if let found = place(problem.location) {
                diagnostics.append(Diagnostic(file: found.file, position: found.position, message: problem.message))
            } else {
                diagnostics.append(Diagnostic(file: file, line: 1, column: 1, message: problem.description))
            }
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        return TemporalGraph(checkedTitle: title, description: description, sources: sources, declaredKinds: declaredKinds,
                             actors: actors, relations: relations, dates: dates, dateLines: dateLines)
    }
}
