/// The days an absolute term of a date expression allows a time point to fall on, as a
/// ``DaySpan``: an EDTF level-1 date, a level-2 set or range of dates
/// (`[2001-09-14..2001-09-20]`, `[..2001-09-22]`, `[2001-09-14..]`), or a date with
/// unspecified digits (`2001-09-1X`, `199X`).
///
/// A set stands for one of its members, so the point falls somewhere in the set's hull:
/// from the earliest day of its first member to the latest day of its last.
///
/// | text                      | earliest ... latest          |
/// |---------------------------|------------------------------|
/// | `2001-09-13~`             | 2001-09-10 ... 2001-09-16    |
/// | `[2001-09-14..2001-09-20]`| 2001-09-14 ... 2001-09-20    |
/// | `[..2001-09-22]`          | open ... 2001-09-22          |
/// | `[2001-09-14..]`          | 2001-09-14 ... open          |
/// | `2001-09-1X`              | 2001-09-10 ... 2001-09-19    |
/// | `199X`                    | 1990-01-01 ... 1999-12-31    |
extension DaySpan {
    /// Parses one absolute term, the bytes `range` of `text`: `[...]`, a date with `X`
    /// digits, or a level-1 date. Errors are placed by their offset in the whole text.
    static func parseAbsoluteTerm(_ text: DateText, _ range: Range<Int>) throws(DateExpressionError) -> DaySpan {
        if let first = range.first, text[first] == UInt8(ascii: "[") { return try parseSet(text, range) }
        return try parseSingle(text, range)
    }

    /// A level-1 date or one with unspecified digits; `..` is not allowed here.
    private static func parseSingle(_ text: DateText, _ range: Range<Int>) throws(DateExpressionError) -> DaySpan {
        if text.part(range, contains: UInt8(ascii: "X")) { return try parseUnspecified(text, range) }
        switch PartialDate.parse(bytes: text.slice(range)) {
        case let .success(date): return DaySpan(date)
        case let .failure(error): throw DateExpressionError(message: error.message, offset: range.lowerBound + error.offset)
        }
    }

    /// `[a..b]`, `[..b]`, `[a..]`, `[a, b, c..d]`: the hull of the members.
    private static func parseSet(_ text: DateText, _ range: Range<Int>) throws(DateExpressionError) -> DaySpan {
        guard range.count >= 2, text[range.upperBound - 1] == UInt8(ascii: "]") else {
            throw DateExpressionError(message: "a set of dates opened with '[' must close with ']'", offset: range.lowerBound)
        }
        var earliest = Day.distantFuture
        var latest = Day.distantPast
        for member in text.pieces(of: range.lowerBound + 1..<range.upperBound - 1, separatedBy: UInt8(ascii: ",")) {
            let body = text.trimmingSpaces(member)
            guard !body.isEmpty else {
                throw DateExpressionError(message: "empty member in a set of dates", offset: member.lowerBound)
            }
            guard let dots = rangeMark(in: body, of: text) else {
                let bound = try parseSingle(text, body)
                earliest = min(earliest, bound.first)
                latest = max(latest, bound.last)
                continue
            }
            let first = body.lowerBound..<dots
            let last = dots + 2..<body.upperBound
            if first.isEmpty && last.isEmpty {
                throw DateExpressionError(message: "'..' in a set needs a date on at least one side", offset: body.lowerBound)
            }
            let lower = first.isEmpty ? nil : try parseSingle(text, first)
            let upper = last.isEmpty ? nil : try parseSingle(text, last)
            if let lower, let upper, upper.last < lower.first {
                throw DateExpressionError(
                    message: "empty range '\(text.string(body))': \(text.string(last)) is before \(text.string(first))",
                    offset: last.lowerBound)
            }
            earliest = min(earliest, lower?.first ?? .distantPast)
            latest = max(latest, upper?.last ?? .distantFuture)
        }
        return DaySpan(first: earliest, last: latest)
    }

    /// Where the first `..` of a set member starts, nil when it is a single date.
    private static func rangeMark(in member: Range<Int>, of text: DateText) -> Int? {
        member.dropLast().first { text[$0] == UInt8(ascii: ".") && text[$0 + 1] == UInt8(ascii: ".") }
    }

    /// `YYYY[-MM[-DD]]` where any digit may be `X` (unspecified): the first and last real
    /// days that match.
    private static func parseUnspecified(_ text: DateText, _ range: Range<Int>) throws(DateExpressionError) -> DaySpan {
        let bytes = Array(text.slice(range))
        let offset = range.lowerBound
        let written = text.string(range)
        let expected = "expected YYYY, YYYY-MM or YYYY-MM-DD with digits or X (unspecified)"
        guard [4, 7, 10].contains(bytes.count) else {
            if let last = bytes.last, [UInt8(ascii: "~"), UInt8(ascii: "?"), UInt8(ascii: "%")].contains(last) {
                throw DateExpressionError(message: "a qualifier cannot follow unspecified digits in '\(written)'",
                                          offset: offset + bytes.count - 1)
            }
            throw DateExpressionError(message: "malformed date '\(written)'; \(expected)", offset: offset)
        }
        for (index, byte) in bytes.enumerated() {
            let isSeparator = index == 4 || index == 7
            let valid = isSeparator ? byte == UInt8(ascii: "-")
                : (byte == UInt8(ascii: "X") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")))
            if !valid { throw DateExpressionError(message: "malformed date '\(written)'; \(expected)", offset: offset + index) }
        }
        let yearPattern = Array(bytes[0..<4])
        let monthPattern = bytes.count >= 7 ? Array(bytes[5..<7]) : Array("XX".utf8)
        let dayPattern = bytes.count == 10 ? Array(bytes[8..<10]) : Array("XX".utf8)
        let years = (1...9999).lazy.filter { matches(yearPattern, $0) }
        let months = (1...12).filter { matches(monthPattern, $0) }
        func firstDay(ascending: Bool) -> Day? {
            for year in ascending ? Array(years) : years.reversed() {
                for month in ascending ? months : months.reversed() {
                    let length = GregorianCalendar.daysInMonth(year: year, month: month)
                    let days = (1...length).filter { matches(dayPattern, $0) }
                    if let day = ascending ? days.first : days.last {
                        return Day(year: year, month: month, day: day)
                    }
                }
            }
            return nil
        }
        guard let earliest = firstDay(ascending: true), let latest = firstDay(ascending: false) else {
            throw DateExpressionError(message: "no real day matches '\(written)'", offset: offset)
        }
        return DaySpan(first: earliest, last: latest)
    }

    /// Whether `value`, written with as many digits as `pattern`, matches it (`X` matches any digit).
    private static func matches(_ pattern: [UInt8], _ value: Int) -> Bool {
        var remaining = value
        for byte in pattern.reversed() {
            let digit = UInt8(remaining % 10) + UInt8(ascii: "0")
            if byte != UInt8(ascii: "X") && byte != digit { return false }
            remaining /= 10
        }
        return remaining == 0
    }
}
