/// A closed range of days, possibly empty, possibly unbounded on either side.
public struct DaySpan: Hashable, Sendable {
    /// The first day, or ``Day/distantPast``.
    public var first: Day
    /// The last day, or ``Day/distantFuture``.
    public var last: Day

    /// Creates a span; it is empty when `last < first`.
    public init(first: Day, last: Day) {
        self.first = first
        self.last = last
    }

    /// A span of one day.
    public init(_ day: Day) {
        self.init(first: day, last: day)
    }

    /// The range of days a partial date may stand for (unbounded for `..`).
    public init(_ date: PartialDate) {
        // A date known to the day, by far the most common, is turned into a day number once.
        if date.precision == .day {
            let exact = Day(number: Int32(GregorianCalendar.dayNumber(year: Int(date.year), month: Int(date.month),
                                                                      day: Int(date.dayOfMonth))))
            self = date.qualifier == .none ? DaySpan(first: exact, last: exact)
                : DaySpan(first: exact.advanced(by: -3), last: exact.advanced(by: 3))
            return
        }
        self.init(first: date.earliestDay, last: date.latestDay)
    }

    /// The days a relation is active with the given certainty, from the ranges of its start
    /// and end: possibly from the earliest start to the latest end, certainly from the
    /// latest start to the earliest end.
    public init(activeFrom start: DaySpan, to end: DaySpan, _ certainty: Certainty) {
        switch certainty {
        case .possibly: self.init(first: start.first, last: end.last)
        case .certainly: self.init(first: start.last, last: end.first)
        }
    }

    /// True when no day lies in the span.
    public var isEmpty: Bool { last < first }

    /// Whether `day` lies in the span.
    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    /// The days both spans hold, or nil when they share none.
    public func intersection(_ other: DaySpan) -> DaySpan? {
        let common = DaySpan(first: max(first, other.first), last: min(last, other.last))
        return common.isEmpty ? nil : common
    }

    /// Whether the two spans share a day.
    public func overlaps(_ other: DaySpan) -> Bool {
        !isEmpty && !other.isEmpty && first <= other.last && other.first <= last
    }
}
