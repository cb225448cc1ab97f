import OrderedCollections

/// The relations read from a CSV edge list, before they are checked against actors and
/// kinds, with what is needed to point a message at any of their fields.
package struct CSVEdgeList: Sendable {
    /// The file the rows came from, as named in messages.
    package let file: String
    /// The relations, one a valid row, in file order.
    package internal(set) var relations: [Relation] = []
    /// The actor ids the rows name, in order of first appearance.
    package internal(set) var actorIDs: [String] = []
    /// Citation keys the rows use, each standing for itself.
    package internal(set) var sources = OrderedDictionary<String, String>()
    /// Rows left out for a bad field (an empty end, a malformed date or weight, a wrong field count).
    package internal(set) var rowDiagnostics: [Diagnostic] = []
    /// Whether the header has an `id` column (otherwise ids are `row-N` and unique).
    package var hasIDColumn: Bool { columnOf["id"] != nil }

    let bytes: [UInt8]
    let columnOf: [String: Int]
    /// The line and first byte of each relation's row.
    var lines: [Int32] = []
    var recordStarts: [Int] = []

    init(file: String, bytes: [UInt8], columnOf: [String: Int]) {
        self.file = file
        self.bytes = bytes
        self.columnOf = columnOf
    }

    /// Where the field named `field` of relation `index` is written; the row's first column
    /// for a field the header does not have. Re-reads that one row, so it costs nothing
    /// until a message needs it.
    package func position(ofRelation index: Int, field: String, offset: Int = 0) -> SourcePosition {
        let line = Int(lines[index])
        // The row was read once within the limits; re-reading it needs none.
        var rereader = CSVRecordParser(bytes: bytes, resumingAt: recordStarts[index], line: line,
                                       limits: ReadLimits(valueBytes: .max))
        let fields = rereader.nextRecord()?.fields ?? []
        let column = columnOf[field].flatMap {
            $0 < fields.count ? rereader.column(of: fields[$0], contentOffset: offset) : nil
        } ?? 1
        return SourcePosition(line: line, column: column)
    }

    /// The line of each relation's start, end and secrecy date (three entries a relation),
    /// or empty when no relation has a relative date, which is when the lines matter.
    package var dateLines: [Int32] {
        guard relations.contains(where: \.hasRelativeDates) else { return [] }
        var dateLines: [Int32] = []
        dateLines.reserveCapacity(lines.count * 3)
        for line in lines { dateLines.append(contentsOf: repeatElement(line, count: 3)) }
        return dateLines
    }
}
