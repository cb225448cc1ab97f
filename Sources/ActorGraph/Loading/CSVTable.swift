/// The rows of a CSV file (RFC 4180) with the line and column of every field, for readers
/// of other tables than edge lists (a node table beside an edge list).
///
/// It splits with the same parser as ``CSVEdgeListReader``, so quoting, line ends and the
/// byte order mark are handled alike.
///
/// ```swift
/// let table = try CSVTable(bytes: Array("id,name\nru,Russia\n".utf8), file: "nodes.csv")
/// table.rows[1].fields   // ["ru", "Russia"]
/// ```
package struct CSVTable: Sendable {
    /// One record of the file.
    package struct Row: Sendable {
        /// The line the record starts on, from 1.
        package var line: Int
        /// The fields' text, quotes removed and `""` folded.
        package var fields: [String]
        /// The column of each field's first character, from 1.
        package var columns: [Int]
    }

    /// Every record, the header first; blank lines are left out.
    package let rows: [Row]

    /// Splits CSV `bytes` (UTF-8) read from `file`.
    ///
    /// - Throws: ``LoadError`` with the position of a syntax error (an unterminated quote,
    ///   text after a closing quote).
    package init(bytes: [UInt8], file: String, limits: ReadLimits = ReadLimits()) throws(LoadError) {
        try UTF8Validation.check(bytes, file: file)
        var parser = CSVRecordParser(bytes: bytes, limits: limits)
        var rows: [Row] = []
        while let record = parser.nextRecord() {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            rows.append(Row(line: record.line, fields: record.fields.map { parser.text($0) },
                            columns: record.fields.map { parser.column(of: $0) }))
        }
        if let error = parser.error {
            throw LoadError([Diagnostic(file: file, line: error.line, column: error.column, message: error.message)])
        }
        self.rows = rows
    }
}
