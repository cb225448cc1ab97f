import ActorGraph

/// A position in the bytes of an XML document with its line and column (columns count
/// Unicode scalars), moving forward only: from the start of a document through its prolog,
/// and from one start tag to the next at the offsets libxml2's parser reports.
struct XMLByteCursor {
    let feed: XMLInputFeed
    private(set) var offset = 0
    private(set) var line = 1
    private(set) var column = 1

    init(feed: XMLInputFeed) {
        self.feed = feed
    }

    var position: SourcePosition { SourcePosition(line: line, column: column) }

    /// The byte `ahead` bytes after the cursor, or nil past the end.
    func peek(_ ahead: Int = 0) -> UInt8? { feed.byte(at: offset + ahead) }

    /// Whether the bytes at the cursor spell `prefix`.
    func sees(_ prefix: StaticString) -> Bool {
        let bytes = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        for (index, byte) in bytes.enumerated() where peek(index) != byte { return false }
        return true
    }

    /// Moves one byte on.
    mutating func advance() {
        guard let byte = peek() else { return }
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        offset += 1
    }

    /// Moves `count` bytes on.
    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    /// Moves on to `line` and `column`, or to the end when the bytes end first.
    mutating func advance(toLine targetLine: Int, column targetColumn: Int) {
        while line < targetLine || (line == targetLine && column < targetColumn), peek() != nil { advance() }
    }

    /// Moves past the next occurrence of `terminator`; false when the bytes end first.
    mutating func skip(past terminator: StaticString) -> Bool {
        while peek() != nil {
            if sees(terminator) {
                advance(by: terminator.utf8CodeUnitCount)
                return true
            }
            advance()
        }
        return false
    }

    /// Moves on to the absolute `target` offset, which must already have been read into the
    /// feed's window. This sees every byte of a document, so it counts in two plain loops
    /// the compiler can vectorize: the line breaks, then the characters after the last one.
    mutating func advance(toOffset target: Int) {
        let windowStart = feed.windowStart
        let end = min(target, feed.windowEnd) - windowStart
        let start = offset - windowStart
        guard start >= 0, end > start else { return }
        feed.window.withUnsafeBufferPointer { bytes in
            var lineStart = end
            while lineStart > start, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            if lineStart > start {
                var breaks = 0
                for index in start..<lineStart { breaks &+= bytes[index] == 0x0A ? 1 : 0 }
                line += breaks
                column = 1
            }
            var characters = 0
            for index in lineStart..<end { characters &+= bytes[index] & 0xC0 != 0x80 ? 1 : 0 }
            column += characters
        }
        offset = windowStart + end
    }
}
