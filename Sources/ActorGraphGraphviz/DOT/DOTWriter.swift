/// Writes a ``DOTGraph`` as DOT text: the same graph always gives the same bytes, and every
/// name and value is quoted and escaped through ``DOTString``.
public enum DOTWriter {
    /// The DOT text of `graph`, ending with a line feed.
    public static func text(of graph: DOTGraph) -> String {
        var output = ""
        write(graph, keyword: graph.isDirected ? "digraph" : "graph", isDirected: graph.isDirected,
              indent: "", to: &output)
        return output
    }

    private static func write(_ graph: DOTGraph, keyword: String, isDirected: Bool, indent: String,
                              to output: inout String) {
        let inner = indent + "    "
        output += "\(indent)\(keyword) \(DOTString.quoted(graph.name)) {\n"
        writeDefaults("graph", graph.attributes, indent: inner, to: &output)
        writeDefaults("node", graph.nodeDefaults, indent: inner, to: &output)
        writeDefaults("edge", graph.edgeDefaults, indent: inner, to: &output)
        let arrow = isDirected ? "->" : "--"
        for statement in graph.statements {
            switch statement {
            case let .node(node):
                output += inner + DOTString.quoted(node.name) + attributeList(node.attributes) + ";\n"
            case let .edge(edge):
                output += inner + DOTString.quoted(edge.from) + " \(arrow) " + DOTString.quoted(edge.to)
                    + attributeList(edge.attributes) + ";\n"
            case let .subgraph(subgraph):
                write(subgraph, keyword: "subgraph", isDirected: isDirected, indent: inner, to: &output)
            case let .comment(text):
                output += inner + "// " + String(text.map { $0.isNewline ? " " : $0 }) + "\n"
            }
        }
        output += "\(indent)}\n"
    }

    private static func writeDefaults(_ keyword: String, _ attributes: DOTAttributes, indent: String,
                                      to output: inout String) {
        if attributes.isEmpty { return }
        output += indent + keyword + attributeList(attributes) + ";\n"
    }

    private static func attributeList(_ attributes: DOTAttributes) -> String {
        if attributes.isEmpty { return "" }
        return " [" + attributes.pairs.map { "\($0.name)=\($0.value.dotText)" }.joined(separator: ", ") + "]"
    }
}
