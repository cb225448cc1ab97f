import ActorGraph

/// Writes a graph as plain Graphviz DOT: one node per actor labelled with its name, one
/// edge per relation labelled with its kind, symmetric relations without arrowheads and
/// secret ones dashed. Every id and label is quoted and escaped, and the output depends on
/// nothing but the graph.
///
/// This is the interchange writer (`actorgraph convert graph.yaml -o graph.dot`); styled
/// rendering is the Graphviz module's job.
public enum DOTWriter {
    /// The DOT text for `graph`.
    public static func text(_ graph: TemporalGraph) -> String {
        let directed = EdgeDirections.graphIsDirected(graph)
        var text = (directed ? "digraph" : "graph") + " " + quoted(graph.title ?? "ActorGraph") + " {\n"
        if let title = graph.title { text += "  graph [label=\(quoted(title)), labelloc=t];\n" }
        text += "  node [shape=box, style=rounded];\n"
        for actor in graph.actors {
            text += "  \(quoted(actor.id)) [label=\(quoted(actor.name))];\n"
        }
        let arrow = directed ? "->" : "--"
        for relation in graph.relations {
            let kind = graph.kind(of: relation)
            var attributes = ["label=\(quoted(kind.label))"]
            if directed && !kind.directed { attributes.append("dir=none") }
            if relation.secret { attributes.append("style=dashed") }
            text += "  \(quoted(relation.source)) \(arrow) \(quoted(relation.target)) [\(attributes.joined(separator: ", "))];\n"
        }
        return text + "}\n"
    }

    /// `text` as a DOT quoted string: quotes and backslashes escaped, line breaks written
    /// as Graphviz's `\n`, carriage returns dropped.
    public static func quoted(_ text: String) -> String {
        var output = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": break
            default: output.unicodeScalars.append(character)
            }
        }
        return output + "\""
    }
}
