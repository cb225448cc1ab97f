import Foundation

/// A CSV table of actors (`nodes.csv`) that goes beside a CSV edge list and gives actors
/// their names, kinds, `partOf`, groups, aliases and notes, and actors without relations a place.
///
/// Columns: `id` (required), `name`, `kind`, `partOf`, `group`, `aliases` (a list: separated by `;`),
/// `note`, in any order.
public enum NodeTable {
    /// The columns of a node table, in the order the writer puts them.
    public static let columns = ["id", "name", "kind", "partOf", "group", "aliases", "note"]

    /// Reads a node table.
    package static func read(bytes: [UInt8], file: String, limits: ReadLimits = ReadLimits()) throws(LoadError) -> [TableRow<Actor>] {
        let table = try CSVTable(bytes: bytes, file: file, limits: limits)
        if table.rows.isEmpty {
            throw LoadError([Diagnostic(file: file, line: 1, column: 1,
                                        message: "the node table is empty; expected a header row with an 'id' column")])
        }
        return try table.rows(known: columns, required: ["id"], file: file) { field, report in
            guard let id = field["id"]?.text else {
                report(field.positions["id"].map { field.row.columns[$0] } ?? 1, "empty actor id")
                return nil
            }
            return Actor(id: id, name: field["name"]?.text, kind: field["kind"]?.text ?? ActorKind.unspecified,
                         partOf: field["partOf"]?.text, group: field["group"]?.text,
                         aliases: field["aliases"].map { ListText.decode($0.text) } ?? [],
                         note: field["note"]?.text)
        }
    }
}
