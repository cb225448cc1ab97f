/// A failure reported by Graphviz, with Graphviz's own message.
public struct GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The step that failed.
    public enum Stage: String, Hashable, Sendable {
        /// Reading the DOT text (`agmemread`).
        case parse
        /// Laying the graph out (`gvLayout`).
        case layout
        /// Writing the output (`gvRenderData`).
        case render
        /// Creating Graphviz's context (`gvContext`).
        case context
    }

    /// The step that failed.
    public var stage: Stage
    /// What Graphviz said, without its `Error:` prefix (or our own words when it said nothing).
    public var message: String

    /// Creates an error.
    public init(stage: Stage, message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String { "graphviz \(stage.rawValue) error: \(message)" }
}
