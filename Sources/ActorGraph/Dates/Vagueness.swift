import OrderedCollections

/// The vocabulary of vague words a relative date may use ("soon after", "within days
/// after"), each mapped to the longest distance it allows.
///
/// `soon after meeting` means `after meeting within` the duration of `soon`. A word whose
/// duration is unbounded (`later: ..`) sets no limit: `later after meeting` is plain `after`.
/// A file extends or overrides the built-in words with a top-level `vagueness` table, and
/// every command with `--vagueness soon=14d,...`, so that a conclusion can be tried against
/// a wider or narrower reading.
///
/// ```swift
/// var vagueness = Vagueness.builtIn
/// vagueness["soon"]                       // .days(7)
/// try vagueness.merge(parsing: "soon=14d")
/// vagueness["soon"]                       // .days(14)
/// ```
public struct Vagueness: Hashable, Sendable, CustomStringConvertible {
    /// Word -> the longest distance it allows, in the order the words were defined.
    public private(set) var durations: OrderedDictionary<String, DateDistance>

    /// The built-in words: `soon` and `shortly` 7 days, `days` 10 days (as in "within days
    /// after"), `later` unbounded.
    public static let builtIn = Vagueness(durations: [
        "soon": .days(7), "shortly": .days(7), "days": .days(10), "later": .unbounded,
    ])

    /// Creates a vocabulary from a table of words.
    public init(durations: OrderedDictionary<String, DateDistance>) {
        self.durations = durations
    }

    /// The distance a word allows, or nil when the word is not in the vocabulary.
    public subscript(word: String) -> DateDistance? {
        get { durations[word] }
        set { durations[word] = newValue }
    }

    /// The vocabulary with `other`'s words added, `other` winning where both define a word.
    public func merging(_ other: Vagueness) -> Vagueness {
        var merged = self
        for (word, distance) in other.durations { merged.durations[word] = distance }
        return merged
    }

    /// Parses `word=duration` pairs separated by commas (`soon=14d,days=3w,later=..`).
    public init(parsing text: String) throws(VaguenessError) {
        var durations = OrderedDictionary<String, DateDistance>()
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let word = String(parts[0]).trimmingSpaces()
            guard parts.count == 2, Self.isWord(word) else {
                throw VaguenessError(message: "'\(pair)' is not word=duration (e.g. soon=14d)")
            }
            guard let distance = DateDistance(String(parts[1]).trimmingSpaces()) else {
                throw VaguenessError(message: "'\(parts[1])' is not a duration for '\(word)'; expected Nd, Nw, Nm or '..'")
            }
            durations[word] = distance
        }
        self.init(durations: durations)
    }

    /// Whether `text` can be a vague word: lowercase letters and hyphens, not a keyword of
    /// the date syntax.
    public static func isWord(_ text: some StringProtocol) -> Bool {
        var copy = String(text)
        return copy.withUTF8 { isWord(utf8: $0) }
    }

    /// Whether the UTF-8 bytes can be a vague word (see ``isWord(_:)``).
    static func isWord(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "-") }
            && RelativeDate.Relation(utf8: bytes) == nil && !"within".utf8.elementsEqual(bytes)
    }

    /// `soon=7d, shortly=7d, days=10d, later=..`: the words in their order.
    public var description: String {
        durations.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }
}

/// Why a vagueness table or a `--vagueness` option is malformed.
public struct VaguenessError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    public var description: String { message }
}

/// How far apart two time points may be: a number of days, or no limit.
public enum DateDistance: Hashable, Sendable, CustomStringConvertible {
    /// At most this many days.
    case days(Int)
    /// No limit.
    case unbounded

    /// The largest number of days a written duration may stand for (about 270 years).
    static let longest = 100_000

    /// Parses `Nd`, `Nw` (7 days each) or `Nm` (31 days each, so never shorter than a calendar
    /// month), or `..` for no limit. N is a whole number from 0.
    public init?(_ text: some StringProtocol) {
        var copy = String(text)
        guard let distance = copy.withUTF8({ Self(utf8: $0) }) else { return nil }
        self = distance
    }

    /// Parses the UTF-8 bytes of a duration (see ``init(_:)``).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.elementsEqual("..".utf8) { self = .unbounded; return }
        guard let unit = bytes.last, (2...7).contains(bytes.count) else { return nil }
        var count = 0
        for byte in bytes.dropLast() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            count = count * 10 + Int(byte - UInt8(ascii: "0"))
        }
        let days: Int
        switch unit {
        case UInt8(ascii: "d"): days = count
        case UInt8(ascii: "w"): days = count * 7
        case UInt8(ascii: "m"): days = count * 31
        default: return nil
        }
        guard days <= Self.longest else { return nil }
        self = .days(days)
    }

    /// `7d`, or `..` when unbounded.
    public var description: String {
        switch self {
        case let .days(count): return "\(count)d"
        case .unbounded: return ".."
        }
    }
}
