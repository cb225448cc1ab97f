extension Relation {
    /// The days on which the relation is active with the given certainty.
    public func activeSpan(_ certainty: Certainty = .possibly) -> DaySpan {
        let start = self.start.flatMap { $0.isOpen ? nil : $0 }
        let end = self.end.flatMap { $0.isOpen ? nil : $0 }
        switch certainty {
        case .possibly:
            return DaySpan(first: start?.earliestDay ?? .distantPast, last: end?.latestDay ?? .distantFuture)
        case .certainly:
            return DaySpan(first: start?.latestDay ?? .distantPast, last: end?.earliestDay ?? .distantFuture)
        }
    }

    /// Whether the relation is active on `day` with the given certainty.
    public func isActive(on day: Day, _ certainty: Certainty = .possibly) -> Bool {
        activeSpan(certainty).contains(day)
    }
}
