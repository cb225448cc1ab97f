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
    /// level each; a YAML alias counts the levels of what it repeats). Real graph files stay
    /// below 20.
    public var nestingDepth: Int
    /// The largest single value in bytes: one YAML scalar, JSON string or number, CSV field,
    /// XML attribute value or element text.
    public var valueBytes: Int

    /// How many nodes YAML aliases (`*name`) may bring into one document, counting every
    /// node of each subtree an alias repeats: at most this many, or as many as the document
    /// has written itself up to the alias when that is more. A "billion laughs" file, a few
    /// lines that would expand into billions of nodes, is refused at the alias that goes past.
    public var aliasedNodes: Int

    /// The default nesting depth: libxml2's own default, far beyond any real graph file.
    public static let defaultNestingDepth = 256
    /// The default size of one value: 10 MB, libxml2's own default for one text node.
    public static let defaultValueBytes = 10_000_000
    /// The default number of nodes aliases may bring in: our schema has little use for
    /// aliases, so a budget far below what makes a load slow (about a second per ten
    /// million nodes) is right.
    public static let defaultAliasedNodes = 100_000

    /// Creates limits, by default the documented defaults.
    public init(nestingDepth: Int = ReadLimits.defaultNestingDepth, valueBytes: Int = ReadLimits.defaultValueBytes,
                aliasedNodes: Int = ReadLimits.defaultAliasedNodes) {
        self.nestingDepth = nestingDepth
        self.valueBytes = valueBytes
        self.aliasedNodes = aliasedNodes
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

    /// What to say when YAML aliases bring in more than `budget` nodes.
    package static func aliasMessage(budget: Int) -> String {
        "aliases repeat more than \(budget) nodes, the limit for one document"
    }
}
