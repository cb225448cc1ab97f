extension Snapshot {
    /// The snapshot as indented JSON text, one object: see ``jsonValue()`` for its members.
    public func jsonText() -> String {
        jsonValue().serialized(pretty: true) + "\n"
    }

    /// The snapshot as one JSON object:
    /// `{"at": day}` (or `"from"`/`"to"` for a window), then `"actors"` with
    /// `id`, `name`, `kind`, `partOf`, and `"relations"` with `id`, `kind`, `source`, `target`,
    /// `start`, `end` (the file's date text, null when absent) and `directed`.
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
        members.append(("relations", .array(relations.map { relation in
            .object([("id", .string(relation.id)), ("kind", .string(relation.kind)),
                     ("source", .string(relation.source)), ("target", .string(relation.target)),
                     ("start", .optional(relation.start?.description)), ("end", .optional(relation.end?.description)),
                     ("directed", .bool(graph.kind(of: relation).directed))])
        })))
        return .object(members)
    }

    /// The active relations as a CSV edge list that ``CSVEdgeListReader`` reads back.
    public func csvText() -> String {
        var text = CSVField.row(["id", "source", "target", "kind", "start", "end", "weight", "secret", "note", "citations"])
        for relation in relations {
            text += CSVField.row([
                relation.id, relation.source, relation.target, relation.kind,
                relation.start?.description ?? "", relation.end?.description ?? "",
                relation.weight.map { "\($0)" } ?? "", relation.secret ? "true" : "",
                relation.note ?? "", ListText.encode(relation.citations),
            ])
        }
        return text
    }

    /// A plain-text listing for reading in a terminal.
    public func plainText() -> String {
        let when = isSingleDay ? "on \(span.first)" : "from \(span.first) to \(span.last)"
        var text = "\(graph.title ?? "Graph") \(when) (\(certainty.rawValue) active): "
            + "\(actorPositions.count) actors, \(relationPositions.count) relations\n"
        for relation in relations {
            let kind = graph.kind(of: relation)
            let arrow = kind.directed ? "->" : "--"
            let dates = "\(relation.start?.description ?? "..") / \(relation.end?.description ?? "..")"
            text += "  \(relation.source) \(arrow) \(relation.target)  \(relation.kind)  [\(dates)]"
                + (relation.secret ? "  (secret)" : "") + "\n"
        }
        return text
    }
}
