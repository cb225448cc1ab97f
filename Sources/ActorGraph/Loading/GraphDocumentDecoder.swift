import OrderedCollections

/// Turns a YAML or JSON ``SourceNode`` tree into a ``TemporalGraph``, reporting every
/// schema error and every broken reference at its line and column.
///
/// The schema: a mapping with `title`, `description`, `sources` (citation key -> reference),
/// `vagueness` (vague word -> duration), `kinds` (extra relation kinds), `actors` and
/// `relations`. Unknown fields are errors, so a
/// misspelt field never goes unnoticed.
struct GraphDocumentDecoder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    static let topLevelFields = ["title", "description", "sources", "vagueness", "kinds", "actors", "relations"]
    static let kindFields = ["id", "label", "directed", "tone", "cameo", "goldstein"]
    static let actorFields = ["id", "name", "kind", "partOf", "group", "aliases", "note"]
    static let relationFields = ["id", "kind", "source", "target", "start", "end", "citations", "evidence", "note", "secret",
                                 "weight"]
    static let evidenceFields = ["source", "pages", "quote"]

    init(file: String) {
        self.file = file
    }

    /// Decodes a document that `read` parses, handing each element of its top-level
    /// `relations` list to the closure it is given as soon as the element is complete, so
    /// that no tree of the whole document is ever built: a relation's node is decoded and
    /// dropped. `read` returns the rest of the document (its `relations` list left empty), or
    /// nil for an empty stream. Only when a problem needs the place of one of a relation's
    /// fields is the document read a second time, keeping the relations' nodes.
    /// `vagueness` overrides words of the file's table.
    static func decode(file: String, vagueness: Vagueness? = nil,
                       read: (_ relation: (SourceNode) -> Void) throws(LoadError) -> SourceNode?) throws(LoadError) -> TemporalGraph {
        var relationDecoder = GraphDocumentDecoder(file: file)
        var streamed = DecodedRelations()
        let root = try read { node in streamed.add(node, decoder: &relationDecoder) }
        guard let root else {
            throw LoadError([Diagnostic(file: file, line: 1, column: 1,
                                        message: "the file is empty; expected a mapping with 'actors' and 'relations'")])
        }
        var decoder = GraphDocumentDecoder(file: file)
        return try decoder.decodeDocument(root, streamed: streamed, streamedDiagnostics: relationDecoder.diagnostics,
                                          vaguenessOverride: vagueness) { () throws(LoadError) -> [SourceNode] in
            var nodes: [SourceNode] = []
            _ = try read { nodes.append($0) }
            return nodes
        }
    }

    /// The relations decoded so far, with what placing their problems needs.
    private struct DecodedRelations {
        var relations: [Relation] = []
        var explicitIDs: [Bool] = []
        var dateLines: [Int32] = []
        /// The place of each decoded relation's node among the list's elements.
        var elementOrdinals: [Int32] = []
        var elementCount: Int32 = 0

        mutating func add(_ node: SourceNode, decoder: inout GraphDocumentDecoder) {
            defer { elementCount += 1 }
            guard let (relation, map) = decoder.decodeRelation(node) else { return }
            relations.append(relation)
            explicitIDs.append(map["id"] != nil)
            elementOrdinals.append(elementCount)
            for field in DateField.allCases { dateLines.append(Int32(map[field.rawValue]?.position.line ?? 0)) }
        }
    }

    private mutating func report(_ position: SourcePosition, _ message: String) {
        diagnostics.append(Diagnostic(file: file, position: position, message: message))
    }

    private mutating func decodeDocument(_ root: SourceNode, streamed: DecodedRelations, streamedDiagnostics: [Diagnostic],
                                         vaguenessOverride: Vagueness?,
                                         streamedNodes: () throws(LoadError) -> [SourceNode]) throws(LoadError) -> TemporalGraph {
        guard let top = fields(of: root, allowed: Self.topLevelFields, required: [], context: "the document") else {
            throw LoadError(diagnostics)
        }
        let title = top["title"].flatMap { text($0, field: "title") }
        let description = top["description"].flatMap { text($0, field: "description") }
        var sources = OrderedDictionary<String, String>()
        if let node = top["sources"] {
            if case let .mapping(members) = node.value {
                for (key, value) in members {
                    guard let keyText = text(key, field: "source key"), let reference = text(value, field: "source") else { continue }
                    if sources[keyText] != nil { report(key.position, "duplicate source key '\(keyText)'") }
                    sources[keyText] = reference
                }
            } else if case .null = node.value {
            } else {
                report(node.position, "'sources' must be a mapping from citation key to reference, not \(node.typeName)")
            }
        }
        var vagueness = Vagueness.builtIn
        if let node = top["vagueness"] { vagueness = vagueness.merging(decodeVagueness(node)) }
        if let vaguenessOverride { vagueness = vagueness.merging(vaguenessOverride) }
        let (kinds, kindPositions) = decodeEach(top["kinds"], field: "kinds") { $0.decodeKind($1) }
        let (actors, actorPositions) = decodeEach(top["actors"], field: "actors") { $0.decodeActor($1) }
        // The relations the reader streamed, then those of a list it could not stream (one
        // a YAML alias repeats), after them in the same numbering.
        diagnostics += streamedDiagnostics
        var decoded = streamed
        let unstreamed = list(top["relations"], field: "relations")
        for node in unstreamed { decoded.add(node, decoder: &self) }
        var relations = decoded.relations
        Relation.assignDerivedIDs(&relations, explicit: decoded.explicitIDs)
        let dateLines = relations.contains(where: \.hasRelativeDates) ? decoded.dateLines : []

        // A relation's fields are found again in its node only when a problem needs a
        // position: the nodes are read again then, and no table of positions is kept.
        var relationNodes: [SourceNode]?
        let file = file
        func relationNode(_ index: Int) -> SourceNode? {
            if relationNodes == nil { relationNodes = ((try? streamedNodes()) ?? []) + unstreamed }
            let ordinal = Int(decoded.elementOrdinals[index])
            return ordinal < relationNodes!.count ? relationNodes![ordinal] : nil
        }
        return try TemporalGraph.validated(
            title: title, description: description, sources: sources, declaredKinds: kinds, actors: actors,
            relations: relations, vagueness: vagueness, dateLines: dateLines, file: file, earlier: diagnostics
        ) { location in
            let positions: [String: SourcePosition]
            let field: String
            switch location {
            case let .actor(index, name): positions = actorPositions[index]; field = name
            case let .kind(index, name): positions = kindPositions[index]; field = name
            case let .relation(index, name):
                guard let node = relationNode(index) else { return nil }
                return ProblemPlace(file: file, position: Self.fieldNode(name, in: node)?.position ?? node.position)
            case let .relationDate(index, name, offset):
                guard let node = relationNode(index) else { return nil }
                return ProblemPlace(file: file, position: Self.fieldNode(name, in: node).map { Self.position(in: $0, offset: offset) }
                    ?? node.position)
            }
            return ProblemPlace(file: file, position: positions[field] ?? positions[""] ?? SourcePosition(line: 1, column: 1))
        }
    }

    // MARK: - Elements

    private mutating func decodeKind(_ node: SourceNode) -> (RelationKind, [String: SourcePosition])? {
        guard let map = fields(of: node, allowed: Self.kindFields, required: ["id", "tone", "goldstein"],
                               context: "a relation kind") else { return nil }
        var positions = map.positions
        positions[""] = node.position
        guard let id = map["id"].flatMap({ identifier($0, field: "id") }) else { return nil }
        let label = map["label"].flatMap { text($0, field: "label") }
        let directed = map["directed"].map { boolean($0, field: "directed") ?? true } ?? true
        var tone = Tone.neutral
        if let toneNode = map["tone"], let toneText = text(toneNode, field: "tone") {
            if let parsed = Tone(rawValue: toneText) {
                tone = parsed
            } else {
                report(toneNode.position, "unknown tone '\(toneText)'; expected cooperative, neutral or conflictual")
            }
        }
        let cameo = map["cameo"].flatMap { text($0, field: "cameo") }
        let goldstein = map["goldstein"].flatMap { number($0, field: "goldstein") } ?? 0
        return (RelationKind(id: id, label: label, directed: directed, tone: tone, cameoCode: cameo, goldstein: goldstein),
                positions)
    }

    private mutating func decodeActor(_ node: SourceNode) -> (Actor, [String: SourcePosition])? {
        guard let map = fields(of: node, allowed: Self.actorFields, required: ["id"], context: "an actor") else { return nil }
        var positions = map.positions
        positions[""] = node.position
        guard let id = map["id"].flatMap({ identifier($0, field: "id") }) else { return nil }
        let name = map["name"].flatMap { text($0, field: "name") }
        let kind = map["kind"].flatMap { identifier($0, field: "kind") } ?? ActorKind.unspecified
        let partOf = map["partOf"].flatMap { identifier($0, field: "partOf") }
        let group = map["group"].flatMap { text($0, field: "group") }
        let aliases = map["aliases"].map { textList($0, field: "aliases") } ?? []
        let note = map["note"].flatMap { text($0, field: "note") }
        return (Actor(id: id, name: name, kind: kind, partOf: partOf, group: group, aliases: aliases, note: note),
                positions)
    }

    /// A relation and its fields by name.
    private mutating func decodeRelation(_ node: SourceNode) -> (Relation, SourceFields)? {
        guard let map = fields(of: node, allowed: Self.relationFields, required: ["kind", "source", "target"],
                               context: "a relation") else { return nil }
        let id = map["id"].flatMap { identifier($0, field: "id") }
        let kind = map["kind"].flatMap { identifier($0, field: "kind") }
        let source = map["source"].flatMap { identifier($0, field: "source") }
        let target = map["target"].flatMap { identifier($0, field: "target") }
        let start = map["start"].flatMap { date($0, field: "start") }
        let end = map["end"].flatMap { date($0, field: "end") }
        let citations = map["citations"].map { textList($0, field: "citations") } ?? []
        let evidence = map["evidence"].map { decodeEvidence($0) } ?? []
        let note = map["note"].flatMap { text($0, field: "note") }
        var secret = false
        var secretUntil: DateExpression?
        if let secretNode = map["secret"] {
            if case let .scalar(value, false) = secretNode.value, value == "true" || value == "false" {
                secret = value == "true"
            } else if case let .scalar(value, _) = secretNode.value, let first = value.unicodeScalars.first,
                      !value.contains(" ") && !("0"..."9").contains(first) && first != "[" {
                report(secretNode.position, "'secret' must be true, false or the date the secret ended, not '\(value)'")
            } else if case .scalar = secretNode.value {
                secretUntil = date(secretNode, field: "secret")
            } else {
                report(secretNode.position, "'secret' must be true, false or the date the secret ended")
            }
        }
        let weight = map["weight"].flatMap { number($0, field: "weight") }
        if map["id"] != nil && id == nil { return nil }
        guard let kind, let source, let target else { return nil }
        return (Relation(id: id ?? "", kind: kind, source: source, target: target, start: start, end: end,
                         citations: citations, evidence: evidence, note: note, secret: secret, secretUntil: secretUntil,
                         weight: weight), map)
    }

    /// The value of the field `name` in a mapping node as ``fields(of:allowed:required:context:)``
    /// reads it: the first one of that name that is not null.
    private static func fieldNode(_ name: String, in node: SourceNode) -> SourceNode? {
        guard case let .mapping(members) = node.value else { return nil }
        for (key, value) in members {
            guard case let .scalar(keyName, _) = key.value, keyName == name else { continue }
            if case .null = value.value { continue }
            return value
        }
        return nil
    }

    private mutating func decodeEvidence(_ node: SourceNode) -> [Evidence] {
        guard case let .sequence(elements) = node.value else {
            report(node.position, "'evidence' must be a list of {source, pages, quote}, not \(node.typeName)")
            return []
        }
        return elements.compactMap { element in
            guard let map = fields(of: element, allowed: Self.evidenceFields, required: ["source"], context: "evidence"),
                  let source = map["source"].flatMap({ identifier($0, field: "source") }) else { return nil }
            return Evidence(source: source, pages: map["pages"].flatMap { text($0, field: "pages") },
                            quote: map["quote"].flatMap { text($0, field: "quote") })
        }
    }

    /// The `vagueness` table: vague word -> duration (`7d`, `2w`, `1m`, `..`).
    private mutating func decodeVagueness(_ node: SourceNode) -> Vagueness {
        var table = Vagueness(durations: [:])
        guard case let .mapping(members) = node.value else {
            if case .null = node.value { return table }
            report(node.position, "'vagueness' must be a mapping from vague word to duration, not \(node.typeName)")
            return table
        }
        for (key, value) in members {
            guard let word = text(key, field: "vague word"), let duration = text(value, field: "duration") else { continue }
            guard Vagueness.isWord(word) else {
                report(key.position, "'\(word)' cannot be a vague word: use lowercase letters and hyphens, not a keyword")
                continue
            }
            guard let distance = DateDistance(duration) else {
                report(value.position, "'\(duration)' is not a duration; expected Nd, Nw, Nm (N a whole number) or '..'")
                continue
            }
            table[word] = distance
        }
        return table
    }

    // MARK: - Fields and values

    /// The fields of a mapping by name, after checking for unknown, repeated and missing ones.
    private mutating func fields(of node: SourceNode, allowed: [String], required: [String],
                                 context: String) -> SourceFields? {
        guard case let .mapping(members) = node.value else {
            report(node.position, "expected \(context) as a mapping of fields, found \(node.typeName)")
            return nil
        }
        var result = SourceFields()
        for (key, value) in members {
            guard case let .scalar(name, _) = key.value else {
                report(key.position, "field names must be text")
                continue
            }
            guard allowed.contains(name) else {
                let suggestion = allowed.first { Self.isNearMiss(name, $0) }.map { "; did you mean '\($0)'?" }
                    ?? "; expected one of \(allowed.joined(separator: ", "))"
                report(key.position, "unknown field '\(name)' in \(context)\(suggestion)")
                continue
            }
            if result[name] != nil {
                report(key.position, "field '\(name)' appears twice in \(context)")
                continue
            }
            if case .null = value.value { continue }
            result.add(name, value)
        }
        for name in required where result[name] == nil {
            report(node.position, "missing field '\(name)' in \(context)")
        }
        return result
    }

    private static func isNearMiss(_ typed: String, _ known: String) -> Bool {
        typed.lowercased() == known.lowercased() || (typed.count == known.count
            && zip(typed, known).filter { $0 != $1 }.count <= 2 && Set(typed) == Set(known))
    }

    /// The entries of the list `node` (the document's `field`) that `decode` reads, each with
    /// the positions of its fields; an entry that does not decode is left out (`decode` has
    /// reported why).
    private mutating func decodeEach<Value>(
        _ node: SourceNode?, field: String,
        _ decode: (inout Self, SourceNode) -> (Value, [String: SourcePosition])?
    ) -> (values: [Value], positions: [[String: SourcePosition]]) {
        var values: [Value] = []
        var positions: [[String: SourcePosition]] = []
        for entry in list(node, field: field) {
            if let (value, fieldPositions) = decode(&self, entry) {
                values.append(value)
                positions.append(fieldPositions)
            }
        }
        return (values, positions)
    }

    private mutating func list(_ node: SourceNode?, field: String) -> [SourceNode] {
        guard let node else { return [] }
        if case let .sequence(elements) = node.value { return elements }
        report(node.position, "'\(field)' must be a list, not \(node.typeName)")
        return []
    }

    private mutating func text(_ node: SourceNode, field: String) -> String? {
        if case let .scalar(value, _) = node.value { return value }
        report(node.position, "'\(field)' must be text, not \(node.typeName)")
        return nil
    }

    private mutating func identifier(_ node: SourceNode, field: String) -> String? {
        guard let value = text(node, field: field) else { return nil }
        if value.isEmpty || IdentifierText.holdsLineBreak(value) {
            report(node.position, "'\(field)' must be a non-empty identifier on one line")
            return nil
        }
        return value
    }

    private mutating func textList(_ node: SourceNode, field: String) -> [String] {
        switch node.value {
        case .scalar(let value, _): return [value]
        case .sequence(let elements): return elements.compactMap { text($0, field: field) }
        default:
            report(node.position, "'\(field)' must be a list of text, not \(node.typeName)")
            return []
        }
    }

    private mutating func boolean(_ node: SourceNode, field: String) -> Bool? {
        if case let .scalar(value, quoted) = node.value, !quoted, let flag = BooleanText.value(value) { return flag }
        report(node.position, "'\(field)' must be true or false")
        return nil
    }

    private mutating func number(_ node: SourceNode, field: String) -> Double? {
        if case let .scalar(value, quoted) = node.value, !quoted, let number = Double(value), number.isFinite {
            return number
        }
        report(node.position, "'\(field)' must be a finite number")
        return nil
    }

    private mutating func date(_ node: SourceNode, field: String) -> DateExpression? {
        guard let value = text(node, field: field) else { return nil }
        do {
            return try DateExpression(parsing: value)
        } catch {
            report(Self.position(in: node, offset: error.offset), "'\(field)': \(error.message)")
            return nil
        }
    }

    /// The line and column of the byte at `offset` in a scalar's text: plain scalars start
    /// at the text, quoted ones one column later.
    static func position(in node: SourceNode, offset: Int) -> SourcePosition {
        var position = node.position
        guard case let .scalar(value, quoted) = node.value else { return position }
        if quoted { position.column += 1 }
        position.column += String(decoding: value.utf8.prefix(offset), as: UTF8.self).unicodeScalars.count
        return position
    }
}
