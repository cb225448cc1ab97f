/// The simple temporal network of a graph's relative dates: a time point for each date of
/// the relations involved, their absolute bounds, every relative term as one or two
/// difference constraints, and each relation's start no later than its end.
package struct RelationDateNetwork: Sendable {
    /// Where a constraint of the network comes from.
    package enum Origin: Hashable, Sendable {
        /// A relative term: the relation, the date it is written in, and its index there.
        case relative(relation: Int, field: DateField, term: Int)
        /// A relation's start no later than its end.
        case order(relation: Int)
    }

    /// The network; its point `p` is the date ``points``[p].
    package private(set) var network = SimpleTemporalNetwork(pointCount: 0)
    /// The relation and date of each point.
    package private(set) var points: [(relation: Int, field: DateField)] = []
    /// The origin of each constraint.
    package private(set) var origins: [Origin] = []
    /// The point of each relation date, three entries a relation (start, end, secret), -1
    /// for a date not in the network.
    private var pointIndex: [Int32] = []
    /// Unknown anchors, anchors on open ends and unknown vague words.
    package private(set) var problems: [GraphProblem] = []

    /// The point of a relation's date in the network, nil when it is not in it.
    package func point(ofRelation position: Int, _ field: DateField) -> Int? {
        let index = position * 3 + field.slot
        guard pointIndex.indices.contains(index), pointIndex[index] >= 0 else { return nil }
        return Int(pointIndex[index])
    }

    /// Builds the network over the relations with relative dates and those they anchor on,
    /// or over every relation when `everyRelation`. `positionOfID`, when given, maps each id
    /// to the first relation that has it (as validation finds them); else it is worked out.
    package init(relations: [Relation], vagueness: Vagueness, everyRelation: Bool = false,
                 positionOfID firstPositions: [String: Int]? = nil) {
        var positionOfID = firstPositions ?? [:]
        if firstPositions == nil {
            positionOfID.reserveCapacity(relations.count)
            // From the last to the first, so that the first relation with an id keeps it.
            for position in relations.indices.reversed() { positionOfID[relations[position].id] = position }
        }
        // Each relative term's anchor, resolved once, in the order the terms are added below.
        var anchors: [(position: Int, point: RelativeDate.AnchorPoint)?] = []
        var involved = [Bool](repeating: everyRelation, count: relations.count)
        for position in relations.indices where relations[position].hasRelativeDates {
            involved[position] = true
            for field in DateField.allCases {
                for term in relations[position].dateExpression(field)?.relativeDates ?? [] {
                    let anchor = Self.resolve(term, in: positionOfID)
                    if let anchor { involved[anchor.position] = true }
                    anchors.append(anchor)
                }
            }
        }
        pointIndex = [Int32](repeating: -1, count: relations.count * 3)
        let involvedCount = involved.reduce(0) { $0 + ($1 ? 1 : 0) }
        points.reserveCapacity(involvedCount * 2)
        for position in relations.indices where involved[position] {
            for field in DateField.allCases where relations[position].dateExpression(field) != nil {
                pointIndex[position * 3 + field.slot] = Int32(points.count)
                points.append((position, field))
            }
        }
        network = SimpleTemporalNetwork(pointCount: points.count)
        // One order constraint a relation, and at most two a relative term.
        network.reserveConstraintCapacity(involvedCount + anchors.count * 2)
        origins.reserveCapacity(involvedCount + anchors.count * 2)
        for (point, (position, field)) in points.enumerated() {
            guard let bound = relations[position].dateExpression(field)?.absolute else { continue }
            network.bound(point, earliest: bound.first.isUnbounded ? nil : Int(bound.first.number),
                          latest: bound.last.isUnbounded ? nil : Int(bound.last.number))
        }
        var nextAnchor = 0
        for position in relations.indices where involved[position] {
            if let start = point(ofRelation: position, .start), let end = point(ofRelation: position, .end) {
                add(from: end, to: start, maxDifference: 0, origin: .order(relation: position))
            }
            guard relations[position].hasRelativeDates else { continue }
            for field in DateField.allCases {
                guard let expression = relations[position].dateExpression(field) else { continue }
                let point = point(ofRelation: position, field)
                for (termIndex, term) in expression.relativeDates.enumerated() {
                    defer { nextAnchor += 1 }
                    guard let point else { continue }
                    addTerm(term, index: termIndex, point: point, field: field, position: position,
                            anchor: anchors[nextAnchor], vagueness: vagueness)
                }
            }
        }
    }

    /// The anchor relation of a term: `ID.start` names relation `ID.start` when one has that
    /// whole id, else relation `ID`.
    private static func resolve(_ term: RelativeDate, in positionOfID: [String: Int])
        -> (position: Int, point: RelativeDate.AnchorPoint)? {
        if let written = term.writtenAnchorPoint, let whole = positionOfID[term.anchor + "." + written.rawValue] {
            return (whole, term.relation == .after || term.relation == .from ? .end : .start)
        }
        return positionOfID[term.anchor].map { ($0, term.anchorPoint) }
    }

    /// Adds a term's constraints, `anchor` being its resolved anchor (nil: unknown).
    private mutating func addTerm(_ term: RelativeDate, index: Int, point: Int, field: DateField, position: Int,
                                  anchor: (position: Int, point: RelativeDate.AnchorPoint)?, vagueness: Vagueness) {
        let place = { (offset: Int) in GraphProblem.Location.relationDate(index: position, field: field.rawValue, offset: offset) }
        guard let (anchorPosition, anchorPoint) = anchor else {
            problems.append(GraphProblem(place(term.anchorOffset), "unknown relation '\(term.anchor)' to anchor on"))
            return
        }
        let anchorField: DateField = anchorPoint == .start ? .start : .end
        guard let anchor = self.point(ofRelation: anchorPosition, anchorField) else {
            let side = anchorPoint == .start ? "start is open (it held since before any record)" : "end is open (it still holds)"
            let other = anchorPoint == .start ? "end" : "start"
            problems.append(GraphProblem(place(term.anchorOffset),
                                         "'\(term.relation.rawValue) \(term.anchor)' anchors on the \(anchorPoint.rawValue) of '\(term.anchor)', whose \(side); anchor on '\(term.anchor).\(other)' or give it \(anchorPoint == .start ? "a start" : "an end")"))
            return
        }
        guard let (least, most) = term.offsets(vagueness: vagueness) else {
            if case let .word(word) = term.limit {
                problems.append(GraphProblem(place(term.limitOffset ?? term.offset),
                                             "unknown vague word '\(word)'; the vocabulary is \(vagueness), and a file adds words under 'vagueness'"))
            }
            return
        }
        let origin = Origin.relative(relation: position, field: field, term: index)
        // least <= P - A  <=>  A - P <= -least;  P - A <= most.
        if let least { add(from: point, to: anchor, maxDifference: -least, origin: origin) }
        if let most { add(from: anchor, to: point, maxDifference: most, origin: origin) }
    }

    private mutating func add(from: Int, to: Int, maxDifference: Int, origin: Origin) {
        network.addConstraint(from: from, to: to, maxDifference: maxDifference)
        origins.append(origin)
    }

    /// Solves the network into each involved relation's ranges, or the contradictions as
    /// problems at every date term of each negative cycle.
    package func solve(relations: [Relation]) -> (solved: [Int32: RelationDates.Solved], problems: [GraphProblem],
                                                  solution: SimpleTemporalNetwork.Solution) {
        let solution = network.solve()
        guard solution.isConsistent else {
            return ([:], contradictionProblems(solution.contradictions, relations: relations), solution)
        }
        var solved: [Int32: RelationDates.Solved] = [:]
        solved.reserveCapacity(points.count / 2)
        func span(_ point: Int?, open: Day) -> DaySpan {
            guard let point else { return DaySpan(first: open, last: open) }
            return DaySpan(first: solution.earliest[point].map { Day(number: Int32(clamping: $0)) } ?? .distantPast,
                           last: solution.latest[point].map { Day(number: Int32(clamping: $0)) } ?? .distantFuture)
        }
        var position = -1
        for (relation, _) in points where relation != position {
            position = relation
            let startPoint = point(ofRelation: position, .start)
            let endPoint = point(ofRelation: position, .end)
            var start = span(startPoint, open: .distantPast)
            var end = span(endPoint, open: .distantFuture)
            if startPoint == nil { end.first = max(end.first, start.first) }
            if endPoint == nil { start.last = min(start.last, end.last) }
            solved[Int32(position)] = RelationDates.Solved(
                start: start, end: end, secretUntil: point(ofRelation: position, .secret).map { span($0, open: .distantFuture) })
        }
        return (solved, [], solution)
    }

    /// One problem for each date that takes part in a contradiction, naming the others.
    private func contradictionProblems(_ cycles: [[SimpleTemporalNetwork.Reason]], relations: [Relation]) -> [GraphProblem] {
        var problems: [GraphProblem] = []
        for cycle in cycles {
            var members: [(location: GraphProblem.Location, text: String)] = []
            for reason in cycle {
                let member = describe(reason, relations: relations)
                if !members.contains(where: { $0.text == member.text }) { members.append(member) }
            }
            for member in members {
                let others = members.filter { $0.text != member.text }.map(\.text)
                let rest = others.isEmpty ? "" : " together with " + others.joined(separator: "; ")
                problems.append(GraphProblem(member.location, "contradictory dates: \(member.text) cannot hold\(rest)"))
            }
        }
        return problems
    }

    /// Where a reason was written and how to name it in a message.
    package func describe(_ reason: SimpleTemporalNetwork.Reason, relations: [Relation])
        -> (location: GraphProblem.Location, text: String) {
        switch reason {
        case let .earliestBound(point), let .latestBound(point):
            let (position, field) = points[point]
            let expression = relations[position].dateExpression(field)
            return (.relationDate(index: position, field: field.rawValue, offset: 0),
                    "\(field.rawValue) '\(expression?.text ?? "")' of '\(relations[position].id)'")
        case let .constraint(index):
            switch origins[index] {
            case let .relative(position, field, term):
                let written = relations[position].dateExpression(field)?.relativeDates[term]
                return (.relationDate(index: position, field: field.rawValue, offset: written?.offset ?? 0),
                        "\(field.rawValue) '\(relations[position].dateExpression(field)?.text ?? "")' of '\(relations[position].id)'")
            case let .order(position):
                return (.relation(index: position, field: "end"), "'\(relations[position].id)' ending no earlier than it starts")
            }
        }
    }
}
