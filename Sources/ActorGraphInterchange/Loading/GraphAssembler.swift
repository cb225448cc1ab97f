import ActorGraph
import OrderedCollections

/// An attribute value read from a file, with where it was written.
struct LocatedText {
    var text: String
    var position: SourcePosition
}

/// Builds a ``TemporalGraph`` from the nodes and edges of a GraphML or GEXF file: turns
/// attribute text into actor and relation fields, declares the relation kinds the file
/// uses, and reports every problem at the line and column of the element or value at fault.
struct GraphAssembler {
    /// The kind given to undirected edges of files that name no kind.
    static let undirectedDefaultKind = RelationKind(id: "associated-with", directed: false, tone: .neutral,
                                                    cameoCode: nil, goldstein: 0)

    let file: String
    var metadata = GraphMetadata()
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var warnings: [Diagnostic] = []
    private var errorCount = 0

    private var actors: [Actor] = []
    private var actorPositions = FieldPositionTable()
    private var relations: [Relation] = []
    private var relationPositions = FieldPositionTable()
    private var relationIDIsExplicit: [Bool] = []
    private var inferredKinds = OrderedDictionary<String, RelationKind>()

    init(file: String) {
        self.file = file
    }

    mutating func error(_ position: SourcePosition, _ message: String) {
        errorCount += 1
        if diagnostics.count < 1_000 { diagnostics.append(Diagnostic(file: file, position: position, message: message)) }
    }

    mutating func warning(_ position: SourcePosition, _ message: String) {
        if warnings.count < 1_000 { warnings.append(Diagnostic(file: file, position: position, message: message, severity: .warning)) }
    }

    /// Adds an actor from a node: `attributes` by the names of ``InterchangeAttributes/actor``.
    mutating func addActor(id: String?, position: SourcePosition, attributes: LocatedValues) {
        guard let id, !id.isEmpty else {
            error(position, "a node needs a non-empty 'id'")
            return
        }
        let name = attributes["label"].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        let kind = attributes["kind"].map(\.text).flatMap { $0.isEmpty ? nil : $0 } ?? ActorKind.unspecified
        let partOf = attributes["partOf"].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        let group = attributes["group"].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        let aliases = attributes["aliases"].map { ListText.decode($0.text) } ?? []
        let note = attributes["note"]?.text
        actors.append(Actor(id: id, name: name, kind: kind, partOf: partOf, group: group, aliases: aliases, note: note))
        actorPositions.append(row: position, values: attributes)
    }

    /// A relation's dates as a GEXF spell writes them: a start and an end, either of which may be absent.
    struct Spell {
        var start: DateExpression?
        var end: DateExpression?
    }

    /// Adds one relation per spell (one relation without dates when `spells` is nil) from
    /// an edge. `attributes` go by the names of ``InterchangeAttributes/relation``; their
    /// `start` and `end`, when present, win over `spells`. `directed` is the edge's own
    /// direction, used to pick a kind when the edge names none.
    mutating func addRelation(id: String?, source: String?, target: String?, directed: Bool,
                              position: SourcePosition, attributes: LocatedValues, spells: [Spell]?) {
        guard let source, !source.isEmpty, let target, !target.isEmpty else {
            error(position, "an edge needs a non-empty 'source' and 'target'")
            return
        }
        let errorsBefore = errorCount
        let kindID = defineKind(attributes: attributes, edgeDirected: directed)
        let weight = number("weight", in: attributes)
        let secret = boolean("secret", in: attributes) ?? false
        let citations = attributes["citations"].map { ListText.decode($0.text) } ?? []
        for citation in citations where metadata.sources[citation] == nil { metadata.sources[citation] = citation }
        let note = attributes["note"]?.text
        let secretUntil = date("secretUntil", in: attributes)
        var evidence: [Evidence] = []
        if let text = attributes["evidence"], !text.text.isEmpty {
            if let list = Evidence.list(jsonText: text.text) {
                evidence = list
            } else {
                error(text.position, "'evidence' must be a JSON list of {\"source\", \"pages\", \"quote\"} objects")
            }
        }
        var chosenSpells = spells ?? [Spell()]
        if attributes["start"] != nil || attributes["end"] != nil {
            chosenSpells = [Spell(start: date("start", in: attributes), end: date("end", in: attributes))]
        }
        guard errorCount == errorsBefore, let kindID else { return }
        for (index, spell) in chosenSpells.enumerated() {
            let relationID: String? = id.map { index == 0 ? $0 : "\($0)-\(index + 1)" }
            relations.append(Relation(id: relationID ?? "", kind: kindID, source: source, target: target,
                                      start: spell.start, end: spell.end, citations: citations, evidence: evidence,
                                      note: note, secret: secret, secretUntil: secretUntil, weight: weight))
            relationPositions.append(row: position, values: attributes)
            relationIDIsExplicit.append(relationID != nil && relationID?.isEmpty == false)
        }
    }

    /// The kind id of an edge: the one it names, declared from its other attributes when the
    /// graph does not know it yet, or a default kind for its direction.
    private mutating func defineKind(attributes: LocatedValues, edgeDirected: Bool) -> String? {
        guard let kindText = attributes["kind"]?.text, !kindText.isEmpty else {
            if edgeDirected { return RelationKind.defaultKindID }
            inferredKinds[Self.undirectedDefaultKind.id] = Self.undirectedDefaultKind
            return Self.undirectedDefaultKind.id
        }
        if RelationKind.builtIn[kindText] != nil || inferredKinds[kindText] != nil
            || metadata.declaredKinds.contains(where: { $0.id == kindText }) {
            return kindText
        }
        var tone = Tone.neutral
        if let toneValue = attributes["tone"] {
            guard let parsed = Tone(rawValue: toneValue.text) else {
                error(toneValue.position, "unknown tone '\(toneValue.text)'; expected cooperative, neutral or conflictual")
                return nil
            }
            tone = parsed
        }
        let label = attributes["label"].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        let cameo = attributes["cameo"].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        let kind = RelationKind(id: kindText, label: label, directed: boolean("directed", in: attributes) ?? edgeDirected,
                                tone: tone, cameoCode: cameo, goldstein: number("goldstein", in: attributes) ?? 0)
        inferredKinds[kindText] = kind
        return kindText
    }

    private mutating func boolean(_ name: String, in attributes: LocatedValues) -> Bool? {
        guard let value = attributes[name], !value.text.isEmpty else { return nil }
        guard let flag = BooleanText.value(value.text) else {
            error(value.position, "'\(name)' must be true or false, not '\(value.text)'")
            return nil
        }
        return flag
    }

    private mutating func number(_ name: String, in attributes: LocatedValues) -> Double? {
        guard let value = attributes[name], !value.text.isEmpty else { return nil }
        if let number = Double(value.text), number.isFinite { return number }
        error(value.position, "'\(name)' must be a finite number, not '\(value.text)'")
        return nil
    }

    private mutating func date(_ name: String, in attributes: LocatedValues) -> DateExpression? {
        guard let value = attributes[name], !value.text.isEmpty else { return nil }
        do {
            return try DateExpression(parsing: value.text)
        } catch {
            self.error(value.position, "'\(name)': \(error.message)")
            return nil
        }
    }

    /// The finished graph, or every problem found.
    mutating func build(vagueness: Vagueness? = nil) throws(LoadError) -> TemporalGraph {
        // Edges without an id follow the YAML loader's rule for relations without an id.
        Relation.assignDerivedIDs(&relations, explicit: relationIDIsExplicit)
        var kinds = metadata.declaredKinds
        for kind in inferredKinds.values where !kinds.contains(where: { $0.id == kind.id }) { kinds.append(kind) }
        return try TemporalGraph.validated(
            title: metadata.title, description: metadata.description, sources: metadata.sources, declaredKinds: kinds,
            actors: actors, relations: relations,
            vagueness: Vagueness.builtIn.merging(vagueness ?? Vagueness(durations: [:])), file: file, earlier: diagnostics
        ) { location in
            switch location {
            case let .actor(index, field):
                return ProblemPlace(file: file, position: actorPositions.position(row: index, field: field))
            case let .relation(index, field), let .relationDate(index, field, _):
                let hasSecretUntil = relationPositions.recorded(row: index, field: "secretUntil") != nil
                let attribute = field == "secret" && hasSecretUntil ? "secretUntil" : field
                return ProblemPlace(file: file, position: relationPositions.position(row: index, field: attribute))
            case .kind:
                return nil
            }
        }
    }
}
