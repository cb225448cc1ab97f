import ActorGraph

/// Where each field of each actor or relation read from a file was written, for the
/// messages of problems found once the whole graph is built.
///
/// Every row's fields share one flat list, each field named by a small number, so that a
/// graph of a million relations costs a few bytes per field rather than a dictionary per row.
struct FieldPositionTable {
    private struct Entry {
        var line: Int
        var column: Int32
        var field: UInt16
    }

    /// The field names met so far; an entry's `field` indexes this list.
    private var fieldNames: [String] = []
    /// Where each row's element starts: the position of any field not recorded.
    private var rowPositions: [SourcePosition] = []
    /// Row `i`'s entries are `entries[rowStarts[i]..<rowStarts[i + 1]]`.
    private var rowStarts: [Int] = [0]
    private var entries: [Entry] = []

    /// Records a row written at `position` whose fields were written where `values` say.
    mutating func append(row position: SourcePosition, values: LocatedValues) {
        rowPositions.append(position)
        for (name, value) in values.entries {
            guard let field = fieldNumber(name), let column = Int32(exactly: value.position.column) else { continue }
            entries.append(Entry(line: value.position.line, column: column, field: field))
        }
        rowStarts.append(entries.count)
    }

    /// Where field `name` of row `row` was written, or nil when the row has no such field.
    func recorded(row: Int, field name: String) -> SourcePosition? {
        guard row >= 0, row < rowPositions.count, let field = fieldNames.firstIndex(of: name) else { return nil }
        for entry in entries[rowStarts[row]..<rowStarts[row + 1]] where Int(entry.field) == field {
            return SourcePosition(line: entry.line, column: Int(entry.column))
        }
        return nil
    }

    /// Where field `name` of row `row` was written, or where the row starts when that field
    /// was not written.
    func position(row: Int, field name: String) -> SourcePosition {
        guard row >= 0, row < rowPositions.count else { return SourcePosition(line: 1, column: 1) }
        return recorded(row: row, field: name) ?? rowPositions[row]
    }

    private mutating func fieldNumber(_ name: String) -> UInt16? {
        if let index = fieldNames.firstIndex(of: name) { return UInt16(index) }
        guard fieldNames.count < Int(UInt16.max) else { return nil }
        fieldNames.append(name)
        return UInt16(fieldNames.count - 1)
    }
}
