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
              (1...Calendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.number = Int32(Calendar.dayNumber(year: year, month: month, day: day))
    }

    /// The earliest representable day: stands for an open start ("since always").
    public static let distantPast = Day(number: Int32.min)
    /// The latest representable day: stands for an open end ("still holds").
    public static let distantFuture = Day(number: Int32.max)

    /// Whether this day is one of the two open-end sentinels.
    public var isUnbounded: Bool { number == Int32.min || number == Int32.max }

    /// The year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        Calendar.civilDate(dayNumber: Int(number))
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
        let clampedDay = min(day, Calendar.daysInMonth(year: newYear, month: newMonth))
        return Day(number: Int32(Calendar.dayNumber(year: newYear, month: newMonth, day: clampedDay)))
    }

    /// The number of days from `self` to `other`.
    public func distance(to other: Day) -> Int { Int(other.number) - Int(number) }

    /// ISO 8601 `YYYY-MM-DD`, or `..` for the open sentinels.
    public var description: String {
        if isUnbounded { return ".." }
        let (year, month, day) = components
        return Calendar.formatDate(year: year, month: month, day: day)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
}

/// Gregorian calendar arithmetic on plain integers.
enum Calendar {
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01. Counts in 400-year eras starting on 1 March, so that the
    /// leap day falls at the end of each counted year.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let marchBasedYear = month <= 2 ? year - 1 : year
        let era = (marchBasedYear >= 0 ? marchBasedYear : marchBasedYear - 399) / 400
        let yearOfEra = marchBasedYear - era * 400
        let marchBasedMonth = (month + 9) % 12
        let dayOfYear = (153 * marchBasedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `dayNumber`.
    static func civilDate(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchBasedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * marchBasedMonth + 2) / 5 + 1
        let month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    static func formatDate(year: Int, month: Int? = nil, day: Int? = nil) -> String {
        var text = pad(year, width: 4)
        if let month { text += "-" + pad(month, width: 2) }
        if let day { text += "-" + pad(day, width: 2) }
        return text
    }

    private static func pad(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
