import ActorGraph
import OrderedCollections

/// Writes a graph in ActorGraph's own schema, as YAML or JSON, so that loading the output
/// gives back the same graph: title, description, sources, declared kinds, every actor and
/// every relation with its dates exactly as written (`2001-09~` stays `2001-09~`, an
/// explicit open end `..` stays `..`, an absent end stays absent).
///
/// Field names are those ``GraphLoader`` reads. Relations always carry their id, so ids
/// derived at load time become explicit and stay stable.
///
/// ```swift
/// let yaml = GraphDocumentWriter.yamlText(graph)
/// let again = try GraphLoader.load(bytes: Array(yaml.utf8), file: "copy.yaml", extension: "yaml")
/// ```
public enum GraphDocumentWriter {
    /// The whole document as one JSON value, fields in schema order.
    package static func jsonValue(_ graph: TemporalGraph) -> JSONValue {
        .object(headerMembers(graph) + [
            ("actors", .array(graph.actors.map(actorValue))),
            ("relations", .array(graph.relations.map(relationValue))),
        ])
    }

    /// Title, description, sources, vague words and declared kinds: the fields before the actors.
    private static func headerMembers(_ graph: TemporalGraph) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if let title = graph.title { members.append(("title", .string(title))) }
        if let description = graph.description { members.append(("description", .string(description))) }
        if !graph.sources.isEmpty {
            members.append(("sources", .object(graph.sources.map { ($0.key, .string($0.value)) })))
        }
        // The vague words the file defined or changed; the built-in ones go without saying.
        let vagueWords = graph.vagueness.durations.filter { Vagueness.builtIn[$0.key] != $0.value }
        if !vagueWords.isEmpty {
            members.append(("vagueness", .object(vagueWords.map { ($0.key, .string($0.value.description)) })))
        }
        if !graph.declaredKinds.isEmpty { members.append(("kinds", .array(graph.declaredKinds.map(kindValue)))) }
        return members
    }

    /// The document as indented JSON, ending with a newline. Written element by element, so
    /// that a graph of millions of relations never exists twice over as a tree of values.
    public static func jsonText(_ graph: TemporalGraph) -> String {
        var output = "{"
        var isFirst = true
        func member(_ key: String, _ writeValue: (inout String) -> Void) {
            output += isFirst ? "\n  " : ",\n  "
            isFirst = false
            JSONValue.writeString(key, to: &output)
            output += ": "
            writeValue(&output)
        }
        for (key, value) in headerMembers(graph) {
            member(key) { $0 += indented(value.serialized(pretty: true), levels: 1) }
        }
        member("actors") { writeJSONList(graph.actors.lazy.map(actorValue), isEmpty: graph.actors.isEmpty, to: &$0) }
        member("relations") {
            writeJSONList(graph.relations.lazy.map(relationValue), isEmpty: graph.relations.isEmpty, to: &$0)
        }
        return output + "\n}\n"
    }

    /// Pretty JSON moved right by `levels` indentation steps (JSON text holds no raw line
    /// breaks inside strings, so every line break is layout).
    private static func indented(_ text: String, levels: Int) -> String {
        text.replacingOccurrences(of: "\n", with: "\n" + String(repeating: "  ", count: levels))
    }

    private static func writeJSONList(_ elements: some Sequence<JSONValue>, isEmpty: Bool, to output: inout String) {
        if isEmpty {
            output += "[]"
            return
        }
        output += "["
        var isFirst = true
        for element in elements {
            output += (isFirst ? "\n    " : ",\n    ") + indented(element.serialized(pretty: true), levels: 2)
            isFirst = false
        }
        output += "\n  ]"
    }

    /// The document as YAML, ending with a newline. Written element by element, like ``jsonText(_:)``.
    public static func yamlText(_ graph: TemporalGraph) -> String {
        var output = ""
        for (key, value) in headerMembers(graph) {
            if !output.isEmpty, key == "sources" || key == "vagueness" || key == "kinds" { output += "\n" }
            if key == "sources" {
                output += "sources:\n"
                for (citation, reference) in graph.sources {
                    output += YAMLEmitter.mappingEntry(citation, .string(reference), indent: 2)
                }
            } else {
                output += YAMLEmitter.mappingEntry(key, value, indent: 0)
            }
        }
        writeYAMLList("actors", graph.actors.lazy.map(actorValue), isEmpty: graph.actors.isEmpty, to: &output)
        writeYAMLList("relations", graph.relations.lazy.map(relationValue), isEmpty: graph.relations.isEmpty, to: &output)
        return output
    }

    private static func writeYAMLList(_ key: String, _ elements: some Sequence<JSONValue>, isEmpty: Bool,
                                      to output: inout String) {
        if isEmpty {
            output += "\(key): []\n"
            return
        }
        if !output.isEmpty { output += "\n" }
        output += "\(key):\n"
        for element in elements { output += YAMLEmitter.sequenceItem(element, indent: 2) }
    }

    /// A relation kind as the schema writes it: `id`, `label`, `directed`, `tone`, `cameo`
    /// (when it has one) and `goldstein`.
    package static func kindValue(_ kind: RelationKind) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(kind.id)), ("label", .string(kind.label)), ("directed", .bool(kind.directed)),
            ("tone", .string(kind.tone.rawValue)),
        ]
        if let cameo = kind.cameoCode { members.append(("cameo", .string(cameo))) }
        members.append(("goldstein", .number(kind.goldstein)))
        return .object(members)
    }

    /// An actor as the schema writes it; empty optional fields are left out.
    package static func actorValue(_ actor: Actor) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind)),
        ]
        if let partOf = actor.partOf { members.append(("partOf", .string(partOf))) }
        if let group = actor.group { members.append(("group", .string(group))) }
        if !actor.aliases.isEmpty { members.append(("aliases", .array(actor.aliases.map(JSONValue.string)))) }
        if let note = actor.note { members.append(("note", .string(note))) }
        return .object(members)
    }

    /// A relation as the schema writes it; empty optional fields are left out.
    package static func relationValue(_ relation: Relation) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(relation.id)), ("kind", .string(relation.kind)),
            ("source", .string(relation.source)), ("target", .string(relation.target)),
        ]
        if let start = relation.start { members.append(("start", .string(start.description))) }
        if let end = relation.end { members.append(("end", .string(end.description))) }
        if !relation.citations.isEmpty {
            members.append(("citations", .array(relation.citations.map(JSONValue.string))))
        }
        if !relation.evidence.isEmpty { members.append(("evidence", .array(relation.evidence.map(\.jsonValue)))) }
        if let note = relation.note { members.append(("note", .string(note))) }
        if let until = relation.secretUntil {
            members.append(("secret", .string(until.text)))
        } else if relation.secret {
            members.append(("secret", .bool(true)))
        }
        if let weight = relation.weight { members.append(("weight", .number(weight))) }
        return .object(members)
    }
}
