/// Why a text is not a partial date.
public struct PartialDateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in a sentence fragment fit for `file:line:column: error: ...`.
    public let message: String
    /// Offset in bytes from the start of the text to the problem.
    public let offset: Int

    public var description: String { message }
}

extension PartialDate {
    /// Parses EDTF level-1 text: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, each optionally followed by
    /// `~`, `?` or `%`, or `..` for an open end. Surrounding spaces are ignored.
    public init(parsing text: String) throws(PartialDateError) {
        var copy = text
        let result = copy.withUTF8 { PartialDate.parse(bytes: $0) }
        self = try result.get()
    }

    /// Parses a date from UTF-8 bytes without allocating; the fast path of the loaders.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<PartialDate, PartialDateError> {
        read(bytes: bytes, describingFailure: true)
    }

    /// The date the bytes spell, or nil, without composing a message: for callers that try
    /// other forms when it is not one (a date expression's longer forms).
    static func date(bytes: UnsafeBufferPointer<UInt8>) -> PartialDate? {
        try? read(bytes: bytes, describingFailure: false).get()
    }

    /// A failure's message is composed only when `describingFailure`.
    private static func read(bytes: UnsafeBufferPointer<UInt8>, describingFailure: Bool) -> Result<PartialDate, PartialDateError> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        func failure(_ message: @autoclosure () -> String, at offset: Int) -> Result<PartialDate, PartialDateError> {
            .failure(PartialDateError(message: describingFailure ? message() : "", offset: offset))
        }
        let textEnd = end
        func quoted() -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<textEnd]), as: UTF8.self)
        }
        if start == end { return failure("empty date; expected YYYY, YYYY-MM, YYYY-MM-DD or '..'", at: start) }
        if end - start == 2, bytes[start] == UInt8(ascii: "."), bytes[start + 1] == UInt8(ascii: ".") {
            return .success(.open)
        }
        var qualifier = Qualifier.none
        switch bytes[end - 1] {
        case UInt8(ascii: "~"): qualifier = .approximate; end -= 1
        case UInt8(ascii: "?"): qualifier = .uncertain; end -= 1
        case UInt8(ascii: "%"): qualifier = .approximateAndUncertain; end -= 1
        default: break
        }
        // Reads a run of exactly `width` digits at `position`.
        func number(at position: Int, width: Int) -> Int? {
            guard position + width <= end else { return nil }
            var value = 0
            for index in position..<(position + width) {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let expected = "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %, or '..'"
        let length = end - start
        guard length == 4 || length == 7 || length == 10, let year = number(at: start, width: 4) else {
            return failure("malformed date '\(quoted())'; \(expected)", at: start)
        }
        guard year >= 1 else { return failure("year 0000 does not exist in '\(quoted())'", at: start) }
        if length == 4 { return .success(PartialDate(uncheckedYear: year, month: 0, day: 0, qualifier: qualifier)) }
        guard bytes[start + 4] == UInt8(ascii: "-"), let month = number(at: start + 5, width: 2) else {
            return failure("malformed date '\(quoted())'; \(expected)", at: start)
        }
        guard (1...12).contains(month) else {
            return failure("impossible date '\(quoted())': there is no month \(month)", at: start + 5)
        }
        if length == 7 { return .success(PartialDate(uncheckedYear: year, month: month, day: 0, qualifier: qualifier)) }
        guard bytes[start + 7] == UInt8(ascii: "-"), let day = number(at: start + 8, width: 2) else {
            return failure("malformed date '\(quoted())'; \(expected)", at: start)
        }
        guard day >= 1 else { return failure("impossible date '\(quoted())': there is no day 00", at: start + 8) }
        let monthLength = GregorianCalendar.daysInMonth(year: year, month: month)
        guard (1...monthLength).contains(day) else {
            return failure(
                "impossible date '\(quoted())': \(GregorianCalendar.monthNames[month - 1]) \(year) has \(monthLength) days",
                at: start + 8)
        }
        return .success(PartialDate(uncheckedYear: year, month: month, day: day, qualifier: qualifier))
    }
}
