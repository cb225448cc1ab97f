import ActorGraph

/// Reads GraphML into a ``TemporalGraph``: what ``GraphMLWriter`` writes, and GraphML from
/// other tools (NetworkX, Gephi, yEd).
///
/// Nodes become actors (name from a `label` or `name` attribute), edges relations. An edge
/// without a `kind` attribute becomes `related-to` when directed and `associated-with`
/// (symmetric, neutral) when not; a kind the graph does not know is declared from the
/// edge's `label`, `directed`, `tone`, `cameo` and `goldstein`. Attributes the model has
/// no place for are reported as warnings and left out. A `<data>` element naming an
/// undeclared key, an unknown GraphML element, an unparseable date or number, and a broken
/// reference are errors with their line and column.
public enum GraphMLReader {
    /// Reads GraphML `bytes` read from `file`.
    public static func read(bytes: [UInt8], file: String, limits: ReadLimits = ReadLimits(),
                            vagueness: Vagueness? = nil) throws(LoadError) -> LoadedGraph {
        try Reader.graph(bytes: bytes, file: file, limits: limits, vagueness: vagueness)
    }

    /// Reads the GraphML file at `path` as it streams from disk.
    public static func read(path: String, limits: ReadLimits = ReadLimits(),
                            vagueness: Vagueness? = nil) throws(LoadError) -> LoadedGraph {
        try Reader.graph(path: path, limits: limits, vagueness: vagueness)
    }

    private struct Key {
        var name: String
        var domain: String
        var defaultValue: String?
        /// False for attributes the model has no place for (and yFiles graphics).
        var isKnown: Bool
    }

    private struct Reader: XMLGraphDocumentReader {
        var assembler: GraphAssembler
        var keys: [String: Key] = [:]

        init(assembler: GraphAssembler) { self.assembler = assembler }

        private static func isGraphML(_ namespace: String?) -> Bool {
            namespace == nil || namespace == GraphMLWriter.namespace || namespace == ""
        }

        private static func knownNames(for domain: String) -> Set<String> {
            switch domain {
            case "graph": return Set(GraphMLWriter.graphKeys)
            case "node": return Set(InterchangeAttributes.actor.map(\.name)).union(InterchangeAttributes.actorSynonyms.keys)
            case "edge": return Set(InterchangeAttributes.relation.map(\.name))
            default: return []
            }
        }

        /// Reads the document element by element: each `<key>` is read whole, used and
        /// dropped; each `<node>` and `<edge>` gathers its `<data>` values as they stream past.
        mutating func read(_ xml: inout XMLPullReader) throws(LoadError) {
            guard let root = try xml.nextChild() else { return }
            guard root.name == "graphml", Self.isGraphML(root.namespace) else {
                assembler.error(root.position, "expected a <graphml> root element, found <\(root.name)>")
                return
            }
            var sawGraph = false
            while let child = try xml.nextChild() {
                guard Self.isGraphML(child.namespace) else {
                    try xml.skipElement()
                    continue
                }
                switch child.name {
                case "key" where sawGraph:
                    assembler.error(child.position, "a <key> must come before the <graph>")
                    try xml.skipElement()
                case "key":
                    readKey(try xml.readElement(child))
                case "graph" where sawGraph:
                    assembler.warning(child.position, "only the first <graph> of a file is read; this one is ignored")
                    try xml.skipElement()
                case "graph":
                    sawGraph = true
                    try readGraph(child, &xml)
                case "desc", "data":
                    try xml.skipElement()
                default:
                    assembler.error(child.position, "unknown GraphML element <\(child.name)>; expected <key> or <graph>")
                    try xml.skipElement()
                }
            }
            if !sawGraph { assembler.error(root.position, "the file holds no <graph> element") }
        }

        private mutating func readKey(_ element: XMLElementNode) {
            guard let id = element.attributes["id"], !id.isEmpty else {
                assembler.error(element.position, "a <key> needs an 'id'")
                return
            }
            let domain = element.attributes["for"] ?? "all"
            guard ["graph", "node", "edge", "all"].contains(domain) else {
                keys[id] = Key(name: id, domain: domain, defaultValue: nil, isKnown: false)
                return
            }
            let defaultValue = element.child("default")?.text
            if element.attributes["yfiles.type"] != nil {
                keys[id] = Key(name: id, domain: domain, defaultValue: nil, isKnown: false)
                return
            }
            guard let name = element.attributes["attr.name"] else {
                assembler.error(element.position, "<key id=\"\(id)\"> has no 'attr.name'")
                return
            }
            let domains = domain == "all" ? ["graph", "node", "edge"] : [domain]
            let isKnown = domains.contains { Self.knownNames(for: $0).contains(name) }
            if !isKnown {
                assembler.warning(element.position, "\(domain == "all" ? "" : "\(domain) ")attribute '\(name)' has no place in "
                    + "ActorGraph's model and is ignored")
            }
            keys[id] = Key(name: InterchangeAttributes.actorSynonyms[name].flatMap { domain == "node" ? $0 : nil } ?? name,
                           domain: domain, defaultValue: defaultValue, isKnown: isKnown)
        }

        /// The defaults the keys of `domain` declare, by attribute name.
        private func defaults(for domain: String) -> [(name: String, text: String)] {
            keys.values.compactMap { key in
                guard key.isKnown, key.domain == domain || key.domain == "all", let value = key.defaultValue else { return nil }
                return (key.name, value)
            }
        }

        /// `defaults` as values placed at `position`.
        private static func values(_ defaults: [(name: String, text: String)], at position: SourcePosition) -> LocatedValues {
            var values = LocatedValues()
            for (name, text) in defaults { values[name] = LocatedText(text: text, position: position) }
            return values
        }

        /// The known attributes of the node or edge `element` opened: key defaults, then its
        /// `<data>` children, read up to the element's end. No tree of the element is built.
        private mutating func attributes(of element: XMLStartTag, domain: String, defaults: [(name: String, text: String)],
                                         _ xml: inout XMLPullReader) throws(LoadError) -> LocatedValues {
            var values = Self.values(defaults, at: element.position)
            while let child = try xml.nextChild() {
                guard Self.isGraphML(child.namespace) else {
                    try xml.skipElement()
                    continue
                }
                switch child.name {
                case "data":
                    let (text, hasChildren) = try xml.readText(child)
                    readData(child, text: text, hasChildren: hasChildren, domain: domain, into: &values)
                case "graph":
                    assembler.warning(child.position, "nested graphs are not read; this one is ignored")
                    try xml.skipElement()
                case "port", "desc", "locator":
                    try xml.skipElement()
                default:
                    assembler.error(child.position, "unknown GraphML element <\(child.name)> in <\(element.name)>")
                    try xml.skipElement()
                }
            }
            return values
        }

        /// Adds the value of one `<data>` element of `domain`, whose start tag is `data`, to
        /// `values`: its `text`, unless it held child elements.
        private mutating func readData(_ data: XMLStartTag, text: String, hasChildren: Bool, domain: String,
                                       into values: inout LocatedValues) {
            guard let keyID = data.attributes["key"] else {
                assembler.error(data.position, "<data> needs a 'key' attribute")
                return
            }
            guard let key = keys[keyID] else {
                let declared = keys.keys.sorted().joined(separator: ", ")
                assembler.error(data.position, "unknown key '\(keyID)'; a <key> with this id must be declared first"
                    + (declared.isEmpty ? "" : " (declared: \(declared))"))
                return
            }
            guard key.domain == domain || key.domain == "all" else {
                assembler.error(data.position, "key '\(keyID)' is declared for \(key.domain)s, not for \(domain)s")
                return
            }
            if key.isKnown, !hasChildren {
                values[key.name] = LocatedText(text: text, position: data.position)
            }
        }

        private mutating func readGraph(_ graph: XMLStartTag, _ xml: inout XMLPullReader) throws(LoadError) {
            let edgeDefault = graph.attributes["edgedefault"] ?? "undirected"
            guard edgeDefault == "directed" || edgeDefault == "undirected" else {
                assembler.error(graph.position, "edgedefault must be 'directed' or 'undirected', not '\(edgeDefault)'")
                try xml.skipElement()
                return
            }
            readMetadata(Self.values(defaults(for: "graph"), at: graph.position))
            // Every <key> comes before the <graph>, so the defaults are known from here on.
            let nodeDefaults = defaults(for: "node")
            let edgeDefaults = defaults(for: "edge")
            while let child = try xml.nextChild() {
                guard Self.isGraphML(child.namespace) else {
                    try xml.skipElement()
                    continue
                }
                switch child.name {
                case "node":
                    let values = try attributes(of: child, domain: "node", defaults: nodeDefaults, &xml)
                    assembler.addActor(id: child.attributes["id"], position: child.position, attributes: values)
                case "edge":
                    let edge = child
                    let values = try attributes(of: edge, domain: "edge", defaults: edgeDefaults, &xml)
                    var directed = edgeDefault == "directed"
                    if let flag = edge.attributes["directed"] {
                        guard let value = BooleanText.value(flag) else {
                            assembler.error(edge.position, "the edge's 'directed' must be true or false, not '\(flag)'")
                            continue
                        }
                        directed = value
                    }
                    assembler.addRelation(id: edge.attributes["id"], source: edge.attributes["source"],
                                          target: edge.attributes["target"], directed: directed,
                                          position: edge.position, attributes: values, spells: nil)
                case "data":
                    var values = LocatedValues()
                    let (text, hasChildren) = try xml.readText(child)
                    readData(child, text: text, hasChildren: hasChildren, domain: "graph", into: &values)
                    readMetadata(values)
                case "hyperedge":
                    assembler.error(child.position, "hyperedges are not supported; a relation joins two actors")
                    try xml.skipElement()
                case "desc":
                    try xml.skipElement()
                default:
                    assembler.error(child.position, "unknown GraphML element <\(child.name)>; expected <node>, <edge> or <data>")
                    try xml.skipElement()
                }
            }
        }

        /// Takes the graph's title, description, sources and kinds from those of `values` present.
        private mutating func readMetadata(_ values: LocatedValues) {
            if let title = values["title"] { assembler.metadata.title = title.text }
            if let description = values["description"] { assembler.metadata.description = description.text }
            if let sources = values["sources"] {
                switch GraphMetadata.sources(fromJSON: sources.text) {
                case let .success(parsed): assembler.metadata.sources.merge(parsed) { _, given in given }
                case let .failure(problem): assembler.error(sources.position, "'sources': \(problem.message)")
                }
            }
            if let kinds = values["kinds"] {
                switch GraphMetadata.kinds(fromJSON: kinds.text) {
                case let .success(parsed): assembler.metadata.declaredKinds = parsed
                case let .failure(problem): assembler.error(kinds.position, "'kinds': \(problem.message)")
                }
            }
        }
    }
}
