import ActorGraph

/// How an event file becomes a relation graph.
public struct EventImportOptions: Sendable {
    /// The file's layout.
    public var format: EventFormat
    /// CAMEO code -> relation kind.
    public var mapping: CAMEOMapping
    /// Events of the same pair and kind at most this many days apart join into one relation.
    public var mergeGapDays: Int
    /// GDELT events mentioned fewer times than this are left out (0 keeps all).
    public var minimumMentions: Int
    /// The most citations a relation keeps (its first events' sources).
    public var maximumCitations: Int

    /// Creates options; by default the built-in mapping, a 30-day gap, every event, 3 citations.
    public init(format: EventFormat, mapping: CAMEOMapping = .builtIn, mergeGapDays: Int = 30,
                minimumMentions: Int = 0, maximumCitations: Int = 3) {
        self.format = format
        self.mapping = mapping
        self.mergeGapDays = mergeGapDays
        self.minimumMentions = minimumMentions
        self.maximumCitations = maximumCitations
    }
}
