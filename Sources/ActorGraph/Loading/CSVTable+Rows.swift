import Foundation

/// A value read from one row of a table, with the line and the column of each of its fields.
package struct TableRow<Value> {
    package var value: Value
    package var line: Int
    package var columns: [String: Int]
}

extension CSVTable {
    /// One row's non-empty fields by column name, with the column each starts at.
    package struct Fields {
        let row: Row
        let positions: [String: Int]

        /// The field of column `name`, or nil when the column is missing or the field empty.
        package subscript(name: String) -> (text: String, column: Int)? {
            guard let position = positions[name], !row.fields[position].isEmpty else { return nil }
            return (row.fields[position], row.columns[position])
        }

        /// The row's line.
        package var line: Int { row.line }
    }

    /// The rows after the header, each made into a value by `read`: the one reading of the
    /// tables that go beside an edge list.
    ///
    /// Header names match `known` whatever their letter case and surrounding spaces; an
    /// unknown or repeated name and a missing `required` one are errors at the header. A row
    /// with another number of fields than the header is an error at its line; `read` returns
    /// nil for a row it cannot use, after reporting why with `report(column, message)`.
    package func rows<Value>(known: [String], required: [String], file: String,
                             _ read: (Fields, _ report: (Int, String) -> Void) -> Value?) throws(LoadError) -> [TableRow<Value>] {
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ message: String) {
            if diagnostics.count < 1_000 { diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message)) }
        }
        guard let header = rows.first else { return [] }
        var positions: [String: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let canonical = known.first(where: { $0.lowercased() == trimmed.lowercased() }) else {
                report(header.line, header.columns[position], "unknown column '\(trimmed)'; expected \(known.joined(separator: ", "))")
                continue
            }
            if positions[canonical] != nil { report(header.line, header.columns[position], "column '\(trimmed)' appears twice") }
            positions[canonical] = position
        }
        for name in required where positions[name] == nil { report(header.line, 1, "the header names no '\(name)' column") }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        var values: [TableRow<Value>] = []
        for row in rows.dropFirst() {
            guard row.fields.count == header.fields.count else {
                report(row.line, 1, "row has \(row.fields.count) fields; the header names \(header.fields.count)")
                continue
            }
            let fields = Fields(row: row, positions: positions)
            if let value = read(fields, { report(row.line, $0, $1) }) {
                values.append(TableRow(value: value, line: row.line, columns: positions.mapValues { row.columns[$0] }))
            }
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        return values
    }
}
