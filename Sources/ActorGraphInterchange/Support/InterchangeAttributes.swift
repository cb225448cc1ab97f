import ActorGraph

/// The value type of an attribute in GraphML (`attr.type`) and GEXF (`type`).
enum AttributeType: String {
    case string
    case boolean
    case double
}

/// One attribute ActorGraph writes on nodes or edges of GraphML and GEXF and reads back.
struct AttributeDefinition {
    /// The attribute's name (GraphML `attr.name`, GEXF `title`).
    let name: String
    let type: AttributeType
}

/// The node and edge attributes shared by the GraphML and GEXF writers and readers, and
/// how actors and relations turn into their values.
///
/// Dates are written as their EDTF text (`2001-09~`), lists with ``ListText``, numbers in
/// their shortest round-trip form, so that reading the values back gives the same graph.
enum InterchangeAttributes {
    /// Node attributes. `label` is the actor's name (GEXF carries it natively).
    static let actor: [AttributeDefinition] = [
        AttributeDefinition(name: "label", type: .string),
        AttributeDefinition(name: "kind", type: .string),
        AttributeDefinition(name: "partOf", type: .string),
        AttributeDefinition(name: "group", type: .string),
        AttributeDefinition(name: "aliases", type: .string),
        AttributeDefinition(name: "note", type: .string),
    ]

    /// Edge attributes. `label` is the kind's label and `weight` the relation's explicit
    /// weight (GEXF carries both natively); `kind` to `goldstein` describe the relation kind.
    static let relation: [AttributeDefinition] = [
        AttributeDefinition(name: "kind", type: .string),
        AttributeDefinition(name: "label", type: .string),
        AttributeDefinition(name: "directed", type: .boolean),
        AttributeDefinition(name: "tone", type: .string),
        AttributeDefinition(name: "cameo", type: .string),
        AttributeDefinition(name: "goldstein", type: .double),
        AttributeDefinition(name: "start", type: .string),
        AttributeDefinition(name: "end", type: .string),
        AttributeDefinition(name: "weight", type: .double),
        AttributeDefinition(name: "citations", type: .string),
        AttributeDefinition(name: "note", type: .string),
        AttributeDefinition(name: "secret", type: .boolean),
        AttributeDefinition(name: "secretUntil", type: .string),
        AttributeDefinition(name: "evidence", type: .string),
    ]

    /// Other names readers accept for an attribute, as other tools write them.
    static let actorSynonyms = ["name": "label"]

    /// The attribute values of an actor, leaving out what it does not have.
    static func values(of actor: Actor) -> [String: String] {
        var values = ["label": actor.name, "kind": actor.kind]
        if let partOf = actor.partOf { values["partOf"] = partOf }
        if let group = actor.group { values["group"] = group }
        if !actor.aliases.isEmpty { values["aliases"] = ListText.encode(actor.aliases) }
        if let note = actor.note { values["note"] = note }
        return values
    }

    /// The attribute values of a relation and its kind, leaving out what it does not have.
    static func values(of relation: Relation, kind: RelationKind) -> [String: String] {
        var values = [
            "kind": relation.kind, "label": kind.label, "directed": kind.directed ? "true" : "false",
            "tone": kind.tone.rawValue, "goldstein": numberText(kind.goldstein),
        ]
        if let cameo = kind.cameoCode { values["cameo"] = cameo }
        if let start = relation.start { values["start"] = start.description }
        if let end = relation.end { values["end"] = end.description }
        if let weight = relation.weight { values["weight"] = numberText(weight) }
        if !relation.citations.isEmpty { values["citations"] = ListText.encode(relation.citations) }
        if let note = relation.note { values["note"] = note }
        values["secret"] = relation.secret ? "true" : "false"
        if let until = relation.secretUntil { values["secretUntil"] = until.text }
        if !relation.evidence.isEmpty { values["evidence"] = Evidence.jsonText(relation.evidence) }
        return values
    }

    /// A double as the shortest text that reads back to it.
    static func numberText(_ value: Double) -> String {
        YAMLEmitter.floatText(value)
    }
}
