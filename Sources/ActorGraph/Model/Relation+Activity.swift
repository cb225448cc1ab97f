extension Relation {
    /// The days on which the relation is active with the given certainty, from its own
    /// absolute dates; a graph solves relative dates too
    /// (``TemporalGraph/activeSpan(ofRelationAt:_:)``).
    public func activeSpan(_ certainty: Certainty = .possibly) -> DaySpan {
        let (start, end) = RelationDates.ownRanges(self)
        return DaySpan(activeFrom: start, to: end, certainty)
    }

    /// Whether the relation is active on `day` with the given certainty.
    public func isActive(on day: Day, _ certainty: Certainty = .possibly) -> Bool {
        activeSpan(certainty).contains(day)
    }
}
