import CGraphviz

/// Where a Graphviz layout put everything: read back from the graph after `gvLayout`.
///
/// Coordinates are in points with y growing upwards, as in Graphviz's `pos` and `bb`.
public struct LaidOutGraph: Hashable, Sendable {
    /// A node's place and size.
    public struct Node: Hashable, Sendable {
        /// The centre.
        public var center: LayoutPoint
        /// Width in points.
        public var width: Double
        /// Height in points.
        public var height: Double
    }

    /// An edge's path and the place of its label.
    public struct Edge: Hashable, Sendable {
        /// The drawn path.
        public var path: EdgePath
        /// The centre of the edge's label, when it has one.
        public var labelPosition: LayoutPoint?
    }

    /// The bounding box of the whole drawing.
    public var boundingBox: LayoutBox
    /// Nodes by name.
    public var nodes: [String: Node]
    /// Edges by their `id` attribute.
    public var edges: [String: Edge]
    /// Cluster bounding boxes by subgraph name.
    public var clusters: [String: LayoutBox]
    /// Graphviz's warnings during the layout.
    public var warnings: [String]

    /// Creates a layout from its parts.
    public init(boundingBox: LayoutBox, nodes: [String: Node], edges: [String: Edge],
                clusters: [String: LayoutBox] = [:], warnings: [String] = []) {
        self.boundingBox = boundingBox
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.warnings = warnings
    }

    /// Reads the attributes a DOT render wrote back into `graph`. Call with the gate held.
    init(reading graph: UnsafeMutablePointer<Agraph_t>, warnings: [String]) {
        let zero = LayoutPoint(x: 0, y: 0)
        boundingBox = LayoutBox(graphvizText: GraphvizAttributes.value(graph, "bb")) ?? LayoutBox(lower: zero, upper: zero)
        nodes = [:]
        edges = [:]
        clusters = [:]
        self.warnings = warnings
        var node = agfstnode(graph)
        while let current = node {
            let name = String(cString: agnameof(current))
            if let center = LayoutPoint(graphvizText: GraphvizAttributes.value(current, "pos")) {
                nodes[name] = Node(center: center,
                                   width: (Double(GraphvizAttributes.value(current, "width")) ?? 0) * 72,
                                   height: (Double(GraphvizAttributes.value(current, "height")) ?? 0) * 72)
            }
            var edge = agfstout(graph, current)
            while let currentEdge = edge {
                let id = GraphvizAttributes.value(currentEdge, "id")
                if !id.isEmpty, let path = EdgePath(graphvizText: GraphvizAttributes.value(currentEdge, "pos")) {
                    edges[id] = Edge(path: path, labelPosition: LayoutPoint(graphvizText: GraphvizAttributes.value(currentEdge, "lp")))
                }
                edge = agnxtout(graph, currentEdge)
            }
            node = agnxtnode(graph, current)
        }
        readClusters(of: graph)
    }

    private mutating func readClusters(of graph: UnsafeMutablePointer<Agraph_t>) {
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            if let box = LayoutBox(graphvizText: GraphvizAttributes.value(current, "bb")) {
                clusters[String(cString: agnameof(current))] = box
            }
            readClusters(of: current)
            subgraph = agnxtsubg(current)
        }
    }
}

/// What Graphviz's parser read from DOT text: names, counts and attributes as cgraph holds them.
public struct ParsedGraph: Hashable, Sendable {
    /// A node as cgraph holds it.
    public struct Node: Hashable, Sendable {
        /// The node's name after parsing.
        public var name: String
        /// The raw `label` attribute (escapes such as `\n` not yet expanded), empty when unset.
        public var label: String
    }

    /// An edge as cgraph holds it: its ends and the attributes a diagram sets on edges.
    public struct Edge: Hashable, Sendable {
        /// The names of the tail and head nodes.
        public var tail: String
        public var head: String
        /// The values of ``attributeNames`` that are set on the edge (empty ones left out).
        public var attributes: [String: String]
    }

    /// The edge attributes ``edges`` reads.
    public static let attributeNames = ["id", "dir", "color", "style", "arrowhead", "arrowtail", "label", "class", "penwidth"]

    /// Every node, in cgraph's order.
    public var nodes: [Node]
    /// Every edge, in cgraph's order (by tail node, then as written).
    public var edges: [Edge]
    /// The number of edges.
    public var edgeCount: Int
    /// The `id` attribute of every edge that has one, in cgraph's order.
    public var edgeIDs: [String]
    /// The names of the subgraphs directly under the root.
    public var subgraphNames: [String]

    /// Reads `graph`. Call with the gate held.
    init(reading graph: UnsafeMutablePointer<Agraph_t>) {
        nodes = []
        edges = []
        edgeIDs = []
        edgeCount = Int(agnedges(graph))
        var node = agfstnode(graph)
        while let current = node {
            nodes.append(Node(name: String(cString: agnameof(current)), label: GraphvizAttributes.value(current, "label")))
            var edge = agfstout(graph, current)
            while let currentEdge = edge {
                var attributes: [String: String] = [:]
                for name in Self.attributeNames {
                    let value = GraphvizAttributes.value(currentEdge, name)
                    if !value.isEmpty { attributes[name] = value }
                }
                if let id = attributes["id"] { edgeIDs.append(id) }
                edges.append(Edge(tail: String(cString: agnameof(cgraph_edge_tail(currentEdge))),
                                  head: String(cString: agnameof(cgraph_edge_head(currentEdge))), attributes: attributes))
                edge = agnxtout(graph, currentEdge)
            }
            node = agnxtnode(graph, current)
        }
        subgraphNames = []
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            subgraphNames.append(String(cString: agnameof(current)))
            subgraph = agnxtsubg(current)
        }
    }
}

/// Reading cgraph attributes from Swift.
enum GraphvizAttributes {
    /// The attribute's value on a graph, node or edge, or "" when it is not declared.
    static func value<Object>(_ object: UnsafeMutablePointer<Object>, _ name: String) -> String {
        var name = name
        return name.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                var terminated = Array(characters)
                terminated.append(0)
                return terminated.withUnsafeMutableBufferPointer { buffer in
                    agget(UnsafeMutableRawPointer(object), buffer.baseAddress).map { String(cString: $0) } ?? ""
                }
            }
        }
    }
}
