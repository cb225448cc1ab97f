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
    public static func read(bytes: [UInt8], file: String) throws(LoadError) -> LoadedGraph {
        let root = try XMLTreeReader.read(bytes: bytes, file: file)
        var reader = Reader(assembler: GraphAssembler(file: file))
        reader.read(root)
        if !reader.assembler.diagnostics.isEmpty { throw LoadError(reader.assembler.diagnostics) }
        let graph = try reader.assembler.build()
        return LoadedGraph(graph: graph, warnings: reader.assembler.warnings)
    }

    private struct Key {
        var name: String
        var domain: String
        var defaultValue: String?
        /// False for attributes the model has no place for (and yFiles graphics).
        var isKnown: Bool
    }

    private struct Reader {
        var assembler: GraphAssembler
        var keys: [String: Key] = [:]

        private static func isGraphML(_ element: XMLElementNode) -> Bool {
            element.namespace == nil || element.namespace == GraphMLWriter.namespace || element.namespace == ""
        }

        private static func knownNames(for domain: String) -> Set<String> {
            switch domain {
            case "graph": return Set(GraphMLWriter.graphKeys)
            case "node": return Set(InterchangeAttributes.actor.map(\.name)).union(InterchangeAttributes.actorSynonyms.keys)
            case "edge": return Set(InterchangeAttributes.relation.map(\.name))
            default: return []
            }
        }

        mutating func read(_ root: XMLElementNode) {
            guard root.name == "graphml", Self.isGraphML(root) else {
                assembler.error(root.position, "expected a <graphml> root element, found <\(root.name)>")
                return
            }
            var graphs: [XMLElementNode] = []
            for child in root.children where Self.isGraphML(child) {
                switch child.name {
                case "key": readKey(child)
                case "graph": graphs.append(child)
                case "desc", "data": break
                default: assembler.error(child.position, "unknown GraphML element <\(child.name)>; expected <key> or <graph>")
                }
            }
            guard let graph = graphs.first else {
                assembler.error(root.position, "the file holds no <graph> element")
                return
            }
            for extra in graphs.dropFirst() {
                assembler.warning(extra.position, "only the first <graph> of a file is read; this one is ignored")
            }
            readGraph(graph)
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

        /// The known attributes of an element: key defaults, then its `<data>` children.
        private mutating func attributes(of element: XMLElementNode, domain: String,
                                         dataOnly: Bool = false) -> [String: LocatedText] {
            var values: [String: LocatedText] = [:]
            for key in keys.values where key.isKnown && (key.domain == domain || key.domain == "all") {
                if let value = key.defaultValue { values[key.name] = LocatedText(text: value, position: element.position) }
            }
            for child in element.children where Self.isGraphML(child) && (!dataOnly || child.name == "data") {
                switch child.name {
                case "data":
                    guard let keyID = child.attributes["key"] else {
                        assembler.error(child.position, "<data> needs a 'key' attribute")
                        continue
                    }
                    guard let key = keys[keyID] else {
                        let declared = keys.keys.sorted().joined(separator: ", ")
                        assembler.error(child.position, "unknown key '\(keyID)'; a <key> with this id must be declared first"
                            + (declared.isEmpty ? "" : " (declared: \(declared))"))
                        continue
                    }
                    guard key.domain == domain || key.domain == "all" else {
                        assembler.error(child.position, "key '\(keyID)' is declared for \(key.domain)s, not for \(domain)s")
                        continue
                    }
                    if key.isKnown, child.children.isEmpty {
                        values[key.name] = LocatedText(text: child.text, position: child.position)
                    }
                case "graph":
                    assembler.warning(child.position, "nested graphs are not read; this one is ignored")
                case "port", "desc", "locator":
                    break
                default:
                    assembler.error(child.position, "unknown GraphML element <\(child.name)> in <\(element.name)>")
                }
            }
            return values
        }

        private mutating func readGraph(_ graph: XMLElementNode) {
            let edgeDefault = graph.attributes["edgedefault"] ?? "undirected"
            guard edgeDefault == "directed" || edgeDefault == "undirected" else {
                assembler.error(graph.position, "edgedefault must be 'directed' or 'undirected', not '\(edgeDefault)'")
                return
            }
            readMetadata(attributes(of: graph, domain: "graph", dataOnly: true))
            for child in graph.children where Self.isGraphML(child) {
                switch child.name {
                case "node":
                    let values = attributes(of: child, domain: "node")
                    assembler.addActor(id: child.attributes["id"], position: child.position, attributes: values)
                case "edge":
                    let values = attributes(of: child, domain: "edge")
                    var directed = edgeDefault == "directed"
                    if let flag = child.attributes["directed"] {
                        guard let value = BooleanText.value(flag) else {
                            assembler.error(child.position, "the edge's 'directed' must be true or false, not '\(flag)'")
                            continue
                        }
                        directed = value
                    }
                    assembler.addRelation(id: child.attributes["id"], source: child.attributes["source"],
                                          target: child.attributes["target"], directed: directed,
                                          position: child.position, attributes: values, spells: nil)
                case "hyperedge":
                    assembler.error(child.position, "hyperedges are not supported; a relation joins two actors")
                case "data", "desc":
                    break
                default:
                    assembler.error(child.position, "unknown GraphML element <\(child.name)>; expected <node>, <edge> or <data>")
                }
            }
        }

        private mutating func readMetadata(_ values: [String: LocatedText]) {
            assembler.metadata.title = values["title"]?.text
            assembler.metadata.description = values["description"]?.text
            if let sources = values["sources"] {
                switch GraphMetadata.sources(fromJSON: sources.text) {
                case let .success(parsed): assembler.metadata.sources = parsed
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
