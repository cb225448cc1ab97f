extension Snapshot {
    /// The snapshot as indented JSON text, one object: see ``jsonValue()`` for its members.
    public func jsonText() -> String {
        jsonValue().serialized(pretty: true) + "\n"
    }

    /// The snapshot as one JSON object:
    /// `{"at": day}` (or `"from"`/`"to"` for a window), then `"actors"` with
    /// `id`, `name`, `kind`, `partOf`, and `"relations"` with `id`, `kind`, `source`, `target`,
    /// `start`, `end` (the file's date text, null when absent), `startRange` and `endRange`
    /// (the solved `[earliest, latest]` days, null for an open end, a null element for a side
    /// without bound), `directed`, `secret` (whether it may still have been secret on the
    /// snapshot's day or window) and `evidence` (`source`, `pages`, `quote`; citations as
    /// evidence naming their source).
    package func jsonValue() -> JSONValue {
        var members: [(String, JSONValue)] = []
        if isSingleDay {
            members.append(("at", .string(span.first.description)))
        } else {
            members.append(("from", span.first.isUnbounded ? .null : .string(span.first.description)))
            members.append(("to", span.last.isUnbounded ? .null : .string(span.last.description)))
        }
        members.append(("actors", .array(actors.map { actor in
            .object([("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind)),
                     ("partOf", .optional(actor.partOf))])
        })))
        members.append(("relations", .array(relationPositions.map { position32 in
            let position = Int(position32)
            let relation = graph.relations[position]
            return .object([
                ("id", .string(relation.id)), ("kind", .string(relation.kind)),
                ("source", .string(relation.source)), ("target", .string(relation.target)),
                ("start", .optional(relation.start?.description)), ("end", .optional(relation.end?.description)),
                ("startRange", Self.rangeValue(graph.startRange(ofRelationAt: position))),
                ("endRange", Self.rangeValue(graph.endRange(ofRelationAt: position))),
                ("directed", .bool(graph.kind(of: relation).directed)),
                ("secret", .bool(isSecret(relationAt: position))),
                ("evidence", .array(relation.allEvidence.map(\.jsonValue))),
            ])
        })))
        return .object(members)
    }

    /// Whether the relation at `position` of the graph may still have been secret during the
    /// snapshot's day or window.
    public func isSecret(relationAt position: Int) -> Bool {
        graph.isPossiblySecret(relationAt: position, during: span)
    }

    /// `[earliest, latest]`, a side without bound as null; null when both sides are unbounded
    /// (an open start or end).
    static func rangeValue(_ range: DaySpan) -> JSONValue {
        if range.first.isUnbounded && range.last.isUnbounded && range.first == range.last { return .null }
        return .array([range.first.isUnbounded ? .null : .string(range.first.description),
                       range.last.isUnbounded ? .null : .string(range.last.description)])
    }

    /// The active relations as a CSV edge list that ``CSVEdgeListReader`` reads back; a
    /// relative date that leans on a relation outside the snapshot is written as its solved
    /// range (with the terms that lean on relations inside it).
    public func csvText() -> String {
        var text = CSVField.row(["id", "source", "target", "kind", "start", "end", "weight", "secret", "note", "citations",
                                 "evidence"])
        // Only a relation with relative dates needs the ids kept; most graphs have none.
        var kept: Set<String>?
        let relations = graph.relations
        for position in relationPositions.map(Int.init) {
            // Fields are read in place: a copy of the whole relation would retain every one.
            guard relations[position].hasRelativeDates else {
                Self.appendCSVRow(of: position, in: relations, to: &text)
                continue
            }
            if kept == nil { kept = Set(relationPositions.map { relations[Int($0)].id }) }
            Self.appendCSVRow(of: 0, in: [graph.selfContained(relationAt: position, keeping: kept ?? [])], to: &text)
        }
        return text
    }

    /// Appends the CSV edge-list row of the relation at `position` of `relations` to `text`.
    private static func appendCSVRow(of position: Int, in relations: [Relation], to text: inout String) {
        CSVField.appendRow([
            relations[position].id, relations[position].source, relations[position].target, relations[position].kind,
            relations[position].start?.description ?? "", relations[position].end?.description ?? "",
            relations[position].weight.map { "\($0)" } ?? "",
            relations[position].secretUntil?.text ?? (relations[position].secret ? "true" : ""),
            relations[position].note ?? "", ListText.encode(relations[position].citations),
            Evidence.jsonText(relations[position].evidence),
        ], to: &text)
    }

    /// A plain-text listing for reading in a terminal.
    public func plainText() -> String {
        let when = isSingleDay ? "on \(span.first)" : "from \(span.first) to \(span.last)"
        var text = "\(graph.title ?? "Graph") \(when) (\(certainty.rawValue) active): "
            + "\(actorPositions.count) actors, \(relationPositions.count) relations\n"
        for position in relationPositions.map(Int.init) {
            let relation = graph.relations[position]
            let kind = graph.kind(of: relation)
            let arrow = kind.directed ? "->" : "--"
            let dates = "\(graph.startText(ofRelationAt: position) ?? "..") / \(graph.endText(ofRelationAt: position) ?? "..")"
            text += "  \(relation.source) \(arrow) \(relation.target)  \(relation.kind)  [\(dates)]"
                + (isSecret(relationAt: position) ? "  (secret)" : "") + "\n"
        }
        return text
    }
}
