/// One of the dates a relation carries.
public enum DateField: String, Hashable, Sendable, CaseIterable {
    /// When the relation began.
    case start
    /// When it ended.
    case end
    /// Until when it was secret (`secret: DATE`).
    case secret

    /// The field's place among a relation's three dates (start 0, end 1, secret 2).
    var slot: Int {
        switch self {
        case .start: return 0
        case .end: return 1
        case .secret: return 2
        }
    }
}

/// The solved days of every relation's start, end and end of secrecy.
///
/// A relation whose dates are all absolute, and that no other relation anchors on, is solved
/// on its own: its start lies in its start date's days, no later than its end could be, and
/// its end no earlier than its start could be. Only when the graph has relative dates is a
/// ``SimpleTemporalNetwork`` built, over the relations that have them and those they anchor
/// on; a file without relative dates never builds one.
package struct RelationDates: Sendable {
    /// The solved days of one relation in the network.
    package struct Solved: Sendable {
        package var start: DaySpan
        package var end: DaySpan
        package var secretUntil: DaySpan?

        package init(start: DaySpan, end: DaySpan, secretUntil: DaySpan?) {
            self.start = start
            self.end = end
            self.secretUntil = secretUntil
        }
    }

    /// The relations solved in the network, by position; the others are solved on their own.
    package private(set) var solved: [Int32: Solved] = [:]

    /// Every relation's start and end range, by position, worked out once so that a graph
    /// with relative dates answers date questions without lookups in ``solved``; empty when
    /// no relation was solved in the network, or when built without the relations (ranges
    /// are then worked out on each call).
    private var starts: [DaySpan] = []
    private var ends: [DaySpan] = []

    /// The vocabulary vague words were read with.
    package let vagueness: Vagueness

    /// The dates of `relations`, those in `solved` as solved by the network and the others
    /// from their own absolute dates.
    package init(vagueness: Vagueness, relations: [Relation] = [], solved: [Int32: Solved] = [:]) {
        self.vagueness = vagueness
        self.solved = solved
        // A graph of plain dates works its ranges out on each call, which costs a few
        // comparisons, rather than keeping sixteen bytes a relation for them.
        guard !solved.isEmpty else { return }
        starts.reserveCapacity(relations.count)
        ends.reserveCapacity(relations.count)
        for position in relations.indices {
            let (start, end) = Self.ownRanges(start: relations[position].start, end: relations[position].end)
            starts.append(start)
            ends.append(end)
        }
        for (position, found) in solved where Int(position) < starts.count {
            starts[Int(position)] = found.start
            ends[Int(position)] = found.end
        }
    }

    /// Earliest and latest day of the relation's start: distant past for an open start.
    package func startRange(of relation: Relation, at position: Int) -> DaySpan {
        if position < starts.count { return starts[position] }
        if let found = solved[Int32(position)] { return found.start }
        return Self.ownRanges(relation).start
    }

    /// Earliest and latest day of the relation's end: distant future for an open end.
    package func endRange(of relation: Relation, at position: Int) -> DaySpan {
        if position < ends.count { return ends[position] }
        if let found = solved[Int32(position)] { return found.end }
        return Self.ownRanges(relation).end
    }

    /// Earliest and latest day on which the relation stopped being secret; nil when it never
    /// did (or was never secret).
    package func secretUntilRange(of relation: Relation, at position: Int) -> DaySpan? {
        if let found = solved[Int32(position)] { return found.secretUntil }
        return relation.secretUntil.map { DaySpan(first: $0.earliestDay, last: $0.latestDay) }
    }

    /// The start and end ranges of the relation at `position` of `relations`, reading only its
    /// two dates (never copying the relation whole).
    package func ranges(ofRelationAt position: Int, in relations: [Relation]) -> (start: DaySpan, end: DaySpan) {
        if position < starts.count, position < ends.count { return (starts[position], ends[position]) }
        if let found = solved[Int32(position)] { return (found.start, found.end) }
        return Self.ownRanges(start: relations[position].start, end: relations[position].end)
    }

    /// The ranges of a relation from its own absolute dates, its start no later than its end.
    package static func ownRanges(_ relation: Relation) -> (start: DaySpan, end: DaySpan) {
        ownRanges(start: relation.start, end: relation.end)
    }

    /// The ranges of a relation's own start and end dates, its start no later than its end.
    static func ownRanges(start: DateExpression?, end: DateExpression?) -> (start: DaySpan, end: DaySpan) {
        // Each date's days are worked out once (`absolute`), not once for each bound.
        let startSpan = start.flatMap { $0.isOpen ? nil : $0 }.map { $0.absolute ?? DaySpan(first: .distantPast, last: .distantFuture) }
            ?? DaySpan(first: .distantPast, last: .distantPast)
        let endSpan = end.flatMap { $0.isOpen ? nil : $0 }.map { $0.absolute ?? DaySpan(first: .distantPast, last: .distantFuture) }
            ?? DaySpan(first: .distantFuture, last: .distantFuture)
        return (DaySpan(first: startSpan.first, last: min(startSpan.last, endSpan.last)),
                DaySpan(first: max(endSpan.first, startSpan.first), last: endSpan.last))
    }
}

extension Relation {
    /// Whether any of the relation's dates is relative to another relation.
    package var hasRelativeDates: Bool {
        (start?.isRelative ?? false) || (end?.isRelative ?? false) || (secretUntil?.isRelative ?? false)
    }

    /// The expression of one of the relation's dates (nil when absent or open).
    func dateExpression(_ field: DateField) -> DateExpression? {
        let expression: DateExpression?
        switch field {
        case .start: expression = start
        case .end: expression = end
        case .secret: expression = secretUntil
        }
        return expression.flatMap { $0.isOpen ? nil : $0 }
    }
}
