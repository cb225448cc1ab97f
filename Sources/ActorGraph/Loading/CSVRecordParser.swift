/// Splits CSV bytes into records and fields (RFC 4180), tracking lines and columns,
/// without copying a field until it is asked for.
struct CSVRecordParser {
    /// A field's location in the bytes.
    struct Field {
        /// Byte range of the content (quotes excluded).
        var start: Int
        var end: Int
        /// Whether the field was quoted and may contain `""` pairs to fold.
        var quoted: Bool
        /// 1-based column of the field's first character.
        var column: Int

        var isEmpty: Bool { start == end && !quoted }
    }

    /// One record: its fields and the line it starts on.
    struct Record {
        var fields: [Field]
        var line: Int
    }

    /// A syntax error that stopped parsing.
    struct SyntaxError {
        var line: Int
        var column: Int
        var message: String
    }

    let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private(set) var error: SyntaxError?
    private var fields: [Field] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark is not part of the first column's name.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            offset = 3
            lineStart = 3
        }
    }

    private func column(at position: Int) -> Int {
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        var count = 1
        var index = lineStart
        while index < position {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The next record, or nil at the end of input or after a syntax error.
    mutating func nextRecord() -> Record? {
        if offset >= bytes.count || error != nil { return nil }
        let recordLine = line
        fields.removeAll(keepingCapacity: true)
        return bytes.withUnsafeBufferPointer { buffer -> Record? in
            let count = buffer.count
            while true {
                let fieldColumn = column(at: offset)
                if offset < count, buffer[offset] == UInt8(ascii: "\"") {
                    let openLine = line
                    offset += 1
                    let start = offset
                    while true {
                        guard offset < count else {
                            error = SyntaxError(line: openLine, column: fieldColumn, message: "unterminated quoted field")
                            return nil
                        }
                        let byte = buffer[offset]
                        if byte == UInt8(ascii: "\"") {
                            if offset + 1 < count, buffer[offset + 1] == UInt8(ascii: "\"") { offset += 2; continue }
                            break
                        }
                        if byte == UInt8(ascii: "\n") { line += 1; lineStart = offset + 1 }
                        offset += 1
                    }
                    fields.append(Field(start: start, end: offset, quoted: true, column: fieldColumn))
                    offset += 1
                    if offset < count, buffer[offset] != UInt8(ascii: ","), buffer[offset] != UInt8(ascii: "\n"),
                       buffer[offset] != UInt8(ascii: "\r") {
                        error = SyntaxError(line: line, column: column(at: offset),
                                            message: "unexpected character after a closing quote; expected ',' or the end of the line")
                        return nil
                    }
                } else {
                    let start = offset
                    while offset < count {
                        let byte = buffer[offset]
                        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                        offset += 1
                    }
                    fields.append(Field(start: start, end: offset, quoted: false, column: fieldColumn))
                }
                if offset < count, buffer[offset] == UInt8(ascii: ",") {
                    offset += 1
                    continue
                }
                if offset < count, buffer[offset] == UInt8(ascii: "\r") { offset += 1 }
                if offset < count, buffer[offset] == UInt8(ascii: "\n") { offset += 1 }
                line += 1
                lineStart = offset
                return Record(fields: fields, line: recordLine)
            }
        }
    }

    /// The field's text, with `""` folded to `"` in quoted fields.
    func text(_ field: Field) -> String {
        let slice = bytes[field.start..<field.end]
        if field.quoted, slice.contains(UInt8(ascii: "\"")) {
            var folded: [UInt8] = []
            var index = field.start
            while index < field.end {
                folded.append(bytes[index])
                index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
            }
            return String(decoding: folded, as: UTF8.self)
        }
        return String(decoding: slice, as: UTF8.self)
    }

    /// Parses the field as a partial date straight from the bytes.
    func date(_ field: Field) -> Result<PartialDate, PartialDateError> {
        bytes.withUnsafeBufferPointer { buffer in
            PartialDate.parse(bytes: UnsafeBufferPointer(rebasing: buffer[field.start..<field.end]))
        }
    }
}
