extension DateExpression {
    /// Parses a date expression: terms joined with `&`, each an absolute date (EDTF level 1,
    /// a level-2 set `[a..b]`, unspecified digits `2001-09-1X`) or a relative date
    /// (`[WORD] after|before|by|from|on ID[.start|.end] [within N(d|w|m)]`). Several
    /// absolute terms must share at least one day. Surrounding spaces are ignored.
    public init(parsing text: String) throws(DateExpressionError) {
        var copy = text
        self = try copy.withUTF8 { Self.parse(bytes: $0, text: text) }.get()
    }

    /// Parses UTF-8 bytes: the loaders' fast path, which does not allocate for level-1 dates
    /// and reads every other form from the bytes, keeping only its text and anchors.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<DateExpression, DateExpressionError> {
        parse(bytes: bytes, text: nil)
    }

    /// `text`, when given, is the bytes as a string already.
    private static func parse(bytes: UnsafeBufferPointer<UInt8>, text: String?) -> Result<DateExpression, DateExpressionError> {
        if let date = PartialDate.date(bytes: bytes) { return .success(DateExpression(date)) }
        do {
            return .success(try DateExpression(parsingCompound: DateText(bytes: bytes), text: text))
        } catch {
            return .failure(error)
        }
    }

    private init(parsingCompound text: DateText, text written: String?) throws(DateExpressionError) {
        var absolute: DaySpan?
        var relativeDates: [RelativeDate] = []
        let termCount = text.count(of: UInt8(ascii: "&"), in: text.all) + 1
        for term in text.pieces(of: text.all, separatedBy: UInt8(ascii: "&")) {
            let body = text.trimmingSpaces(term)
            guard let first = body.first.map({ text[$0] }) else {
                throw DateExpressionError(message: termCount > 1 ? "empty term around '&'" : "empty date; expected a date or a relative date",
                                          offset: body.lowerBound)
            }
            if first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") {
                relativeDates.append(try RelativeDate.parse(text, body))
                continue
            }
            if text.part(body, is: "..") {
                if termCount > 1 {
                    throw DateExpressionError(message: "'..' (open) cannot combine with other terms", offset: body.lowerBound)
                }
                self.init(.open)
                return
            }
            let bound = try DaySpan.parseAbsoluteTerm(text, body)
            if let previous = absolute {
                guard let both = previous.intersection(bound) else {
                    throw DateExpressionError(message: "'\(text.string(body))' shares no day with the date before it: the range is empty",
                                              offset: body.lowerBound)
                }
                absolute = both
            } else {
                absolute = bound
            }
        }
        self.init(text: written ?? text.string(text.all), absolute: absolute, relativeDates: relativeDates)
    }
}
