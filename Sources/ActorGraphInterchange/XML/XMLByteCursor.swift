import ActorGraph

/// A position in the bytes of an XML document with its line and column (columns count
/// Unicode scalars), moving forward only: from the start of a document through its prolog,
/// then to each start tag where libxml2's parser places it.
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

    /// Moves on to `target`, an offset whose position is known.
    mutating func move(to target: Int, at position: SourcePosition) {
        guard target >= offset else { return }
        offset = target
        line = position.line
        column = position.column
    }
}
