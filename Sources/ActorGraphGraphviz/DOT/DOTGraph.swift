/// A DOT graph as values: attributes, nodes, edges and subgraphs in the order they are written.
///
/// ```swift
/// var graph = DOTGraph(name: "example")
/// graph.statements.append(.node(DOTNode(name: "a", attributes: ["label": "A \"quoted\" name"])))
/// graph.statements.append(.edge(DOTEdge(from: "a", to: "b")))
/// DOTWriter.text(of: graph)
/// ```
public struct DOTGraph: Hashable, Sendable {
    /// The graph's name.
    public var name: String
    /// True for `digraph`, false for `graph`.
    public var isDirected: Bool
    /// Attributes of the graph itself.
    public var attributes: DOTAttributes
    /// Defaults for every node (`node [...]`).
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge (`edge [...]`).
    public var edgeDefaults: DOTAttributes
    /// Nodes, edges, subgraphs and comments, in order.
    public var statements: [DOTStatement]

    /// Creates a graph.
    public init(name: String, isDirected: Bool = true, attributes: DOTAttributes = [:],
                nodeDefaults: DOTAttributes = [:], edgeDefaults: DOTAttributes = [:],
                statements: [DOTStatement] = []) {
        self.name = name
        self.isDirected = isDirected
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }
}

/// One statement of a DOT graph body.
public indirect enum DOTStatement: Hashable, Sendable {
    /// A node with its attributes.
    case node(DOTNode)
    /// An edge with its attributes.
    case edge(DOTEdge)
    /// A subgraph; its name starting with `cluster` makes Graphviz draw a box around it.
    case subgraph(DOTGraph)
    /// A `//` comment, for readers of the file (a line feed in it becomes a space).
    case comment(String)
}

/// A node statement.
public struct DOTNode: Hashable, Sendable {
    /// The node's name (any text; it is escaped when written).
    public var name: String
    /// The node's attributes.
    public var attributes: DOTAttributes

    /// Creates a node.
    public init(name: String, attributes: DOTAttributes = [:]) {
        self.name = name
        self.attributes = attributes
    }
}

/// An edge statement.
public struct DOTEdge: Hashable, Sendable {
    /// The tail node's name.
    public var from: String
    /// The head node's name.
    public var to: String
    /// The edge's attributes.
    public var attributes: DOTAttributes

    /// Creates an edge.
    public init(from: String, to: String, attributes: DOTAttributes = [:]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}
