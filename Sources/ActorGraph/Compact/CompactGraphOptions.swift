/// How a ``Snapshot`` collapses into a ``CompactGraph``: how relation direction is read and
/// what weight an edge gets. Which relations count is the snapshot's ``RelationFilter``.
///
/// ```swift
/// let snapshot = graph.snapshot(at: day, filter: RelationFilter(tones: [.cooperative]))
/// let graph = CompactGraph(snapshot: snapshot, options: CompactGraphOptions(weighting: .count))
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

    /// How relations become arcs; directed by default.
    public var direction: Direction
    /// The weight of each relation; unweighted by default.
    public var weighting: Weighting
    /// Whether actors without a kept relation become isolated nodes (by default only actors
    /// with a kept relation are nodes, as when NetworkX builds a graph from its edges).
    public var includesIsolatedActors: Bool

    /// Creates options; the defaults are directed and unweighted.
    public init(direction: Direction = .directed, weighting: Weighting = .none, includesIsolatedActors: Bool = false) {
        self.direction = direction
        self.weighting = weighting
        self.includesIsolatedActors = includesIsolatedActors
    }

    /// The options in words: "directed, unweighted", "undirected, weight goldstein".
    public var summary: String {
        "\(direction.rawValue), " + (weighting == .none ? "unweighted" : "weight \(weighting.rawValue)")
    }
}
