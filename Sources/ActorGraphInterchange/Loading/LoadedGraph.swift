import ActorGraph

/// A graph read from a file, with what the reader had to leave aside (attributes the
/// model has no place for, a second graph in one file).
public struct LoadedGraph: Sendable {
    /// The graph.
    public var graph: TemporalGraph
    /// Things ignored while reading, each at its place in the file; print them as
    /// `file:line:column: warning: message`.
    public var warnings: [Diagnostic]

    /// Creates a result.
    public init(graph: TemporalGraph, warnings: [Diagnostic] = []) {
        self.graph = graph
        self.warnings = warnings
    }
}
