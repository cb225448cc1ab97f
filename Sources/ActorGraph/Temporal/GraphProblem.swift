/// One thing wrong with a graph's content, found by ``TemporalGraph/problems(title:sources:kinds:actors:relations:)``.
///
/// It names the element and field at fault, so that a loader can turn it into
/// `file:line:column: error: message` and a program into a plain message.
public struct GraphProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where in the graph the problem lies.
    public enum Location: Hashable, Sendable {
        /// The actor at this position in the actor list, and the field at fault.
        case actor(index: Int, field: String)
        /// The relation at this position in the relation list, and the field at fault.
        case relation(index: Int, field: String)
        /// The relation kind declared at this position, and the field at fault.
        case kind(index: Int, field: String)
        /// A place inside a date of the relation at this position: the field (`start`, `end`
        /// or `secret`) and the byte offset in its text.
        case relationDate(index: Int, field: String, offset: Int)
    }

    /// Where the problem lies.
    public var location: Location
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(_ location: Location, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String {
        switch location {
        case let .actor(index, field): return "actor \(index + 1), \(field): \(message)"
        case let .relation(index, field): return "relation \(index + 1), \(field): \(message)"
        case let .kind(index, field): return "kind \(index + 1), \(field): \(message)"
        case let .relationDate(index, field, _): return "relation \(index + 1), \(field): \(message)"
        }
    }
}

/// The problems that stop a graph from being built.
public struct GraphValidationError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in the order of the elements.
    public var problems: [GraphProblem]

    public var description: String { problems.map { "error: \($0)" }.joined(separator: "\n") }
}
