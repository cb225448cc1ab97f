import OrderedCollections

extension TemporalGraph {
    /// Every problem that would stop these elements from forming a graph: duplicate ids,
    /// references to unknown actors, kinds or citations, an actor that is part of itself,
    /// a relation that ends before it starts, a weight that is not a finite number, relative
    /// dates that anchor on nothing or contradict each other (read with `vagueness`).
    public static func problems(sources: OrderedDictionary<String, String>, kinds declaredKinds: [RelationKind],
                                actors: [Actor], relations: [Relation], vagueness: Vagueness = .builtIn) -> [GraphProblem] {
        problems(sources: sources, kinds: declaredKinds, actors: actors, relations: relations, relationIDsAreUnique: false,
                 vagueness: vagueness)
    }

    /// As the public form; `relationIDsAreUnique` skips the duplicate-id check for loaders
    /// whose ids are unique by construction (row numbers).
    package static func problems(sources: OrderedDictionary<String, String>, kinds declaredKinds: [RelationKind],
                                 actors: [Actor], relations: [Relation], relationIDsAreUnique: Bool,
                                 vagueness: Vagueness = .builtIn) -> [GraphProblem] {
        problemsAndDates(sources: sources, kinds: declaredKinds, actors: actors, relations: relations,
                         relationIDsAreUnique: relationIDsAreUnique, vagueness: vagueness).problems
    }

    /// The problems, and the relations' solved dates when there are none. `solved`, when
    /// given, holds dates solved before (a store keeps them): the relative dates are then not
    /// solved again, only the references are checked.
    package static func problemsAndDates(sources: OrderedDictionary<String, String>, kinds declaredKinds: [RelationKind],
                                         actors: [Actor], relations: [Relation], relationIDsAreUnique: Bool,
                                         vagueness: Vagueness, solved: [Int32: RelationDates.Solved]? = nil)
        -> (problems: [GraphProblem], dates: RelationDates) {
        var problems: [GraphProblem] = []
        var kindIDs = Set(RelationKind.builtInKinds.map(\.id))
        for (index, kind) in declaredKinds.enumerated() {
            if RelationKind.builtIn[kind.id] != nil {
                problems.append(GraphProblem(.kind(index: index, field: "id"),
                                             "kind '\(kind.id)' is built in and cannot be declared again"))
            } else if !kindIDs.insert(kind.id).inserted {
                problems.append(GraphProblem(.kind(index: index, field: "id"), "duplicate kind id '\(kind.id)'"))
            }
            if !(-10...10).contains(kind.goldstein) {
                problems.append(GraphProblem(.kind(index: index, field: "goldstein"),
                                             "Goldstein weight \(kind.goldstein) is outside -10...10"))
            }
        }
        var actorIDs = [String: Int](minimumCapacity: actors.count)
        for (index, actor) in actors.enumerated() {
            checkIdentifier(actor.id, of: "actor", at: .actor(index: index, field: "id"), index: index,
                            firstUse: "first declared as actor", firstUses: &actorIDs, problems: &problems)
        }
        for (index, actor) in actors.enumerated() {
            guard let parent = actor.partOf else { continue }
            if actorIDs[parent] == nil {
                problems.append(GraphProblem(.actor(index: index, field: "partOf"), "unknown actor '\(parent)'"))
            } else if partOfChainReturns(to: actor.id, from: parent, actors: actors, positions: actorIDs) {
                problems.append(GraphProblem(.actor(index: index, field: "partOf"),
                                             "'\(actor.id)' would be part of itself through '\(parent)'"))
            }
        }
        var relationIDs = [String: Int](minimumCapacity: relationIDsAreUnique ? 0 : relations.count)
        // Fields are read in place (`relations[index].id`): a copy of the whole relation would
        // retain every one of them.
        for index in relations.indices {
            checkIdentifier(relations[index].id, of: "relation", at: .relation(index: index, field: "id"), index: index,
                            firstUse: "first used by relation", firstUses: &relationIDs,
                            checksRepeats: !relationIDsAreUnique, problems: &problems)
            if !kindIDs.contains(relations[index].kind) {
                problems.append(GraphProblem(.relation(index: index, field: "kind"),
                                             "unknown relation kind '\(relations[index].kind)'"))
            }
            if actorIDs[relations[index].source] == nil {
                problems.append(GraphProblem(.relation(index: index, field: "source"), "unknown actor '\(relations[index].source)'"))
            }
            if actorIDs[relations[index].target] == nil {
                problems.append(GraphProblem(.relation(index: index, field: "target"), "unknown actor '\(relations[index].target)'"))
            }
            if !relations[index].hasRelativeDates, let start = relations[index].start, let end = relations[index].end,
               end.latestDay < start.earliestDay {
                problems.append(GraphProblem(.relation(index: index, field: "end"),
                                             "end \(end) is before start \(start)"))
            }
            for citation in relations[index].citations where sources[citation] == nil {
                problems.append(GraphProblem(.relation(index: index, field: "citations"),
                                             "unknown source '\(citation)'; cite a key of 'sources'"))
            }
            for evidence in relations[index].evidence where sources[evidence.source] == nil {
                problems.append(GraphProblem(.relation(index: index, field: "evidence"),
                                             "unknown source '\(evidence.source)' in evidence; cite a key of 'sources'"))
            }
            if let weight = relations[index].weight, !weight.isFinite {
                problems.append(GraphProblem(.relation(index: index, field: "weight"), "weight must be a finite number"))
            }
        }
        var solvedDates = solved ?? [:]
        if solved == nil, relations.indices.contains(where: { relations[$0].hasRelativeDates }) {
            let network = RelationDateNetwork(relations: relations, vagueness: vagueness,
                                              positionOfID: relationIDsAreUnique ? nil : relationIDs)
            problems += network.problems
            if network.problems.isEmpty {
                let result = network.solve(relations: relations)
                problems += result.problems
                solvedDates = result.solved
            }
        }
        // A graph is built only from elements without problems: only then are the ranges needed.
        return (problems, RelationDates(vagueness: vagueness, relations: problems.isEmpty ? relations : [], solved: solvedDates))
    }

    /// Records in `problems` what makes `id` unfit to be an identifier and, when
    /// `checksRepeats`, whether `firstUses` holds it already (if not, its use at `index` is
    /// noted there).
    private static func checkIdentifier(_ id: String, of element: String, at location: GraphProblem.Location, index: Int,
                                        firstUse: String, firstUses: inout [String: Int], checksRepeats: Bool = true,
                                        problems: inout [GraphProblem]) {
        if let problem = IdentifierText.problem(id) {
            problems.append(GraphProblem(location, "\(element) id \(problem)"))
        }
        guard checksRepeats else { return }
        if let first = firstUses[id] {
            problems.append(GraphProblem(location, "duplicate \(element) id '\(id)' (\(firstUse) \(first + 1))"))
        } else {
            firstUses[id] = index
        }
    }

    private static func partOfChainReturns(to id: String, from parent: String, actors: [Actor],
                                           positions: [String: Int]) -> Bool {
        var current: String? = parent
        var steps = 0
        while let step = current, steps <= actors.count {
            if step == id { return true }
            current = positions[step].flatMap { actors[$0].partOf }
            steps += 1
        }
        return false
    }
}
