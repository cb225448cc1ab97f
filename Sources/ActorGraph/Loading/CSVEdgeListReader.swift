import OrderedCollections

/// Reads the rows of a CSV edge list; ``CSVGraphFiles`` checks them with the tables beside
/// the file and builds the graph, so every entry point reads a `.csv` the same way.
///
/// The first row names the columns: `source` and `target` are required; `kind`, `weight`,
/// `start`, `end` (date expressions), `id`, `note`, `secret` (true, false or the date the
/// secret ended), `citations` (a ``ListText``: separated by `;`) and `evidence` (a JSON list of
/// `{source, pages, quote}`) are optional,
/// in any order. Fields follow RFC 4180 (double quotes, `""` inside quotes, CRLF or LF).
/// Actors are created from the ids the rows name, with kind ``ActorKind/unspecified``;
/// a relation without an id gets `row-N`, N being its line. Rows without a kind get
/// ``RelationKind/defaultKindID``.
///
/// The reader works on bytes, parses dates without allocating, and interns actor ids, so
/// a million rows load in well under two seconds.
package enum CSVEdgeListReader {
    /// The columns the reader knows.
    package static let knownColumns = ["source", "target", "kind", "weight", "start", "end", "id", "note", "secret", "citations",
                                       "evidence"]

    /// Reads the rows of a CSV edge list into relations, checking each field but not yet the
    /// references between them (kinds, actors): for callers that bring their own actor or
    /// kind tables. Throws for a broken header or CSV syntax; rows with bad fields are left
    /// out and described in ``CSVEdgeList/rowDiagnostics``, so that a caller can report
    /// them together with the reference problems.
    package static func readEdgeList(bytes: [UInt8], file: String,
                                     limits: ReadLimits = ReadLimits()) throws(LoadError) -> CSVEdgeList {
        try UTF8Validation.check(bytes, file: file)
        var parser = CSVRecordParser(bytes: bytes, limits: limits)
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ message: String) {
            if diagnostics.count < 1_000 { diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message)) }
        }
        guard let header = parser.nextRecord() else {
            if let error = parser.error {
                throw LoadError([Diagnostic(file: file, line: error.line, column: error.column, message: error.message)])
            }
            throw LoadError([Diagnostic(file: file, line: 1, column: 1,
                                        message: "the file is empty; expected a header row naming source and target columns")])
        }
        var columnOf: [String: Int] = [:]
        for (index, field) in header.fields.enumerated() {
            let name = parser.text(field).trimmingSpaces().lowercased()
            if !knownColumns.contains(name) {
                report(header.line, parser.column(of: field), "unknown column '\(name)'; expected \(knownColumns.joined(separator: ", "))")
            } else if columnOf[name] != nil {
                report(header.line, parser.column(of: field), "column '\(name)' appears twice")
            } else {
                columnOf[name] = index
            }
        }
        for required in ["source", "target"] where columnOf[required] == nil {
            report(header.line, 1, "the header names no '\(required)' column")
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        let sourceColumn = columnOf["source"] ?? 0
        let targetColumn = columnOf["target"] ?? 1
        let columnCount = header.fields.count
        // Each column's index looked up once, not once a row.
        let kindColumn = columnOf["kind"], weightColumn = columnOf["weight"], startColumn = columnOf["start"]
        let endColumn = columnOf["end"], idColumn = columnOf["id"], noteColumn = columnOf["note"]
        let secretColumn = columnOf["secret"], citationsColumn = columnOf["citations"], evidenceColumn = columnOf["evidence"]

        var edgeList = CSVEdgeList(file: file, bytes: bytes, columnOf: columnOf)
        var actorIDs: [String: String] = [:]
        let expectedRows = bytes.count / 24
        edgeList.relations.reserveCapacity(expectedRows)
        edgeList.lines.reserveCapacity(expectedRows)
        edgeList.recordStarts.reserveCapacity(expectedRows)

        // One stored copy of each actor id, shared by every relation that names it.
        func internActor(_ id: String) -> String {
            if let stored = actorIDs[id] { return stored }
            actorIDs[id] = id
            edgeList.actorIDs.append(id)
            return id
        }

        while let record = parser.nextRecord() {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            guard record.fields.count == columnCount else {
                report(record.line, 1, "row has \(record.fields.count) fields; the header names \(columnCount)")
                continue
            }
            var rowIsValid = true
            func field(_ column: Int?) -> CSVRecordParser.Field? {
                column.flatMap { record.fields[$0].isEmpty ? nil : record.fields[$0] }
            }
            func date(_ name: String, _ given: CSVRecordParser.Field?) -> DateExpression? {
                guard let field = given else { return nil }
                switch parser.date(field) {
                case let .success(date): return date
                case let .failure(error):
                    report(record.line, parser.column(of: field, contentOffset: error.offset), "'\(name)': \(error.message)")
                    rowIsValid = false
                    return nil
                }
            }
            let sourceField = record.fields[sourceColumn]
            let targetField = record.fields[targetColumn]
            let source = parser.text(sourceField)
            let target = parser.text(targetField)
            if source.isEmpty { report(record.line, parser.column(of: sourceField), "empty source"); rowIsValid = false }
            if target.isEmpty { report(record.line, parser.column(of: targetField), "empty target"); rowIsValid = false }
            func refuseLineBreak(_ name: String, _ text: String, _ cell: CSVRecordParser.Field) {
                guard IdentifierText.holdsLineBreak(text) else { return }
                report(record.line, parser.column(of: cell),
                       "'\(name)' \(IdentifierText.quoted(text)) holds a line break; an id is one line of text")
                rowIsValid = false
            }
            refuseLineBreak("source", source, sourceField)
            refuseLineBreak("target", target, targetField)
            let kind = field(kindColumn).map { parser.text($0) } ?? RelationKind.defaultKindID
            var weight: Double?
            if let weightField = field(weightColumn) {
                let text = parser.text(weightField)
                if let value = Double(text), value.isFinite {
                    weight = value
                } else {
                    report(record.line, parser.column(of: weightField), "'weight' must be a finite number, not '\(text)'")
                    rowIsValid = false
                }
            }
            let start = date("start", field(startColumn))
            let end = date("end", field(endColumn))
            var secret = false
            var secretUntil: DateExpression?
            if let secretField = field(secretColumn) {
                if let flag = BooleanText.value(parser.text(secretField)) {
                    secret = flag
                } else {
                    secretUntil = date("secret", secretField)
                }
            }
            let citations = field(citationsColumn).map { ListText.decode(parser.text($0)) } ?? []
            for citation in citations where edgeList.sources[citation] == nil { edgeList.sources[citation] = citation }
            var evidence: [Evidence] = []
            if let evidenceField = field(evidenceColumn) {
                if let list = Evidence.list(jsonText: parser.text(evidenceField)) {
                    evidence = list
                    for entry in list where edgeList.sources[entry.source] == nil { edgeList.sources[entry.source] = entry.source }
                } else {
                    report(record.line, parser.column(of: evidenceField),
                           "'evidence' must be a JSON list of {\"source\", \"pages\", \"quote\"} objects")
                    rowIsValid = false
                }
            }
            let note = field(noteColumn).map { parser.text($0) }
            let id = field(idColumn).map { parser.text($0) } ?? "row-\(record.line)"
            if let idField = field(idColumn) { refuseLineBreak("id", id, idField) }
            guard rowIsValid else { continue }
            edgeList.relations.append(Relation(id: id, kind: kind, source: internActor(source), target: internActor(target),
                                               start: start, end: end, citations: citations, evidence: evidence,
                                               note: note, secret: secret,
                                               secretUntil: secretUntil, weight: weight))
            edgeList.lines.append(Int32(record.line))
            edgeList.recordStarts.append(record.fields[0].lineStart)
        }
        if let error = parser.error {
            report(error.line, error.column, error.message)
            throw LoadError(diagnostics)
        }
        edgeList.rowDiagnostics = diagnostics
        return edgeList
    }
}

extension String {
    func trimmingSpaces() -> String {
        let character: Character = " "
        var slice = Substring(self)
        while slice.first == character { slice.removeFirst() }
        while slice.last == character { slice.removeLast() }
        return String(slice)
    }
}
