/// A parsed YAML or JSON value with the position it was written at: the common tree both
/// readers produce, so that one decoder checks one schema for both formats.
package struct SourceNode: Sendable {
    package enum Value: Sendable {
        /// A scalar's text; `quoted` is true when it was written in quotes (so `"true"` is text).
        case scalar(String, quoted: Bool)
        case sequence([SourceNode])
        case mapping([(key: SourceNode, value: SourceNode)])
        case null
    }

    package var value: Value
    package var position: SourcePosition

    /// A short name of the node's type for messages: "a list", "a mapping", "text", "null".
    package var typeName: String {
        switch value {
        case .scalar: return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .null: return "null"
        }
    }
}
