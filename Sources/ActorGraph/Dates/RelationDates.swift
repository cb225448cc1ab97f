/// One of the dates a relation carries.
public enum DateField: String, Hashable, Sendable, CaseIterable {
    /// When the relation began.
    case start
    /// When it ended.
    case end
    /// Until when it was secret (`secret: DATE`).
    case secret
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

    /// The vocabulary vague words were read with.
    package let vagueness: Vagueness

    package init(vagueness: Vagueness, solved: [Int32: Solved] = [:]) {
        self.vagueness = vagueness
        self.solved = solved
    }

    /// Earliest and latest day of the relation's start: distant past for an open start.
    package func startRange(of relation: Relation, at position: Int) -> DaySpan {
        if let found = solved[Int32(position)] { return found.start }
        return Self.ownRanges(relation).start
    }

    /// Earliest and latest day of the relation's end: distant future for an open end.
    package func endRange(of relation: Relation, at position: Int) -> DaySpan {
        if let found = solved[Int32(position)] { return found.end }
        return Self.ownRanges(relation).end
    }

    /// Earliest and latest day on which the relation stopped being secret; nil when it never
    /// did (or was never secret).
    package func secretUntilRange(of relation: Relation, at position: Int) -> DaySpan? {
        if let found = solved[Int32(position)] { return found.secretUntil }
        return relation.secretUntil.map { DaySpan(first: $0.earliestDay, last: $0.latestDay) }
    }

    /// The ranges of a relation from its own absolute dates, its start no later than its end.
    package static func ownRanges(_ relation: Relation) -> (start: DaySpan, end: DaySpan) {
        let start = relation.start.flatMap { $0.isOpen ? nil : $0 }
        let end = relation.end.flatMap { $0.isOpen ? nil : $0 }
        let startSpan = start.map { DaySpan(first: $0.earliestDay, last: $0.latestDay) }
            ?? DaySpan(first: .distantPast, last: .distantPast)
        let endSpan = end.map { DaySpan(first: $0.earliestDay, last: $0.latestDay) }
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
