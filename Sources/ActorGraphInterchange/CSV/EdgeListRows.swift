import ActorGraph
import OrderedCollections

/// The relations of a CSV edge list read row by row, for the one case
/// ``CSVEdgeListReader`` cannot take: relations whose kinds a kind table declares (it
/// knows the built-in kinds only). Columns and rules are the same: `source` and `target`
/// required; `kind`, `weight`, `start`, `end`, `id`, `note`, `secret`, `citations`
/// optional; a relation without an id gets `row-N`.
struct EdgeListRows {
    var relations: [Relation] = []
    var lines: [Int] = []
    var columns: [[String: Int]] = []
    var sources = OrderedDictionary<String, String>()

    init(bytes: [UInt8], file: String) throws(LoadError) {
        let table = try CSVTable(bytes: bytes, file: file)
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ message: String) {
            if diagnostics.count < 1_000 { diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message)) }
        }
        guard let header = table.rows.first else {
            throw LoadError([Diagnostic(file: file, line: 1, column: 1,
                                        message: "the file is empty; expected a header row naming source and target columns")])
        }
        let known = CSVEdgeListReader.knownColumns
        var index: [String: Int] = [:]
        for (position, field) in header.fields.enumerated() {
            let name = field.trimmingCharacters(in: .whitespaces).lowercased()
            if !known.contains(name) {
                report(header.line, header.columns[position], "unknown column '\(name)'; expected \(known.joined(separator: ", "))")
            } else if index[name] != nil {
                report(header.line, header.columns[position], "column '\(name)' appears twice")
            } else {
                index[name] = position
            }
        }
        for required in ["source", "target"] where index[required] == nil {
            report(header.line, 1, "the header names no '\(required)' column")
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        for row in table.rows.dropFirst() {
            guard row.fields.count == header.fields.count else {
                report(row.line, 1, "row has \(row.fields.count) fields; the header names \(header.fields.count)")
                continue
            }
            var rowIsValid = true
            func field(_ name: String) -> (text: String, column: Int)? {
                guard let position = index[name], !row.fields[position].isEmpty else { return nil }
                return (row.fields[position], row.columns[position])
            }
            func date(_ name: String) -> PartialDate? {
                guard let value = field(name) else { return nil }
                do {
                    return try PartialDate(parsing: value.text)
                } catch {
                    report(row.line, value.column + error.offset, "'\(name)': \(error.message)")
                    rowIsValid = false
                    return nil
                }
            }
            guard let source = field("source")?.text, let target = field("target")?.text else {
                report(row.line, 1, "empty source or target")
                continue
            }
            var weight: Double?
            if let value = field("weight") {
                if let number = Double(value.text), number.isFinite { weight = number } else {
                    report(row.line, value.column, "'weight' must be a finite number, not '\(value.text)'")
                    rowIsValid = false
                }
            }
            var secret = false
            if let value = field("secret") {
                switch value.text.lowercased() {
                case "true", "yes", "1": secret = true
                case "false", "no", "0": secret = false
                default:
                    report(row.line, value.column, "'secret' must be true or false, not '\(value.text)'")
                    rowIsValid = false
                }
            }
            let start = date("start")
            let end = date("end")
            let citations = field("citations").map { ListText.decode($0.text) } ?? []
            for citation in citations where sources[citation] == nil { sources[citation] = citation }
            guard rowIsValid else { continue }
            relations.append(Relation(id: field("id")?.text ?? "row-\(row.line)",
                                      kind: field("kind")?.text ?? RelationKind.defaultKindID, source: source,
                                      target: target, start: start, end: end, citations: citations,
                                      note: field("note")?.text, secret: secret, weight: weight))
            lines.append(row.line)
            columns.append(index.mapValues { row.columns[$0] })
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
    }
}
