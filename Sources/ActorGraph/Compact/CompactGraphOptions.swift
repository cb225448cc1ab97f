/// How a ``Snapshot`` collapses into a ``CompactGraph``: which relations count, how their
/// direction is read, and what weight an edge gets.
///
/// ```swift
/// var options = CompactGraphOptions()
/// options.tones = [.cooperative]
/// options.weighting = .count
/// let graph = CompactGraph(snapshot: snapshot, options: options)
/// ```
public struct CompactGraphOptions: Hashable, Sendable {
    /// How relations become arcs.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        /// A directed graph: a directed kind gives the arc source -> target, a symmetric kind
        /// (`negotiates-with`) gives both arcs.
        case directed
        /// An undirected graph: every relation is an edge between its two actors.
        case undirected
    }

    /// The weight each relation brings to its edge. Parallel relations between the same two
    /// actors merge into one edge whose weight is the sum of theirs.
    public enum Weighting: String, Hashable, Sendable, CaseIterable {
        /// Unweighted: every edge weighs 1, however many relations it merges.
        case none
        /// Each relation weighs 1, so an edge weighs the number of relations it merges.
        case count
        /// Each relation weighs the absolute Goldstein weight of its kind (0 to 10).
        case goldstein
        /// Each relation weighs its explicit `weight`, or 1 when it has none.
        case weight
    }

    /// Relation kind ids to keep; nil keeps every kind.
    public var kinds: Set<String>?
    /// Tones to keep; nil keeps every tone.
    public var tones: Set<Tone>?
    /// How relations become arcs; directed by default.
    public var direction: Direction
    /// The weight of each relation; unweighted by default.
    public var weighting: Weighting
    /// Whether actors without a kept relation become isolated nodes (by default only actors
    /// with a kept relation are nodes, as when NetworkX builds a graph from its edges).
    public var includesIsolatedActors: Bool

    /// Creates options; the defaults keep every relation, directed and unweighted.
    public init(kinds: Set<String>? = nil, tones: Set<Tone>? = nil, direction: Direction = .directed,
                weighting: Weighting = .none, includesIsolatedActors: Bool = false) {
        self.kinds = kinds
        self.tones = tones
        self.direction = direction
        self.weighting = weighting
        self.includesIsolatedActors = includesIsolatedActors
    }
}
