/// The step of a date sequence: `7d`, `2w`, `1m`, or `changes`.
public enum DateStep: Hashable, Sendable, CustomStringConvertible {
    /// Every N days.
    case days(Int)
    /// Every N weeks.
    case weeks(Int)
    /// Every N calendar months (the same day of month, clamped to the month's end).
    case months(Int)
    /// Every day on which the set of active relations changes.
    case changes

    /// Parses `Nd`, `Nw`, `Nm` (N a positive integer, 1 when left out) or `changes`.
    public init?(_ text: String) {
        if text == "changes" { self = .changes; return }
        guard let (count, unit) = Self.countAndUnit(text), count > 0 else { return nil }
        switch unit {
        case "d": self = .days(count)
        case "w": self = .weeks(count)
        case "m": self = .months(count)
        default: return nil
        }
    }

    /// The number and unit letter of `Nd`, `Nw` or `Nm` text (N from 0 to 100,000 in ASCII
    /// digits, 1 when left out), or nil: the one reader of such lengths, for steps and gaps alike.
    package static func countAndUnit(_ text: String) -> (count: Int, unit: Character)? {
        guard let unit = text.last, "dwm".contains(unit) else { return nil }
        let digits = text.dropLast()
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = digits.isEmpty ? 1 : Int(digits),
              count <= 100_000 else { return nil }
        return (count, unit)
    }

    public var description: String {
        switch self {
        case let .days(count): return "\(count)d"
        case let .weeks(count): return "\(count)w"
        case let .months(count): return "\(count)m"
        case .changes: return "changes"
        }
    }
}
