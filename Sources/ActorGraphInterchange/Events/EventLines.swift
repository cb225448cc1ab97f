import Foundation

/// Splits a chunk of an event file into lines on raw bytes: LF or CRLF ends a line, the
/// last may lack its end.
enum EventLines {
    /// Calls `body` with each line (its end excluded) and its number within the chunk from 0;
    /// returns the number of lines.
    @inline(__always)
    static func forEach(in chunk: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer, Int) -> Void) -> Int {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return 0 }
        var start = 0
        var number = 0
        while start < chunk.count {
            let rest = chunk.count - start
            var end: Int
            var next: Int
            if let found = memchr(base + start, 0x0A, rest) {
                end = base.distance(to: UnsafeRawPointer(found))
                next = end + 1
            } else {
                end = chunk.count
                next = chunk.count
            }
            if end > start, chunk[end - 1] == 0x0D { end -= 1 }
            body(UnsafeRawBufferPointer(rebasing: chunk[start..<end]), number)
            number += 1
            start = next
        }
        return number
    }

    /// The 1-based character column of byte `offset` of `line` (UTF-8 continuation bytes do
    /// not start a character).
    static func column(ofByte offset: Int, in line: UnsafeRawBufferPointer) -> Int {
        var column = 1
        for index in 0..<min(offset, line.count) where line[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
