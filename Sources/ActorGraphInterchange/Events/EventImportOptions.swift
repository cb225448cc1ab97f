import ActorGraph
import Foundation

/// How an event file becomes a relation graph.
public struct EventImportOptions: Sendable {
    /// The file's layout.
    public var format: EventFormat
    /// CAMEO code -> relation kind (GDELT, ICEWS).
    public var mapping: CAMEOMapping
    /// ACLED event and sub-event type -> relation kind.
    public var eventTypeMapping = ACLEDMapping.builtIn
    /// Events of the same pair and kind at most this many days apart join into one relation.
    public var mergeGapDays: Int
    /// GDELT events mentioned fewer times than this are left out (0 keeps all).
    public var minimumMentions: Int
    /// The most citations a relation keeps (its first events' sources, by day and id).
    public var maximumCitations: Int
    /// Threads that parse chunks of the input at once; the result is the same for any number.
    public var threads: Int
    /// The bytes in each chunk the input is cut into (chunks end at a line end).
    var chunkSize = 4 << 20
    /// The longest line an event file may have.
    var maximumLineBytes = ReadLimits.defaultValueBytes

    /// Creates options; by default the built-in mapping, a 30-day gap, every event, 3
    /// citations, and a thread for each processor.
    public init(format: EventFormat, mapping: CAMEOMapping = .builtIn, mergeGapDays: Int = 30,
                minimumMentions: Int = 0, maximumCitations: Int = 3,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.format = format
        self.mapping = mapping
        self.mergeGapDays = mergeGapDays
        self.minimumMentions = minimumMentions
        self.maximumCitations = maximumCitations
        self.threads = max(1, threads)
    }
}
