import ActorGraph

/// A position in the bytes of an XML document with its line and column (columns count
/// Unicode scalars), moving forward only. It finds where each start tag begins, which
/// libxml2's reader does not say: elements come in document order, and outside comments,
/// CDATA sections and processing instructions every `<` followed by a name opens one.
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

    /// Moves to the next `byte`; false when the bytes end first. Scans the feed's window
    /// directly: this loop sees every byte of a document.
    mutating func skip(to target: UInt8) -> Bool {
        while true {
            let windowStart = feed.windowStart
            var index = offset - windowStart
            var line = self.line
            var column = self.column
            let found = feed.window.withUnsafeBufferPointer { bytes in
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == target { return true }
                    if byte == 0x0A {
                        line += 1
                        column = 1
                    } else if byte & 0xC0 != 0x80 {
                        column += 1
                    }
                    index += 1
                }
                return false
            }
            offset = windowStart + index
            self.line = line
            self.column = column
            if found { return true }
            guard peek() != nil else { return false }
        }
    }

    /// Moves to the `<` of the next start tag and returns its position, then steps past it.
    mutating func nextStartTag() -> SourcePosition {
        while skip(to: UInt8(ascii: "<")) {
            if sees("<!--") {
                _ = skip(past: "-->")
            } else if sees("<![CDATA[") {
                _ = skip(past: "]]>")
            } else if sees("<?") {
                _ = skip(past: "?>")
            } else if let next = peek(1), next != UInt8(ascii: "/"), next != UInt8(ascii: "!") {
                let found = position
                advance()
                feed.discard(before: offset)
                return found
            } else {
                advance()
            }
        }
        return position
    }
}
