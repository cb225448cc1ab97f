/// A calendar day in the proleptic Gregorian calendar, stored as a count of days since
/// 1970-01-01.
///
/// `Day` is the unit every temporal query works in. It is a plain integer, so comparing,
/// hashing and storing days is cheap, and there is no time zone to get wrong.
///
/// ```swift
/// let day = Day(year: 2001, month: 9, day: 11)!
/// day.description          // "2001-09-11"
/// day.advanced(by: 11)     // 2001-09-22
/// ```
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public var number: Int32

    /// Creates a day from its count of days since 1970-01-01.
    public init(number: Int32) {
        self.number = number
    }

    /// Creates a day from a calendar date, or returns nil when the date does not exist
    /// (month 13, 30 February, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...GregorianCalendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.number = Int32(GregorianCalendar.dayNumber(year: year, month: month, day: day))
    }

    /// The earliest representable day: stands for an open start ("since always").
    public static let distantPast = Day(number: Int32.min)
    /// The latest representable day: stands for an open end ("still holds").
    public static let distantFuture = Day(number: Int32.max)

    /// Whether this day is one of the two open-end sentinels.
    public var isUnbounded: Bool { number == Int32.min || number == Int32.max }

    /// The year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        GregorianCalendar.civilDate(dayNumber: Int(number))
    }

    /// The day `count` days later (earlier when negative); the sentinels stay where they are.
    public func advanced(by count: Int) -> Day {
        if isUnbounded { return self }
        let moved = Int(number) + count
        return Day(number: Int32(clamping: moved))
    }

    /// The same day of month `count` months later, clamped to the month's last day
    /// (31 January plus one month is 28 or 29 February).
    public func advanced(byMonths count: Int) -> Day {
        if isUnbounded { return self }
        let (year, month, day) = components
        let monthIndex = year * 12 + (month - 1) + count
        let newYear = monthIndex / 12
        let newMonth = monthIndex % 12 + 1
        guard (1...9999).contains(newYear) else { return count > 0 ? .distantFuture : .distantPast }
        let clampedDay = min(day, GregorianCalendar.daysInMonth(year: newYear, month: newMonth))
        return Day(number: Int32(GregorianCalendar.dayNumber(year: newYear, month: newMonth, day: clampedDay)))
    }

    /// The number of days from `self` to `other`.
    public func distance(to other: Day) -> Int { Int(other.number) - Int(number) }

    /// ISO 8601 `YYYY-MM-DD`, or `..` for the open sentinels.
    public var description: String {
        if isUnbounded { return ".." }
        let (year, month, day) = components
        return GregorianCalendar.formatDate(year: year, month: month, day: day)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
}
