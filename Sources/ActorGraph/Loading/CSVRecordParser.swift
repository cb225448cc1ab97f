/// Splits CSV bytes into records and fields (RFC 4180), without copying a field until it is
/// asked for. Columns are worked out only when a message needs one. A field or a whole
/// record longer than ``ReadLimits/valueBytes``, or a record of more than
/// ``maximumFields`` fields, stops parsing with a ``SyntaxError`` at its start: an
/// unterminated quote or a line of commas cannot make the reader hold the file many times over.
struct CSVRecordParser {
    /// The most fields one record may have: far past any real table's columns.
    static let maximumFields = 65_536

    /// A field's location in the bytes.
    struct Field {
        /// Byte range of the content (quotes excluded).
        var start: Int
        var end: Int
        /// Offset of the field's first byte (its opening quote, if quoted).
        var opening: Int
        /// Offset of the first byte of the line the field starts on.
        var lineStart: Int
        /// Whether the field was quoted and may contain `""` pairs to fold.
        var quoted: Bool

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
    private let valueBytes: Int
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private(set) var error: SyntaxError?
    private var fields: [Field] = []

    init(bytes: [UInt8], limits: ReadLimits = ReadLimits()) {
        self.bytes = bytes
        valueBytes = limits.valueBytes
        // A UTF-8 byte order mark is not part of the first column's name.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            offset = 3
            lineStart = 3
        }
    }

    /// A parser that starts at a record beginning at byte `offset` on line `line`.
    init(bytes: [UInt8], resumingAt offset: Int, line: Int, limits: ReadLimits = ReadLimits()) {
        self.bytes = bytes
        valueBytes = limits.valueBytes
        self.offset = offset
        self.lineStart = offset
        self.line = line
    }

    /// The 1-based column of a byte offset on the line starting at `lineStart`, counting
    /// characters rather than bytes (UTF-8 continuation bytes are skipped).
    func column(of position: Int, lineStart: Int) -> Int {
        var count = 1
        for index in lineStart..<min(position, bytes.count) where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The 1-based column where `field` starts.
    func column(of field: Field) -> Int { column(of: field.opening, lineStart: field.lineStart) }

    /// The 1-based column of a byte inside `field`'s content.
    func column(of field: Field, contentOffset: Int) -> Int {
        column(of: field.start + contentOffset, lineStart: field.lineStart)
    }

    /// The next record, or nil at the end of input or after a syntax error.
    mutating func nextRecord() -> Record? {
        if offset >= bytes.count || error != nil { return nil }
        let recordLine = line
        let recordStart = offset
        let recordLineStart = lineStart
        fields.removeAll(keepingCapacity: true)
        return bytes.withUnsafeBufferPointer { buffer -> Record? in
            let count = buffer.count
            while true {
                let opening = offset
                let fieldLineStart = lineStart
                if offset < count, buffer[offset] == UInt8(ascii: "\"") {
                    let openLine = line
                    offset += 1
                    let start = offset
                    while true {
                        guard offset < count else {
                            error = SyntaxError(line: openLine, column: column(of: opening, lineStart: fieldLineStart),
                                                message: "unterminated quoted field")
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
                    fields.append(Field(start: start, end: offset, opening: opening, lineStart: fieldLineStart, quoted: true))
                    offset += 1
                    if offset < count, buffer[offset] != UInt8(ascii: ","), buffer[offset] != UInt8(ascii: "\n"),
                       buffer[offset] != UInt8(ascii: "\r") {
                        error = SyntaxError(line: line, column: column(of: offset, lineStart: lineStart),
                                            message: "unexpected character after a closing quote; expected ',' or the end of the line")
                        return nil
                    }
                } else {
                    while offset < count {
                        let byte = buffer[offset]
                        if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                        offset += 1
                    }
                    fields.append(Field(start: opening, end: offset, opening: opening, lineStart: fieldLineStart, quoted: false))
                }
                if let field = fields.last, field.end - field.start > valueBytes {
                    error = SyntaxError(line: recordLine + lineBreaks(from: recordStart, to: field.opening),
                                        column: column(of: field), message: ReadLimits.valueMessage(
                                            "a field", bytes: field.end - field.start, limit: valueBytes))
                    return nil
                }
                if offset - recordStart > valueBytes || fields.count > Self.maximumFields {
                    error = SyntaxError(line: recordLine, column: column(of: recordStart, lineStart: recordLineStart),
                                        message: offset - recordStart > valueBytes
                                            ? "the record is over \(valueBytes) bytes long, the limit for one value"
                                            : "the record has more than \(Self.maximumFields) fields")
                    return nil
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

    /// How many line feeds lie between two offsets (a quoted field may hold some).
    private func lineBreaks(from start: Int, to end: Int) -> Int {
        bytes[start..<end].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    /// The field's text, with `""` folded to `"` in quoted fields.
    func text(_ field: Field) -> String {
        if field.quoted, bytes[field.start..<field.end].contains(UInt8(ascii: "\"")) {
            var folded: [UInt8] = []
            var index = field.start
            while index < field.end {
                folded.append(bytes[index])
                index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
            }
            return String(decoding: folded, as: UTF8.self)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[field.start..<field.end]), as: UTF8.self)
        }
    }

    /// Parses the field as a date expression straight from the bytes (level-1 dates
    /// without allocating).
    func date(_ field: Field) -> Result<DateExpression, DateExpressionError> {
        bytes.withUnsafeBufferPointer { buffer in
            DateExpression.parse(bytes: UnsafeBufferPointer(rebasing: buffer[field.start..<field.end]))
        }
    }
}
