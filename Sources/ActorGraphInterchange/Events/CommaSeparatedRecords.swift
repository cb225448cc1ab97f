import Foundation

/// Splits a chunk of a comma-separated file into records on raw bytes, as RFC 4180 reads
/// it: a field in double quotes may hold commas, line ends and doubled quotes (`""` is one
/// `"`). Every double quote switches between inside and outside quotes, the rule
/// ``EventChunkReader`` cuts chunks by, so records never straddle two chunks. LF or CRLF
/// ends a record outside quotes.
///
/// The fields of the record being read are kept as byte ranges into the chunk when they
/// hold no quotes, and copied unquoted into storage reused from record to record when
/// they do; each knows the line and column where it starts.
struct CommaSeparatedRecords {
    private var starts: [Int] = []
    private var ends: [Int] = []
    /// Whether field `i` is in ``unquoted`` (true) or in the chunk (false).
    private var copied: [Bool] = []
    /// Where each field starts in the chunk, and the line (from 0) and line start it is on.
    private var origins: [Int] = []
    private var lines: [Int] = []
    private var lineStarts: [Int] = []
    private var unquoted: [UInt8] = []
    private var chunk = UnsafeRawBufferPointer(start: nil, count: 0)
    /// The line of the chunk (from 0) the record starts on.
    private(set) var line = 0
    /// Whether the last record ended inside quotes (at the end of the chunk).
    private(set) var unclosedQuote = false

    /// Calls `body` with each non-empty record of `chunk`; returns the number of lines in
    /// it (line ends inside quotes included).
    mutating func forEach(in chunk: UnsafeRawBufferPointer, _ body: (inout CommaSeparatedRecords) -> Void) -> Int {
        self.chunk = chunk
        guard let base = chunk.baseAddress, chunk.count > 0 else { return 0 }
        var position = 0
        var lineNumber = 0
        var lineStart = 0
        while position < chunk.count {
            line = lineNumber
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            copied.removeAll(keepingCapacity: true)
            origins.removeAll(keepingCapacity: true)
            lines.removeAll(keepingCapacity: true)
            lineStarts.removeAll(keepingCapacity: true)
            unquoted.removeAll(keepingCapacity: true)
            unclosedQuote = false
            var inside = false
            var fieldStart = position
            var fieldHasQuote = false
            var copyStart = 0
            var recordEnded = false
            func beginField(at offset: Int) {
                fieldStart = offset
                fieldHasQuote = false
                origins.append(offset)
                lines.append(lineNumber)
                lineStarts.append(lineStart)
            }
            func endField(at offset: Int) {
                if fieldHasQuote {
                    starts.append(copyStart)
                    ends.append(unquoted.count)
                    copied.append(true)
                } else {
                    starts.append(fieldStart)
                    ends.append(offset)
                    copied.append(false)
                }
            }
            beginField(at: position)
            while position < chunk.count {
                let byte = base.load(fromByteOffset: position, as: UInt8.self)
                if byte == 0x22 {
                    if !fieldHasQuote {
                        fieldHasQuote = true
                        copyStart = unquoted.count
                        unquoted.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[fieldStart..<position]))
                    } else if inside, position + 1 < chunk.count, chunk[position + 1] == 0x22 {
                        unquoted.append(0x22)
                        position += 2
                        continue
                    }
                    inside.toggle()
                    position += 1
                    continue
                }
                if !inside, byte == 0x2C {
                    endField(at: position)
                    position += 1
                    beginField(at: position)
                    continue
                }
                if byte == 0x0A {
                    lineNumber += 1
                    lineStart = position + 1
                    if !inside {
                        var end = position
                        if end > fieldStart, chunk[end - 1] == 0x0D, !fieldHasQuote { end -= 1 }
                        if fieldHasQuote, unquoted.count > copyStart, unquoted.last == 0x0D { unquoted.removeLast() }
                        endField(at: end)
                        position += 1
                        recordEnded = true
                        break
                    }
                }
                if fieldHasQuote { unquoted.append(byte) }
                position += 1
            }
            if !recordEnded {
                unclosedQuote = inside
                endField(at: position)
            }
            if starts.count > 1 || ends[0] > starts[0] || copied[0] { body(&self) }
        }
        return lineNumber + (chunk.last == 0x0A ? 0 : 1)
    }

    /// The number of fields in the record.
    var count: Int { starts.count }

    /// Calls `body` with the bytes of field `index`, trimmed of spaces.
    @inline(__always)
    func withField<Result>(_ index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        func trimmed(_ bytes: UnsafeRawBufferPointer) -> Result {
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == 0x20 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            return body(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        }
        if copied[index] {
            return unquoted.withUnsafeBytes { trimmed(UnsafeRawBufferPointer(rebasing: $0[starts[index]..<ends[index]])) }
        }
        return trimmed(UnsafeRawBufferPointer(rebasing: chunk[starts[index]..<ends[index]]))
    }

    /// Whether field `index` is valid UTF-8.
    func isUTF8(_ index: Int) -> Bool {
        withField(index) { bytes in bytes.allSatisfy { $0 < 0x80 } || String(validating: bytes, as: UTF8.self) != nil }
    }

    /// Field `index` as text, trimmed of spaces.
    func text(_ index: Int) -> String { withField(index) { String(decoding: $0, as: UTF8.self) } }

    /// The line of the chunk (from 0) and the 1-based character column where field `index` starts.
    func position(ofField index: Int) -> (line: Int, column: Int) {
        let lineStart = lineStarts[index]
        let line = UnsafeRawBufferPointer(rebasing: chunk[lineStart...])
        return (lines[index], EventLines.column(ofByte: origins[index] - lineStart, in: line))
    }
}
