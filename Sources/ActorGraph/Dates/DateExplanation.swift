/// Why a relation's dates fall where they do: for each of its dates, the text as written,
/// the solved earliest and latest day, and the chain of constraints that fixes each bound.
///
/// ```
/// earliest start 2001-09-14: after meeting (line 61), which ends 2001-09-13 (written '2001-09-13', line 55)
/// ```
public struct DateExplanation: Hashable, Sendable {
    /// One bound of one date.
    public struct Bound: Hashable, Sendable {
        /// The day, or nil when nothing bounds that side.
        public let day: Day?
        /// The chain, in words: each constraint with its line, then the date it leans on.
        public let reason: String
    }

    /// One date of the relation.
    public struct Point: Hashable, Sendable {
        /// Which date.
        public let field: DateField
        /// The date as written.
        public let text: String
        /// The line it is written on, when known.
        public let line: Int?
        /// Its solved earliest day and why.
        public let earliest: Bound
        /// Its solved latest day and why.
        public let latest: Bound
    }

    /// The relation's id.
    public let relationID: String
    /// Its position in the graph.
    public let position: Int
    /// Its dates that are not plain days, in the order start, end, secret.
    public let points: [Point]

    /// The explanation as indented lines for a terminal.
    public var lines: [String] {
        var result = [relationID]
        for point in points {
            let line = point.line.map { " (line \($0))" } ?? ""
            result.append("  \(point.field.rawValue): \(point.text)\(line)")
            for (side, bound) in [("earliest", point.earliest), ("latest", point.latest)] {
                let noun = point.field == .secret ? "end of secrecy" : point.field.rawValue
                result.append("    \(side) \(noun) \(bound.day?.description ?? "unbounded"): \(bound.reason)")
            }
        }
        return result
    }
}

extension TemporalGraph {
    /// The explanation of every relation whose dates are not all plain days (or absent, or
    /// open), or of one relation, in file order. The whole graph's network is solved for it.
    public func dateExplanations(relationID: String? = nil) -> [DateExplanation] {
        let network = RelationDateNetwork(relations: relations, vagueness: vagueness, everyRelation: true)
        let result = network.solve(relations: relations)
        guard result.problems.isEmpty, network.problems.isEmpty else { return [] }
        let writer = ExplanationWriter(graph: self, network: network, solution: result.solution)
        var explanations: [DateExplanation] = []
        for (position, relation) in relations.enumerated() {
            if let relationID, relation.id != relationID { continue }
            let fields = DateField.allCases.filter { field in
                guard let expression = relation.dateExpression(field) else { return false }
                return relationID != nil || !expression.isPlainDay
            }
            guard !fields.isEmpty else { continue }
            explanations.append(DateExplanation(relationID: relation.id, position: position, points: fields.map {
                writer.point(position: position, field: $0)
            }))
        }
        return explanations
    }

    /// The line a relation's date is written on, when the graph was read from a file.
    func line(ofRelationAt position: Int, field: DateField) -> Int? {
        let index = position * 3 + DateField.allCases.firstIndex(of: field)!
        guard index < dateLines.count, dateLines[index] > 0 else { return nil }
        return Int(dateLines[index])
    }
}

/// Turns reasons of the solved network into words.
private struct ExplanationWriter {
    let graph: TemporalGraph
    let network: RelationDateNetwork
    let solution: SimpleTemporalNetwork.Solution

    func point(position: Int, field: DateField) -> DateExplanation.Point {
        let expression = graph.relations[position].dateExpression(field)
        guard let point = network.point(ofRelation: position, field) else {
            let none = DateExplanation.Bound(day: nil, reason: "open")
            return DateExplanation.Point(field: field, text: expression?.text ?? "..", line: nil, earliest: none, latest: none)
        }
        return DateExplanation.Point(
            field: field, text: expression?.text ?? "", line: graph.line(ofRelationAt: position, field: field),
            earliest: bound(point, earliest: true), latest: bound(point, earliest: false))
    }

    private func day(_ point: Int, earliest: Bool) -> Day? {
        (earliest ? solution.earliest[point] : solution.latest[point]).map { Day(number: Int32(clamping: $0)) }
    }

    private func bound(_ point: Int, earliest: Bool) -> DateExplanation.Bound {
        let chain = earliest ? solution.earliestChain(of: point) : solution.latestChain(of: point)
        guard let day = day(point, earliest: earliest), !chain.isEmpty else {
            return DateExplanation.Bound(day: nil, reason: earliest ? "nothing bounds it from below" : "nothing bounds it from above")
        }
        var parts: [String] = []
        var result = ""
        for reason in chain {
            switch reason {
            case let .earliestBound(bounded), let .latestBound(bounded):
                let (position, field) = network.points[bounded]
                let text = graph.relations[position].dateExpression(field)?.text ?? ""
                let line = graph.line(ofRelationAt: position, field: field).map { ", line \($0)" } ?? ""
                let written = parts.isEmpty ? "written '\(text)'\(line)" : " (written '\(text)'\(line))"
                parts.append(written)
                result += written
            case let .constraint(index):
                let constraint = network.network.constraints[index]
                let next = earliest ? constraint.to : constraint.from
                let step = describe(network.origins[index], reaching: next, earliest: earliest)
                result += (parts.isEmpty ? "" : ": ") + step
                parts.append(step)
            }
        }
        return DateExplanation.Bound(day: day, reason: result)
    }

    /// "after meeting (line 61), which ends 2001-09-13".
    private func describe(_ origin: RelationDateNetwork.Origin, reaching next: Int, earliest: Bool) -> String {
        let nextField = network.points[next].field
        let nextDay = day(next, earliest: earliest)?.description ?? "unbounded"
        let verb = nextField == .start ? "starts" : nextField == .end ? "ends" : "stops being secret"
        let reached = "which \(verb) \(nextDay)"
        switch origin {
        case let .relative(position, field, term):
            let relative = graph.relations[position].dateExpression(field)!.relativeDates[term]
            let line = graph.line(ofRelationAt: position, field: field).map { "line \($0)" }
            let whose = line.map { " (\($0))" } ?? ""
            return "\(wording(relative))\(whose), \(reached)"
        case let .order(position):
            let line = graph.line(ofRelationAt: position, field: .end).map { " (line \($0))" } ?? ""
            let id = graph.relations[position].id
            let rule = nextField == .start ? "no earlier than '\(id)' starts" : "no later than '\(id)' ends"
            return "\(rule)\(line), \(reached)"
        }
    }

    /// A term in words, with the duration a vague word was read as.
    private func wording(_ term: RelativeDate) -> String {
        let anchor = term.anchor + (term.writtenAnchorPoint.map { "." + $0.rawValue } ?? "")
        switch term.limit {
        case nil:
            return "\(term.relation.rawValue) \(anchor)"
        case let .distance(distance):
            return "\(term.relation.rawValue) \(anchor) within \(distance)"
        case let .word(word):
            let read = graph.vagueness[word].map { " (\(word) = \($0))" } ?? ""
            return "\(word) \(term.relation.rawValue) \(anchor)\(read)"
        }
    }
}
