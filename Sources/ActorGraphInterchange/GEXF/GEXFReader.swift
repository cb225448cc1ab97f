import ActorGraph

/// Reads GEXF (1.1 to 1.3, static or dynamic) into a ``TemporalGraph``: what
/// ``GEXFWriter`` writes, and GEXF from Gephi, NetworkX and other tools.
///
/// Nodes become actors (`label` as name, `pid` as `partOf` when no attribute says
/// otherwise), edges relations. The EDTF `start` and `end` attributes ActorGraph writes
/// give a relation its dates; without them, each `<spell>` of an edge (or its `start` and
/// `end`) becomes one relation over that period, a missing bound leaving the period open.
/// Kinds follow the same rules as ``GraphMLReader``. An `<attvalue>` for an undeclared
/// attribute, an unknown GEXF element, an unparseable date and a broken reference are
/// errors with their line and column; attributes the model has no place for are warnings.
public enum GEXFReader {
    /// Reads GEXF `bytes` read from `file`.
    public static func read(bytes: [UInt8], file: String, limits: ReadLimits = ReadLimits(),
                            vagueness: Vagueness? = nil) throws(LoadError) -> LoadedGraph {
        try Reader.graph(bytes: bytes, file: file, limits: limits, vagueness: vagueness)
    }

    /// Reads the GEXF file at `path` as it streams from disk.
    public static func read(path: String, limits: ReadLimits = ReadLimits(),
                            vagueness: Vagueness? = nil) throws(LoadError) -> LoadedGraph {
        try Reader.graph(path: path, limits: limits, vagueness: vagueness)
    }

    private struct Attribute {
        var title: String
        var defaultValue: String?
        var isKnown: Bool
    }

    private struct Reader: XMLGraphDocumentReader {
        var assembler: GraphAssembler
        var nodeAttributes: [String: Attribute] = [:]
        var edgeAttributes: [String: Attribute] = [:]
        var timeformat = "double"
        var warnedAboutTimeformat = false
        /// The declared defaults of known attributes, by title, set once `<nodes>` or `<edges>` begin.
        var nodeDefaults: [(title: String, text: String)] = []
        var edgeDefaults: [(title: String, text: String)] = []

        init(assembler: GraphAssembler) { self.assembler = assembler }

        private static let knownNodeTitles = Set(InterchangeAttributes.actor.map(\.name)).subtracting(["label"])
        private static let knownEdgeTitles = Set(GEXFWriter.edgeAttributes.map(\.name))

        /// The root element's namespace: nearly every element of a file shares it, and
        /// comparing with it is cheap where searching the namespace's text is not.
        var rootNamespace: String?

        private func isGEXF(_ namespace: String?) -> Bool { Self.isGEXF(namespace, root: rootNamespace) }

        private static func isGEXF(_ namespace: String?, root: String?) -> Bool {
            guard let namespace, !namespace.isEmpty else { return true }
            return namespace == root || namespace.contains("gexf.net")
        }

        private func isGEXF(_ element: XMLElementNode) -> Bool { isGEXF(element.namespace) }

        private func gexfChildren(_ element: XMLElementNode) -> LazyFilterSequence<[XMLElementNode]> {
            // The filter keeps only the root namespace: capturing `self` would copy the reader
            // and everything it has read for every element.
            let root = rootNamespace
            return element.children.lazy.filter { Self.isGEXF($0.namespace, root: root) }
        }

        /// Reads the document element by element: `<meta>`, each `<attributes>` and `<node>`
        /// is read whole, used and dropped; each `<edge>` gathers its values as they stream past.
        mutating func read(_ xml: inout XMLPullReader) throws(LoadError) {
            guard let root = try xml.nextChild() else { return }
            guard root.name == "gexf", isGEXF(root.namespace) else {
                assembler.error(root.position, "expected a <gexf> root element, found <\(root.name)>")
                return
            }
            rootNamespace = root.namespace
            var sawGraph = false
            while let child = try xml.nextChild() {
                if child.name == "meta", isGEXF(child.namespace) {
                    readMeta(try xml.readElement(child))
                } else if child.name == "graph", isGEXF(child.namespace) {
                    if sawGraph {
                        assembler.warning(child.position, "only the first <graph> of a file is read; this one is ignored")
                        try xml.skipElement()
                    } else {
                        sawGraph = true
                        try readGraph(child, &xml)
                    }
                } else {
                    if isGEXF(child.namespace) {
                        assembler.error(child.position, "unknown GEXF element <\(child.name)>; expected <meta> or <graph>")
                    }
                    try xml.skipElement()
                }
            }
            if !sawGraph { assembler.error(root.position, "the file holds no <graph> element") }
        }

        private mutating func readMeta(_ meta: XMLElementNode) {
            for child in meta.children {
                if child.name == "description", isGEXF(child) { assembler.metadata.description = child.text }
                guard child.namespace == GEXFWriter.extensionNamespace, child.name == "metadata" else { continue }
                for item in child.children where item.namespace == GEXFWriter.extensionNamespace {
                    switch item.name {
                    case "graph-title": assembler.metadata.title = item.text
                    case "sources":
                        switch GraphMetadata.sources(fromJSON: item.text) {
                        case let .success(sources): assembler.metadata.sources = sources
                        case let .failure(problem): assembler.error(item.position, "'sources': \(problem.message)")
                        }
                    case "kinds":
                        switch GraphMetadata.kinds(fromJSON: item.text) {
                        case let .success(kinds): assembler.metadata.declaredKinds = kinds
                        case let .failure(problem): assembler.error(item.position, "'kinds': \(problem.message)")
                        }
                    default:
                        assembler.warning(item.position, "unknown metadata element <\(item.name)> is ignored")
                    }
                }
            }
        }

        private mutating func readGraph(_ graph: XMLStartTag, _ xml: inout XMLPullReader) throws(LoadError) {
            let edgeDefault = graph.attributes["defaultedgetype"] ?? "undirected"
            guard ["directed", "undirected", "mutual"].contains(edgeDefault) else {
                assembler.error(graph.position, "defaultedgetype must be directed, undirected or mutual, not '\(edgeDefault)'")
                try xml.skipElement()
                return
            }
            timeformat = graph.attributes["timeformat"] ?? "double"
            var sawNodesOrEdges = false
            while let child = try xml.nextChild() {
                guard isGEXF(child.namespace) else {
                    try xml.skipElement()
                    continue
                }
                switch child.name {
                case "attributes" where sawNodesOrEdges:
                    assembler.error(child.position, "<attributes> must come before <nodes> and <edges>")
                    try xml.skipElement()
                case "attributes":
                    readAttributeDeclarations(try xml.readElement(child))
                case "nodes", "edges":
                    if !sawNodesOrEdges {
                        nodeDefaults = Self.defaults(nodeAttributes)
                        edgeDefaults = Self.defaults(edgeAttributes)
                    }
                    sawNodesOrEdges = true
                    let expected = child.name == "nodes" ? "node" : "edge"
                    while let item = try xml.nextChild() {
                        guard isGEXF(item.namespace) else {
                            try xml.skipElement()
                            continue
                        }
                        guard item.name == expected else {
                            assembler.error(item.position,
                                            "unknown GEXF element <\(item.name)> in <\(child.name)>; expected <\(expected)>")
                            try xml.skipElement()
                            continue
                        }
                        if expected == "node" {
                            readNode(try xml.readElement(item), parent: nil)
                        } else {
                            try readEdge(item, defaultDirected: edgeDefault != "undirected", &xml)
                        }
                    }
                default:
                    assembler.error(child.position, "unknown GEXF element <\(child.name)> in <graph>; expected <attributes>, <nodes> or <edges>")
                    try xml.skipElement()
                }
            }
        }

        private mutating func readAttributeDeclarations(_ element: XMLElementNode) {
            let domain = element.attributes["class"] ?? ""
            guard domain == "node" || domain == "edge" else {
                assembler.error(element.position, "<attributes> needs class=\"node\" or class=\"edge\", not '\(domain)'")
                return
            }
            for declaration in gexfChildren(element) where declaration.name == "attribute" {
                guard let id = declaration.attributes["id"], let title = declaration.attributes["title"] else {
                    assembler.error(declaration.position, "an <attribute> needs an 'id' and a 'title'")
                    continue
                }
                let known = (domain == "node" ? Self.knownNodeTitles : Self.knownEdgeTitles).contains(title)
                if !known {
                    assembler.warning(declaration.position,
                                      "\(domain) attribute '\(title)' has no place in ActorGraph's model and is ignored")
                }
                let attribute = Attribute(title: title, defaultValue: declaration.child("default")?.text, isKnown: known)
                if domain == "node" { nodeAttributes[id] = attribute } else { edgeAttributes[id] = attribute }
            }
        }

        /// The defaults of the known attributes among `declared`, by title.
        private static func defaults(_ declared: [String: Attribute]) -> [(title: String, text: String)] {
            declared.values.compactMap { attribute in
                guard attribute.isKnown, let text = attribute.defaultValue else { return nil }
                return (attribute.title, text)
            }
        }

        /// The known attribute values of a node or edge: declared defaults, then `<attvalue>`s.
        private mutating func values(of element: XMLElementNode, declared: [String: Attribute],
                                     domain: String) -> LocatedValues {
            var values = defaultValues(at: element.position, domain: domain)
            for container in gexfChildren(element) where container.name == "attvalues" {
                for attvalue in gexfChildren(container) where attvalue.name == "attvalue" {
                    readAttvalue(attvalue.attributes, at: attvalue.position, declared: declared, domain: domain, into: &values)
                }
            }
            return values
        }

        /// The declared defaults of the known attributes of `domain`, placed at `position`.
        private func defaultValues(at position: SourcePosition, domain: String) -> LocatedValues {
            var values = LocatedValues()
            for (title, text) in domain == "node" ? nodeDefaults : edgeDefaults {
                values[title] = LocatedText(text: text, position: position)
            }
            return values
        }

        /// Adds the value of one `<attvalue>`, with `attributes` at `position`, to `values`.
        private mutating func readAttvalue(_ attributes: XMLAttributes, at position: SourcePosition,
                                           declared: [String: Attribute], domain: String, into values: inout LocatedValues) {
            guard let id = attributes["for"] ?? attributes["id"] else {
                assembler.error(position, "an <attvalue> needs a 'for' attribute")
                return
            }
            guard let attribute = declared[id] else {
                assembler.error(position, "unknown \(domain) attribute '\(id)'; "
                    + "declare it in <attributes class=\"\(domain)\"> first")
                return
            }
            guard attribute.isKnown else { return }
            guard let value = attributes["value"] else {
                assembler.error(position, "an <attvalue> needs a 'value'")
                return
            }
            values[attribute.title] = LocatedText(text: value, position: position)
        }

        private mutating func readNode(_ node: XMLElementNode, parent: String?) {
            var values = values(of: node, declared: nodeAttributes, domain: "node")
            if let label = node.attributes["label"] { values["label"] = LocatedText(text: label, position: node.position) }
            if values["partOf"] == nil, let parentID = node.attributes["pid"] ?? parent {
                values["partOf"] = LocatedText(text: parentID, position: node.position)
            }
            assembler.addActor(id: node.attributes["id"], position: node.position, attributes: values)
            for child in gexfChildren(node) where child.name == "nodes" {
                for nested in gexfChildren(child) where nested.name == "node" {
                    readNode(nested, parent: node.attributes["id"])
                }
            }
        }

        /// Reads the edge whose start tag is `edge` up to its end, gathering its `<attvalue>`s
        /// and `<spell>`s as they stream past: no tree of the edge is built.
        private mutating func readEdge(_ edge: XMLStartTag, defaultDirected: Bool,
                                       _ xml: inout XMLPullReader) throws(LoadError) {
            var values = defaultValues(at: edge.position, domain: "edge")
            var bounds: [SpellBounds] = []
            while let child = try xml.nextChild() {
                guard isGEXF(child.namespace), child.name == "attvalues" || child.name == "spells" else {
                    try xml.skipElement()
                    continue
                }
                while let item = try xml.nextChild() {
                    if isGEXF(item.namespace) {
                        if child.name == "attvalues", item.name == "attvalue" {
                            readAttvalue(item.attributes, at: item.position, declared: edgeAttributes, domain: "edge", into: &values)
                        } else if child.name == "spells", item.name == "spell" {
                            bounds.append(SpellBounds(start: item.attributes["start"], end: item.attributes["end"],
                                                      position: item.position))
                        }
                    }
                    try xml.skipElement()
                }
            }
            if let text = edge.attributes["label"] { values["label"] = LocatedText(text: text, position: edge.position) }
            if let text = edge.attributes["weight"] { values["weight"] = LocatedText(text: text, position: edge.position) }
            if values["kind"] == nil, let kind = edge.attributes["kind"] {
                values["kind"] = LocatedText(text: kind, position: edge.position)
            }
            var directed = defaultDirected
            if let type = edge.attributes["type"] {
                guard type == "directed" || type == "undirected" || type == "mutual" else {
                    assembler.error(edge.position, "an edge's type must be directed, undirected or mutual, not '\(type)'")
                    return
                }
                directed = type != "undirected"
            }
            if bounds.isEmpty, edge.attributes["start"] != nil || edge.attributes["end"] != nil {
                bounds.append(SpellBounds(start: edge.attributes["start"], end: edge.attributes["end"], position: edge.position))
            }
            assembler.addRelation(id: edge.attributes["id"], source: edge.attributes["source"],
                                  target: edge.attributes["target"], directed: directed, position: edge.position,
                                  attributes: values, spells: spells(bounds))
        }

        /// One `<spell>` (or an edge's own `start` and `end`) as written.
        private struct SpellBounds {
            var start: String?
            var end: String?
            var position: SourcePosition
        }

        /// The spells of an edge, from their bounds as written; nil when it has none.
        private mutating func spells(_ bounds: [SpellBounds]) -> [GraphAssembler.Spell]? {
            guard !bounds.isEmpty else { return nil }
            guard timeformat == "date" || timeformat == "dateTime" else {
                if !warnedAboutTimeformat {
                    warnedAboutTimeformat = true
                    assembler.warning(bounds[0].position, "times in timeformat '\(timeformat)' are not calendar dates; "
                        + "relations are read without dates")
                }
                return nil
            }
            var result: [GraphAssembler.Spell] = []
            for bound in bounds {
                result.append(GraphAssembler.Spell(start: day(bound.start, at: bound.position),
                                                     end: day(bound.end, at: bound.position)))
            }
            return result
        }

        /// A spell bound as a day: an `xsd:date` or the date part of an `xsd:dateTime`.
        private mutating func day(_ text: String?, at position: SourcePosition) -> DateExpression? {
            guard var text, !text.isEmpty else { return nil }
            if text.count > 10 { text = String(text.prefix(10)) }
            do {
                let date = try PartialDate(parsing: text)
                if date.precision == .day { return DateExpression(date) }
            } catch {}
            assembler.error(position, "spell bound '\(text)' is not a date; expected YYYY-MM-DD")
            return nil
        }
    }
}
