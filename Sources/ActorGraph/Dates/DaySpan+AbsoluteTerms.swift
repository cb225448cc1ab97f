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
    /// Parses one absolute term: `[...]`, a date with `X` digits, or a level-1 date.
    /// `offset` is where `text` starts in the whole expression, for error positions.
    static func parseAbsoluteTerm(_ text: Substring, offset: Int) throws(DateExpressionError) -> DaySpan {
        if text.utf8.first == UInt8(ascii: "[") { return try parseSet(text, offset: offset) }
        return try parseSingle(text, offset: offset)
    }

    /// A level-1 date or one with unspecified digits; `..` is not allowed here.
    private static func parseSingle(_ text: Substring, offset: Int) throws(DateExpressionError) -> DaySpan {
        if text.utf8.contains(UInt8(ascii: "X")) { return try parseUnspecified(text, offset: offset) }
        var bytes = text
        switch bytes.withUTF8({ PartialDate.parse(bytes: $0) }) {
        case let .success(date): return DaySpan(date)
        case let .failure(error): throw DateExpressionError(message: error.message, offset: offset + error.offset)
        }
    }

    /// `[a..b]`, `[..b]`, `[a..]`, `[a, b, c..d]`: the hull of the members.
    private static func parseSet(_ text: Substring, offset: Int) throws(DateExpressionError) -> DaySpan {
        guard text.utf8.last == UInt8(ascii: "]"), text.utf8.count >= 2 else {
            throw DateExpressionError(message: "a set of dates opened with '[' must close with ']'", offset: offset)
        }
        let inner = text.dropFirst().dropLast()
        var earliest = Day.distantFuture
        var latest = Day.distantPast
        var memberOffset = offset + 1
        for member in inner.split(separator: ",", omittingEmptySubsequences: false) {
            defer { memberOffset += member.utf8.count + 1 }
            let leading = member.prefix { $0 == " " }.utf8.count
            let body = member.trimmingSurroundingSpaces
            let start = memberOffset + leading
            guard !body.isEmpty else {
                throw DateExpressionError(message: "empty member in a set of dates", offset: memberOffset)
            }
            let parts = SetMember(body)
            switch parts {
            case let .single(date):
                let bound = try parseSingle(date, offset: start)
                earliest = min(earliest, bound.first)
                latest = max(latest, bound.last)
            case let .range(first, last, lastOffset):
                if first.isEmpty && last.isEmpty {
                    throw DateExpressionError(message: "'..' in a set needs a date on at least one side", offset: start)
                }
                let lower = first.isEmpty ? nil : try parseSingle(first, offset: start)
                let upper = last.isEmpty ? nil : try parseSingle(last, offset: start + lastOffset)
                if let lower, let upper, upper.last < lower.first {
                    throw DateExpressionError(message: "empty range '\(body)': \(last) is before \(first)",
                                              offset: start + lastOffset)
                }
                earliest = min(earliest, lower?.first ?? .distantPast)
                latest = max(latest, upper?.last ?? .distantFuture)
            }
        }
        return DaySpan(first: earliest, last: latest)
    }

    /// `YYYY[-MM[-DD]]` where any digit may be `X` (unspecified): the first and last real
    /// days that match.
    private static func parseUnspecified(_ text: Substring, offset: Int) throws(DateExpressionError) -> DaySpan {
        let bytes = Array(text.utf8)
        let expected = "expected YYYY, YYYY-MM or YYYY-MM-DD with digits or X (unspecified)"
        guard [4, 7, 10].contains(bytes.count) else {
            if let last = bytes.last, [UInt8(ascii: "~"), UInt8(ascii: "?"), UInt8(ascii: "%")].contains(last) {
                throw DateExpressionError(message: "a qualifier cannot follow unspecified digits in '\(text)'",
                                          offset: offset + bytes.count - 1)
            }
            throw DateExpressionError(message: "malformed date '\(text)'; \(expected)", offset: offset)
        }
        for (index, byte) in bytes.enumerated() {
            let isSeparator = index == 4 || index == 7
            let valid = isSeparator ? byte == UInt8(ascii: "-")
                : (byte == UInt8(ascii: "X") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")))
            if !valid { throw DateExpressionError(message: "malformed date '\(text)'; \(expected)", offset: offset + index) }
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
            throw DateExpressionError(message: "no real day matches '\(text)'", offset: offset)
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

/// A member of a set of dates, split at its `..`.
private enum SetMember {
    case single(Substring)
    /// The parts before and after `..`, and the byte offset of the part after it.
    case range(Substring, Substring, Int)

    init(_ text: Substring) {
        let bytes = text.utf8
        var index = bytes.startIndex
        var offset = 0
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == UInt8(ascii: "."), next < bytes.endIndex, bytes[next] == UInt8(ascii: ".") {
                let after = bytes.index(after: next)
                self = .range(Substring(bytes[..<index]), Substring(bytes[after...]), offset + 2)
                return
            }
            index = next
            offset += 1
        }
        self = .single(text)
    }
}
