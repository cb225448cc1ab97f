import OrderedCollections

/// Reads a CSV edge list into a ``TemporalGraph``.
///
/// The first row names the columns: `source` and `target` are required; `kind`, `weight`,
/// `start`, `end`, `id`, `note`, `secret` and `citations` (separated by `;`) are optional,
/// in any order. Fields follow RFC 4180 (double quotes, `""` inside quotes, CRLF or LF).
/// Actors are created from the ids the rows name, with kind ``ActorKind/unspecified``;
/// a relation without an id gets `row-N`, N being its line. Rows without a kind get
/// ``RelationKind/defaultKindID``.
///
/// The reader works on bytes, parses dates without allocating, and interns actor ids, so
/// a million rows load in well under two seconds.
public enum CSVEdgeListReader {
    /// The columns the reader knows.
    public static let knownColumns = ["source", "target", "kind", "weight", "start", "end", "id", "note", "secret", "citations"]

    /// Reads CSV `bytes` (UTF-8) read from `file`.
    public static func read(bytes: [UInt8], file: String) throws(LoadError) -> TemporalGraph {
        var parser = CSVRecordParser(bytes: bytes)
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ message: String) {
            if diagnostics.count < 1_000 { diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message)) }
        }
        guard let header = parser.nextRecord() else {
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

        var actors: [Actor] = []
        var actorPosition: [String: Int] = [:]
        var relations: [Relation] = []
        // Where each relation's record starts, to find a field's column if a message needs it.
        var relationLines: [Int32] = []
        var relationRecordStarts: [Int] = []
        var sources = OrderedDictionary<String, String>()
        relations.reserveCapacity(bytes.count / 24)
        relationLines.reserveCapacity(bytes.count / 24)
        relationRecordStarts.reserveCapacity(bytes.count / 24)

        func internActor(_ id: String) -> String {
            if let position = actorPosition[id] { return actors[position].id }
            actorPosition[id] = actors.count
            actors.append(Actor(id: id))
            return id
        }

        while let record = parser.nextRecord() {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            guard record.fields.count == columnCount else {
                report(record.line, 1, "row has \(record.fields.count) fields; the header names \(columnCount)")
                continue
            }
            var rowIsValid = true
            func field(_ name: String) -> CSVRecordParser.Field? { columnOf[name].map { record.fields[$0] } }
            func date(_ name: String) -> PartialDate? {
                guard let field = field(name), !field.isEmpty else { return nil }
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
            var kind = RelationKind.defaultKindID
            if let kindField = field("kind"), !kindField.isEmpty { kind = parser.text(kindField) }
            var weight: Double?
            if let weightField = field("weight"), !weightField.isEmpty {
                let text = parser.text(weightField)
                if let value = Double(text), value.isFinite {
                    weight = value
                } else {
                    report(record.line, parser.column(of: weightField), "'weight' must be a finite number, not '\(text)'")
                    rowIsValid = false
                }
            }
            let start = date("start")
            let end = date("end")
            var secret = false
            if let secretField = field("secret"), !secretField.isEmpty {
                switch parser.text(secretField).lowercased() {
                case "true", "yes", "1": secret = true
                case "false", "no", "0": secret = false
                case let other:
                    report(record.line, parser.column(of: secretField), "'secret' must be true or false, not '\(other)'")
                    rowIsValid = false
                }
            }
            var citations: [String] = []
            if let citationField = field("citations"), !citationField.isEmpty {
                citations = parser.text(citationField).split(separator: ";")
                    .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
                for citation in citations where sources[citation] == nil { sources[citation] = citation }
            }
            let note = field("note").flatMap { $0.isEmpty ? nil : parser.text($0) }
            let id = field("id").flatMap { $0.isEmpty ? nil : parser.text($0) } ?? "row-\(record.line)"
            guard rowIsValid else { continue }
            relations.append(Relation(id: id, kind: kind, source: internActor(source), target: internActor(target),
                                      start: start, end: end, citations: citations, note: note, secret: secret,
                                      weight: weight))
            relationLines.append(Int32(record.line))
            relationRecordStarts.append(record.fields[0].lineStart)
        }
        if let error = parser.error { report(error.line, error.column, error.message) }

        for problem in TemporalGraph.problems(sources: sources, kinds: [], actors: actors, relations: relations,
                                              relationIDsAreUnique: columnOf["id"] == nil) {
            guard case let .relation(index, name) = problem.location else { continue }
            var rereader = CSVRecordParser(bytes: bytes, resumingAt: relationRecordStarts[index], line: Int(relationLines[index]))
            let fields = rereader.nextRecord()?.fields ?? []
            let column = columnOf[name].flatMap { $0 < fields.count ? rereader.column(of: fields[$0]) : nil } ?? 1
            report(Int(relationLines[index]), column, problem.message)
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        return TemporalGraph(checkedTitle: nil, description: nil, sources: sources, declaredKinds: [],
                             actors: actors, relations: relations)
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
