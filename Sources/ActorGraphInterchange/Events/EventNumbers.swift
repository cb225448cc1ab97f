/// Numbers in event files read from their bytes.
enum EventNumbers {
    /// The largest count read: more mentions than any article gets; a larger count is a
    /// broken row, and summing such counts over a run could overflow.
    static let maximumCount = 2_147_483_647

    enum Count {
        case value(Int)
        case tooLarge
        case notACount
    }

    /// A whole number of digits (a `+` may lead).
    @inline(__always)
    static func count(_ field: UnsafeRawBufferPointer) -> Count {
        var value = 0
        var digits = 0
        for (position, byte) in field.enumerated() {
            if position == 0, byte == 0x2B, field.count > 1 { continue }
            guard byte >= 0x30, byte <= 0x39 else { return .notACount }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            if value > maximumCount { return .tooLarge }
        }
        return digits > 0 ? .value(value) : .notACount
    }

    enum Decimal {
        case value(Int64)
        case outOfRange
        case notANumber
    }

    /// A decimal number in thousandths, rounded (`-2.5` is -2500): exact for up to three
    /// decimals, through `Double` for anything else (more decimals, exponents), as
    /// `round(CAST(text AS DOUBLE) * 1000)` reads it in SQL.
    @inline(__always)
    static func thousandths(_ field: UnsafeRawBufferPointer) -> Decimal {
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
        guard let value = Double(String(decoding: field, as: UTF8.self)), value.isFinite else { return .notANumber }
        guard abs(value) <= 1e15 else { return .outOfRange }
        return .value(Int64((value * 1000).rounded()))
    }
}
