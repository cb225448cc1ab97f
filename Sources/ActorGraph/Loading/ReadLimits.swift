/// Bounds a reader keeps to while reading a file, so that no file can make it hang, crash
/// or exhaust memory. The defaults are far above what real graph files need; a caller
/// raises one for the rare file that goes past it.
///
/// ```swift
/// var limits = ReadLimits()
/// limits.nestingDepth = 1_000
/// ```
public struct ReadLimits: Hashable, Sendable {
    /// How deeply elements, mappings, sequences or arrays may nest (XML elements count one
    /// level each). Real graph files stay below 20.
    public var nestingDepth: Int
    /// The largest single value in bytes: one scalar, string, field, attribute value or
    /// element text.
    public var valueBytes: Int

    /// The default nesting depth: libxml2's own default, far beyond any real graph file.
    public static let defaultNestingDepth = 256
    /// The default size of one value: 10 MB, libxml2's own default for one text node.
    public static let defaultValueBytes = 10_000_000

    /// Creates limits, by default the documented defaults.
    public init(nestingDepth: Int = ReadLimits.defaultNestingDepth, valueBytes: Int = ReadLimits.defaultValueBytes) {
        self.nestingDepth = nestingDepth
        self.valueBytes = valueBytes
    }
}

extension ReadLimits {
    /// What to say when a file nests deeper than `depth` levels.
    package static func nestingMessage(depth: Int) -> String {
        "nested more than \(depth) levels deep, the limit for one file"
    }

    /// What to say when `what` (a value, "the text of <data>") is over `limit` bytes long;
    /// `bytes` is its length when known.
    package static func valueMessage(_ what: String, bytes: Int? = nil, limit: Int) -> String {
        "\(what) is \(bytes.map { "\($0) bytes long" } ?? "too long"), over the limit of \(limit) bytes for one value"
    }
}
