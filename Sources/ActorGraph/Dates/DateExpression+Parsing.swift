extension DateExpression {
    /// Parses a date expression: terms joined with `&`, each an absolute date (EDTF level 1,
    /// a level-2 set `[a..b]`, unspecified digits `2001-09-1X`) or a relative date
    /// (`[WORD] after|before|by|from|on ID[.start|.end] [within N(d|w|m)]`). Several
    /// absolute terms must share at least one day. Surrounding spaces are ignored.
    public init(parsing text: String) throws(DateExpressionError) {
        var copy = text
        if let plain = copy.withUTF8({ Self.plainDate(bytes: $0) }) {
            self.init(plain)
            return
        }
        try self.init(parsingCompound: text)
    }

    /// Parses UTF-8 bytes: the loaders' fast path, which does not allocate for level-1 dates.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<DateExpression, DateExpressionError> {
        if let plain = plainDate(bytes: bytes) { return .success(DateExpression(plain)) }
        do {
            return .success(try DateExpression(parsingCompound: String(decoding: bytes, as: UTF8.self)))
        } catch {
            return .failure(error)
        }
    }

    /// A level-1 date when the bytes are one and nothing else suggests a longer form.
    private static func plainDate(bytes: UnsafeBufferPointer<UInt8>) -> PartialDate? {
        if case let .success(date) = PartialDate.parse(bytes: bytes) { return date }
        return nil
    }

    private init(parsingCompound text: String) throws(DateExpressionError) {
        var absolute: DaySpan?
        var relativeDates: [RelativeDate] = []
        var termOffset = 0
        let terms = text.split(separator: "&", omittingEmptySubsequences: false)
        for term in terms {
            defer { termOffset += term.utf8.count + 1 }
            let leading = term.prefix { $0 == " " }.utf8.count
            let body = term.trimmingSurroundingSpaces
            let offset = termOffset + leading
            guard let first = body.utf8.first else {
                throw DateExpressionError(message: terms.count > 1 ? "empty term around '&'" : "empty date; expected a date or a relative date",
                                          offset: offset)
            }
            if first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") {
                relativeDates.append(try RelativeDate.parse(body, offset: offset))
                continue
            }
            if body == ".." {
                if terms.count > 1 {
                    throw DateExpressionError(message: "'..' (open) cannot combine with other terms", offset: offset)
                }
                self.init(.open)
                return
            }
            let bound = try DaySpan.parseAbsoluteTerm(body, offset: offset)
            if let previous = absolute {
                guard let both = previous.intersection(bound) else {
                    throw DateExpressionError(message: "'\(body)' shares no day with the date before it: the range is empty",
                                              offset: offset)
                }
                absolute = both
            } else {
                absolute = bound
            }
        }
        self.init(text: text, absolute: absolute, relativeDates: relativeDates)
    }
}
