extension TemporalGraph {
    /// The earliest and latest day the start of the relation at `position` may fall on, as
    /// solved with every relative date; both are ``Day/distantPast`` for an open start.
    public func startRange(ofRelationAt position: Int) -> DaySpan {
        dates.startRange(of: relations[position], at: position)
    }

    /// The earliest and latest day the end of the relation at `position` may fall on, as
    /// solved; both are ``Day/distantFuture`` for an open end.
    public func endRange(ofRelationAt position: Int) -> DaySpan {
        dates.endRange(of: relations[position], at: position)
    }

    /// The earliest and latest day on which the relation at `position` stopped being
    /// secret, as solved; nil when it never did (or was never secret).
    public func secretUntilRange(ofRelationAt position: Int) -> DaySpan? {
        dates.secretUntilRange(of: relations[position], at: position)
    }

    /// The days the relation at `position` is active with the given certainty, over its
    /// solved dates.
    public func activeSpan(ofRelationAt position: Int, _ certainty: Certainty = .possibly) -> DaySpan {
        DaySpan(activeFrom: startRange(ofRelationAt: position), to: endRange(ofRelationAt: position), certainty)
    }

    /// Whether the relation at `position` may still have been secret on some day of
    /// `span`: it is marked secret, and it stayed so for good or its secrecy may have ended
    /// no earlier than the span's first day.
    public func isPossiblySecret(relationAt position: Int, during span: DaySpan) -> Bool {
        guard relations[position].secret else { return false }
        guard let until = secretUntilRange(ofRelationAt: position) else { return true }
        return span.first <= until.last
    }
}
