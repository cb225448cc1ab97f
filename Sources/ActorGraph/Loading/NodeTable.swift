import Foundation

/// A CSV table of actors (`nodes.csv`) that goes beside a CSV edge list and gives actors
/// their names, kinds, `partOf`, groups, aliases and notes, and actors without relations a place.
///
/// Columns: `id` (required), `name`, `kind`, `partOf`, `group`, `aliases` (see ``ListText``),
/// `note`, in any order.
public enum NodeTable {
    /// The columns of a node table, in the order the writer puts them.
    public static let columns = ["id", "name", "kind", "partOf", "group", "aliases", "note"]

    /// An actor read from a table, with the line and column of each of its fields.
    package struct Row {
        package var actor: Actor
        package var line: Int
        package var columns: [String: Int]
    }

    /// Reads a node table.
    package static func read(bytes: [UInt8], file: String) throws(LoadError) -> [Row] {
        let table = try CSVTable(bytes: bytes, file: file)
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int, _ column: Int, _ message: String) {
            if diagnostics.count < 1_000 { diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message)) }
        }
        guard let header = table.rows.first else {
            throw LoadError([Diagnostic(file: file, line: 1, column: 1,
                                        message: "the node table is empty; expected a header row with an 'id' column")])
        }
        var index: [String: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            let canonical = columns.first { $0.lowercased() == trimmed.lowercased() }
            if let canonical {
                if index[canonical] != nil {
                    report(header.line, header.columns[position], "column '\(trimmed)' appears twice")
                }
                index[canonical] = position
            } else {
                report(header.line, header.columns[position],
                       "unknown column '\(trimmed)'; expected \(columns.joined(separator: ", "))")
            }
        }
        if index["id"] == nil { report(header.line, 1, "the header names no 'id' column") }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        var rows: [Row] = []
        for row in table.rows.dropFirst() {
            guard row.fields.count == header.fields.count else {
                report(row.line, 1, "row has \(row.fields.count) fields; the header names \(header.fields.count)")
                continue
            }
            func field(_ name: String) -> String? {
                index[name].map { row.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            }
            guard let id = field("id") else {
                report(row.line, index["id"].map { row.columns[$0] } ?? 1, "empty actor id")
                continue
            }
            let actor = Actor(id: id, name: field("name"), kind: field("kind") ?? ActorKind.unspecified,
                              partOf: field("partOf"), group: field("group"), aliases: field("aliases").map(ListText.decode) ?? [],
                              note: field("note"))
            rows.append(Row(actor: actor, line: row.line, columns: index.mapValues { row.columns[$0] }))
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        return rows
    }
}
