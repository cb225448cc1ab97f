/// Numbers in event files read from their bytes.
enum EventNumbers {
    /// The largest count read: more mentions than any article gets; a larger count is a
    /// broken row, and summing such counts over a run could overflow.
    static let maximumCount = 2_147_483_647

    /// A number read from a field: its value, one too large for its kind, or no such number.
    enum Reading<Value> {
        case value(Value)
        case outOfRange
        case malformed
    }

    /// A whole number of digits (a `+` may lead).
    @inline(__always)
    static func count(_ field: UnsafeRawBufferPointer) -> Reading<Int> {
        var value = 0
        var digits = 0
        for (position, byte) in field.enumerated() {
            if position == 0, byte == 0x2B, field.count > 1 { continue }
            guard byte >= 0x30, byte <= 0x39 else { return .malformed }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            if value > maximumCount { return .outOfRange }
        }
        return digits > 0 ? .value(value) : .malformed
    }

    /// A count that cannot be read, and why, in words that name its field.
    struct CountProblem: Error {
        let message: String
    }

    /// The count in `field`, the field named `name` in the message that refuses it.
    static func count(_ field: UnsafeRawBufferPointer, named name: String) -> Result<Int, CountProblem> {
        // The field's text is made only for a message: this runs once per event.
        switch count(field) {
        case let .value(value):
            return .success(value)
        case .outOfRange:
            return .failure(CountProblem(message: "\(name) '\(String(decoding: field, as: UTF8.self))' is more than any "
                + "real count (at most \(maximumCount))"))
        case .malformed:
            return .failure(CountProblem(message: "\(name) '\(String(decoding: field, as: UTF8.self))' is not a count; "
                + "expected a whole number, 0 or more"))
        }
    }

    /// A decimal number in thousandths, rounded (`-2.5` is -2500): exact for up to three
    /// decimals, through `Double` for anything else (more decimals, exponents), as
    /// `round(CAST(text AS DOUBLE) * 1000)` reads it in SQL.
    @inline(__always)
    static func thousandths(_ field: UnsafeRawBufferPointer) -> Reading<Int64> {
        var index = 0
        var negative = false
        if index < field.count, field[index] == 0x2D || field[index] == 0x2B {
            negative = field[index] == 0x2D
            index += 1
        }
        var whole: Int64 = 0
        var digits = 0
        while index < field.count, field[index] >= 0x30, field[index] <= 0x39, digits < 12 {
            whole = whole * 10 + Int64(field[index] - 0x30)
            index += 1
            digits += 1
        }
        var fraction: Int64 = 0
        var decimals = 0
        if index < field.count, field[index] == 0x2E {
            index += 1
            while index < field.count, field[index] >= 0x30, field[index] <= 0x39, decimals < 3 {
                fraction = fraction * 10 + Int64(field[index] - 0x30)
                index += 1
                decimals += 1
                digits += 1
            }
        }
        if index == field.count, digits > 0 {
            for _ in decimals..<3 { fraction *= 10 }
            let value = whole * 1000 + fraction
            return .value(negative ? -value : value)
        }
        guard let value = Double(String(decoding: field, as: UTF8.self)), value.isFinite else { return .malformed }
        guard abs(value) <= 1e15 else { return .outOfRange }
        return .value(Int64((value * 1000).rounded()))
    }
}
