/// A historical date known to a year, a month or a day, possibly qualified as approximate
/// or uncertain, or an open end (`..`).
///
/// A partial date covers a range of days: `2001-09` covers 1 to 30 September 2001.
/// ActorGraph follows EDTF (ISO 8601-2) level 1 for the notation:
///
/// | text          | covers                         |
/// |---------------|--------------------------------|
/// | `1998`        | 1998-01-01 ... 1998-12-31      |
/// | `2001-09`     | 2001-09-01 ... 2001-09-30      |
/// | `2001-09-13`  | that day                       |
/// | `2001-09-13~` | approximate: 2001-09-10 ... 2001-09-16 |
/// | `2001-09?`    | uncertain: 2001-08-01 ... 2001-10-31   |
/// | `2001%`       | approximate and uncertain: 2000 ... 2002 |
/// | `..`          | open: no bound on this side    |
///
/// A qualifier (`~` approximate, `?` uncertain, `%` both) widens the range on each side by
/// 3 days for a day, one month for a month, one year for a year. An open date has no range of its own: as a start it means
/// "since before any record", as an end "still holds".
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: UInt8, Sendable, Comparable {
        /// No bound at all (`..`).
        case open
        /// A year: `1998`.
        case year
        /// A month: `2001-09`.
        case month
        /// A day: `2001-09-13`.
        case day

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }

    }

    /// EDTF's qualifiers on a whole date.
    public enum Qualifier: UInt8, Sendable {
        /// No qualifier: the date is as stated.
        case none
        /// `~`: approximately this date.
        case approximate
        /// `?`: the source is unsure of this date.
        case uncertain
        /// `%`: both approximate and uncertain.
        case approximateAndUncertain

        /// The suffix written after the date.
        public var suffix: String {
            switch self {
            case .none: return ""
            case .approximate: return "~"
            case .uncertain: return "?"
            case .approximateAndUncertain: return "%"
            }
        }
    }

    /// The year (1...9999); 0 for an open date.
    public let year: Int16
    /// The month (1...12), or 0 when only the year is known.
    public let month: UInt8
    /// The day of month, or 0 when only the year or month is known.
    public let dayOfMonth: UInt8
    /// The qualifier written after the date.
    public let qualifier: Qualifier

    /// The open end, written `..`.
    public static let open = PartialDate(uncheckedYear: 0, month: 0, day: 0, qualifier: .none)

    /// Creates a date from parts already known to be valid.
    init(uncheckedYear year: Int, month: Int, day: Int, qualifier: Qualifier) {
        self.year = Int16(year)
        self.month = UInt8(month)
        self.dayOfMonth = UInt8(day)
        self.qualifier = qualifier
    }

    /// A date known to the day.
    public init?(year: Int, month: Int, day: Int, qualifier: Qualifier = .none) {
        guard Day(year: year, month: month, day: day) != nil else { return nil }
        self.init(uncheckedYear: year, month: month, day: day, qualifier: qualifier)
    }

    /// A date known to the month.
    public init?(year: Int, month: Int, qualifier: Qualifier = .none) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.init(uncheckedYear: year, month: month, day: 0, qualifier: qualifier)
    }

    /// A date known to the year.
    public init?(year: Int, qualifier: Qualifier = .none) {
        guard (1...9999).contains(year) else { return nil }
        self.init(uncheckedYear: year, month: 0, day: 0, qualifier: qualifier)
    }

    /// A date for exactly one day. The open-end sentinels ``Day/distantPast`` and
    /// ``Day/distantFuture`` give ``open``; a day outside the years 1 to 9999 (which no parsed
    /// date gives) is clamped to the first or last day of that range.
    public init(_ day: Day) {
        guard !day.isUnbounded else {
            self = .open
            return
        }
        let (year, month, dayOfMonth) = day.components
        if year < 1 {
            self.init(uncheckedYear: 1, month: 1, day: 1, qualifier: .none)
        } else if year > 9999 {
            self.init(uncheckedYear: 9999, month: 12, day: 31, qualifier: .none)
        } else {
            self.init(uncheckedYear: year, month: month, day: dayOfMonth, qualifier: .none)
        }
    }

    /// How much of the date is known.
    public var precision: Precision {
        if year == 0 { return .open }
        if month == 0 { return .year }
        if dayOfMonth == 0 { return .month }
        return .day
    }

    /// Whether this is the open end `..`.
    public var isOpen: Bool { year == 0 }

    /// The first day the date may stand for, qualifier margin included;
    /// ``Day/distantPast`` for an open date.
    public var earliestDay: Day {
        switch precision {
        case .open:
            return .distantPast
        case .year:
            let first = Day(number: Int32(GregorianCalendar.dayNumber(year: Int(year), month: 1, day: 1)))
            return qualifier == .none ? first : first.advanced(byMonths: -12)
        case .month:
            let first = Day(number: Int32(GregorianCalendar.dayNumber(year: Int(year), month: Int(month), day: 1)))
            return qualifier == .none ? first : first.advanced(byMonths: -1)
        case .day:
            let exact = Day(number: Int32(GregorianCalendar.dayNumber(year: Int(year), month: Int(month), day: Int(dayOfMonth))))
            return qualifier == .none ? exact : exact.advanced(by: -3)
        }
    }

    /// The last day the date may stand for, qualifier margin included;
    /// ``Day/distantFuture`` for an open date.
    public var latestDay: Day {
        switch precision {
        case .open:
            return .distantFuture
        case .year:
            let last = Day(number: Int32(GregorianCalendar.dayNumber(year: Int(year), month: 12, day: 31)))
            return qualifier == .none ? last : last.advanced(by: 1).advanced(byMonths: 12).advanced(by: -1)
        case .month:
            let lastDay = GregorianCalendar.daysInMonth(year: Int(year), month: Int(month))
            let last = Day(number: Int32(GregorianCalendar.dayNumber(year: Int(year), month: Int(month), day: lastDay)))
            return qualifier == .none ? last : last.advanced(by: 1).advanced(byMonths: 1).advanced(by: -1)
        case .day:
            let exact = Day(number: Int32(GregorianCalendar.dayNumber(year: Int(year), month: Int(month), day: Int(dayOfMonth))))
            return qualifier == .none ? exact : exact.advanced(by: 3)
        }
    }

    /// The EDTF text: `2001-09-13`, `2001-09~`, `1998`, `..`.
    public var description: String {
        switch precision {
        case .open: return ".."
        case .year: return GregorianCalendar.formatDate(year: Int(year)) + qualifier.suffix
        case .month: return GregorianCalendar.formatDate(year: Int(year), month: Int(month)) + qualifier.suffix
        case .day:
            return GregorianCalendar.formatDate(year: Int(year), month: Int(month), day: Int(dayOfMonth)) + qualifier.suffix
        }
    }
}
