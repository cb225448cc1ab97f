import ActorGraph

/// Writes a graph as GraphML with a declared `<key>` for every attribute.
///
/// Graph data: `title`, `description`, `sources` and `kinds` (the last two as JSON text,
/// so that a round trip keeps them). Nodes carry the actor's `label` (name), `kind`,
/// `partOf`, `aliases` and `note`; edges the relation's `kind` with its `label`, `directed`,
/// `tone`, `cameo` and `goldstein`, the `start` and `end` dates as EDTF text, `weight`,
/// `citations`, `note` and `secret`. Node and edge ids are the actor and relation ids.
///
/// ```swift
/// let text = GraphMLWriter.text(graph)   // NetworkX: nx.read_graphml(path)
/// ```
public enum GraphMLWriter {
    /// The namespace of GraphML 1.0.
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    static let graphKeys = ["title", "description", "sources", "kinds"]

    /// The GraphML document for `graph`.
    /// Characters XML 1.0 cannot carry (most control characters) are written as U+FFFD;
    /// ``InterchangeWriter`` refuses such a graph instead.
    public static func text(_ graph: TemporalGraph, edgeDirections: EdgeDirections = .uniform) -> String {
        document(graph, edgeDirections: edgeDirections).text
    }

    /// The document for `graph`, with what it could not carry.
    static func document(_ graph: TemporalGraph, edgeDirections: EdgeDirections = .uniform) -> XMLBuilder {
        var xml = XMLBuilder(root: "graphml", namespace: namespace,
                             schema: "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
        for name in graphKeys {
            xml.leaf("key", [("id", "g_\(name)"), ("for", "graph"), ("attr.name", name), ("attr.type", "string")])
        }
        for definition in InterchangeAttributes.actor {
            xml.leaf("key", [("id", "n_\(definition.name)"), ("for", "node"), ("attr.name", definition.name),
                             ("attr.type", definition.type.rawValue)])
        }
        for definition in InterchangeAttributes.relation {
            xml.leaf("key", [("id", "e_\(definition.name)"), ("for", "edge"), ("attr.name", definition.name),
                             ("attr.type", definition.type.rawValue)])
        }
        let directed = EdgeDirections.graphIsDirected(graph)
        xml.open("graph", [("id", "G"), ("edgedefault", directed ? "directed" : "undirected")])
        if let title = graph.title { xml.leaf("data", [("key", "g_title")], text: title) }
        if let description = graph.description { xml.leaf("data", [("key", "g_description")], text: description) }
        if !graph.sources.isEmpty {
            xml.leaf("data", [("key", "g_sources")], text: GraphMetadata.sourcesJSON(graph.sources))
        }
        if !graph.declaredKinds.isEmpty {
            xml.leaf("data", [("key", "g_kinds")], text: GraphMetadata.kindsJSON(graph.declaredKinds))
        }
        for actor in graph.actors {
            let values = InterchangeAttributes.values(of: actor)
            xml.open("node", [("id", actor.id)])
            for definition in InterchangeAttributes.actor {
                if let value = values[definition.name] { xml.leaf("data", [("key", "n_\(definition.name)")], text: value) }
            }
            xml.close()
        }
        for relation in graph.relations {
            let kind = graph.kind(of: relation)
            var attributes = [("id", relation.id), ("source", relation.source), ("target", relation.target)]
            if edgeDirections == .mixed, kind.directed != directed {
                attributes.append(("directed", kind.directed ? "true" : "false"))
            }
            let values = InterchangeAttributes.values(of: relation, kind: kind)
            xml.open("edge", attributes)
            for definition in InterchangeAttributes.relation {
                if let value = values[definition.name] { xml.leaf("data", [("key", "e_\(definition.name)")], text: value) }
            }
            xml.close()
        }
        xml.close()
        xml.close()
        return xml
    }
}
