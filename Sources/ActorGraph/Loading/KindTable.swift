import Foundation

/// A CSV table of relation kinds (`kinds.csv`) that goes beside a CSV edge list whose
/// relations use kinds that are not built in.
///
/// Columns: `id`, `label`, `directed`, `tone`, `cameo`, `goldstein`, as in the `kinds`
/// list of a graph file.
public enum KindTable {
    /// The columns of a kind table.
    public static let columns = ["id", "label", "directed", "tone", "cameo", "goldstein"]

    /// A kind read from a table, with the line and column of each of its fields.
    package struct Row {
        package var kind: RelationKind
        package var line: Int
        package var columns: [String: Int]
    }

    /// Reads a kind table.
    package static func read(bytes: [UInt8], file: String) throws(LoadError) -> [Row] {
        let table = try CSVTable(bytes: bytes, file: file)
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
        }
        guard let header = table.rows.first else { return [] }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            if !columns.contains(name) {
                report(header.line, header.columns[position], "unknown column '\(name)'; expected \(columns.joined(separator: ", "))")
            }
            index[name] = position
        }
        for required in ["id", "tone", "goldstein"] where index[required] == nil {
            report(header.line, 1, "the header names no '\(required)' column")
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        var kinds: [Row] = []
        for row in table.rows.dropFirst() {
            guard row.fields.count == header.fields.count else {
                report(row.line, 1, "row has \(row.fields.count) fields; the header names \(header.fields.count)")
                continue
            }
            func field(_ name: String) -> (text: String, column: Int)? {
                guard let position = index[name], !row.fields[position].isEmpty else { return nil }
                return (row.fields[position], row.columns[position])
            }
            guard let id = field("id")?.text else { report(row.line, 1, "empty kind id"); continue }
            guard let toneField = field("tone"), let tone = Tone(rawValue: toneField.text) else {
                report(row.line, field("tone")?.column ?? 1, "'tone' must be cooperative, neutral or conflictual")
                continue
            }
            guard let goldsteinField = field("goldstein"), let goldstein = Double(goldsteinField.text), goldstein.isFinite else {
                report(row.line, field("goldstein")?.column ?? 1, "'goldstein' must be a finite number")
                continue
            }
            var directed = true
            if let directedField = field("directed") {
                guard let flag = BooleanText.value(directedField.text) else {
                    report(row.line, directedField.column, "'directed' must be true or false, not '\(directedField.text)'")
                    continue
                }
                directed = flag
            }
            kinds.append(Row(kind: RelationKind(id: id, label: field("label")?.text, directed: directed, tone: tone,
                                                cameoCode: field("cameo")?.text, goldstein: goldstein),
                             line: row.line, columns: index.mapValues { row.columns[$0] }))
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        return kinds
    }
}
