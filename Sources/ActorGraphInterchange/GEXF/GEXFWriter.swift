import ActorGraph

/// Writes a graph as dynamic GEXF 1.3, the format Gephi's timeline plays.
///
/// The graph is `mode="dynamic"` with `timeformat="date"`. Each relation is an edge with
/// one `<spell>` from the first day its start may stand for to the last day its end may
/// stand for (`2001-09` starts on 1 September, `2001-09~` on 1 August); an open or absent
/// end leaves that side of the spell open. Each actor lives while any of its relations
/// does (its spells are the union of theirs). Edges carry the relation kind natively
/// (`kind`, `label`) and as attributes `kind`, `directed`, `tone`, `cameo`, `goldstein`,
/// the original EDTF `start` and `end` text, `citations`, `note` and `secret`; nodes carry
/// `kind`, `partOf`, `aliases` and `note`. The graph's title, sources and declared kinds go
/// in an extension element of `<meta>` (namespace ``extensionNamespace``) that other
/// readers skip, so that ``GEXFReader`` gives back the whole graph.
public enum GEXFWriter {
    /// The namespace of GEXF 1.3.
    public static let namespace = "http://gexf.net/1.3"
    /// The namespace of ActorGraph's metadata element inside `<meta>`.
    public static let extensionNamespace = "urn:actorgraph:gexf-metadata:1"

    /// The GEXF document for `graph`.
    /// Characters XML 1.0 cannot carry (most control characters) are written as U+FFFD;
    /// ``InterchangeWriter`` refuses such a graph instead.
    public static func text(_ graph: TemporalGraph, edgeDirections: EdgeDirections = .uniform) -> String {
        document(graph, edgeDirections: edgeDirections).text
    }

    /// The document for `graph`, with what it could not carry.
    static func document(_ graph: TemporalGraph, edgeDirections: EdgeDirections = .uniform) -> XMLBuilder {
        var xml = XMLBuilder(root: "gexf", namespace: namespace, schema: "http://gexf.net/1.3/gexf.xsd", [("version", "1.3")])
        xml.open("meta")
        xml.leaf("creator", text: "ActorGraph")
        if let description = graph.description { xml.leaf("description", text: description) }
        if graph.title != nil || !graph.sources.isEmpty || !graph.declaredKinds.isEmpty {
            xml.open("ag:metadata", [("xmlns:ag", extensionNamespace)])
            if let title = graph.title { xml.leaf("ag:graph-title", text: title) }
            if !graph.sources.isEmpty { xml.leaf("ag:sources", text: GraphMetadata.sourcesJSON(graph.sources)) }
            if !graph.declaredKinds.isEmpty { xml.leaf("ag:kinds", text: GraphMetadata.kindsJSON(graph.declaredKinds)) }
            xml.close()
        }
        xml.close()

        let directed = EdgeDirections.graphIsDirected(graph)
        xml.open("graph", [("mode", "dynamic"), ("defaultedgetype", directed ? "directed" : "undirected"),
                           ("timeformat", "date"), ("timerepresentation", "interval")])
        writeAttributeDeclarations(&xml)
        let lifetimes = actorLifetimes(graph)
        xml.open("nodes", [("count", String(graph.actors.count))])
        for (position, actor) in graph.actors.enumerated() {
            xml.open("node", [("id", actor.id), ("label", actor.name)])
            let values = InterchangeAttributes.values(of: actor)
            writeAttributeValues(values, definitions: InterchangeAttributes.actor.filter { $0.name != "label" },
                                 prefix: "n_", to: &xml)
            writeSpells(lifetimes[position], to: &xml)
            xml.close()
        }
        xml.close()
        xml.open("edges", [("count", String(graph.relations.count))])
        for (position, relation) in graph.relations.enumerated() {
            let kind = graph.kind(of: relation)
            var attributes = [("id", relation.id), ("source", relation.source), ("target", relation.target)]
            if edgeDirections == .mixed, kind.directed != directed {
                attributes.append(("type", kind.directed ? "directed" : "undirected"))
            }
            attributes.append(("label", kind.label))
            attributes.append(("kind", kind.id))
            if let weight = relation.weight { attributes.append(("weight", InterchangeAttributes.numberText(weight))) }
            xml.open("edge", attributes)
            writeAttributeValues(InterchangeAttributes.values(of: relation, kind: kind),
                                 definitions: edgeAttributes, prefix: "e_", to: &xml)
            writeSpells([graph.activeSpan(ofRelationAt: position, .possibly)], to: &xml)
            xml.close()
        }
        xml.close()
        xml.close()
        xml.close()
        return xml
    }

    /// Edge attributes written as `<attvalue>`s: all but `label` and `weight`, which GEXF
    /// carries natively (and whose title `weight` it reserves).
    static let edgeAttributes = InterchangeAttributes.relation.filter { $0.name != "label" && $0.name != "weight" }

    private static func writeAttributeDeclarations(_ xml: inout XMLBuilder) {
        for (domain, definitions, prefix) in [("node", InterchangeAttributes.actor.filter { $0.name != "label" }, "n_"),
                                              ("edge", edgeAttributes, "e_")] {
            xml.open("attributes", [("class", domain)])
            for definition in definitions {
                xml.leaf("attribute", [("id", prefix + definition.name), ("title", definition.name),
                                       ("type", definition.type.rawValue)])
            }
            xml.close()
        }
    }

    private static func writeAttributeValues(_ values: [String: String], definitions: [AttributeDefinition],
                                             prefix: String, to xml: inout XMLBuilder) {
        let present = definitions.compactMap { definition in values[definition.name].map { (definition.name, $0) } }
        guard !present.isEmpty else { return }
        xml.open("attvalues")
        for (name, value) in present { xml.leaf("attvalue", [("for", prefix + name), ("value", value)]) }
        xml.close()
    }

    /// Writes `<spells>` unless the spans leave the element present at all times.
    private static func writeSpells(_ spans: [DaySpan], to xml: inout XMLBuilder) {
        let bounded = spans.filter { !$0.isEmpty && !($0.first == .distantPast && $0.last == .distantFuture) }
        guard !bounded.isEmpty, bounded.count == spans.count else { return }
        xml.open("spells")
        for span in bounded {
            var attributes: [(String, String)] = []
            if span.first != .distantPast { attributes.append(("start", span.first.description)) }
            if span.last != .distantFuture { attributes.append(("end", span.last.description)) }
            xml.leaf("spell", attributes)
        }
        xml.close()
    }

    /// For each actor, the days on which at least one of its relations may be active, as
    /// sorted disjoint spans; an actor without relations gets none (present at all times).
    static func actorLifetimes(_ graph: TemporalGraph) -> [[DaySpan]] {
        var spans = [[DaySpan]](repeating: [], count: graph.actors.count)
        for position in graph.relations.indices {
            let span = graph.activeSpan(ofRelationAt: position, .possibly)
            if span.isEmpty { continue }
            spans[Int(graph.sourcePositions[position])].append(span)
            if graph.targetPositions[position] != graph.sourcePositions[position] {
                spans[Int(graph.targetPositions[position])].append(span)
            }
        }
        return spans.map { actorSpans in
            var merged: [DaySpan] = []
            for span in actorSpans.sorted(by: { $0.first < $1.first }) {
                if let last = merged.last, last.last == .distantFuture || span.first <= last.last.advanced(by: 1) {
                    merged[merged.count - 1].last = max(last.last, span.last)
                } else {
                    merged.append(span)
                }
            }
            return merged
        }
    }
}
