import ActorGraph

/// Checks the start of an XML document before libxml2 sees it, and moves the cursor to the
/// root element's `<`. It refuses what ActorGraph does not read, with the position at fault:
/// an encoding other than UTF-8 (or its ASCII subset), an unclosed XML declaration, a NUL
/// byte, and a DOCTYPE with an internal subset (where entities are declared, and with them
/// every expansion bomb). A DOCTYPE that only names an external DTD is allowed; the DTD is
/// never loaded.
enum XMLPrologScreen {
    /// Encoding names (lowercased) whose bytes are UTF-8.
    static let acceptedEncodings: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]

    static func screen(_ cursor: inout XMLByteCursor, file: String, limits: ReadLimits) throws(LoadError) {
        try screenByteOrder(cursor, file: file)
        if cursor.sees("\u{EF}\u{BB}\u{BF}") { cursor.advance(by: 3) }
        if cursor.sees("<?xml"), let next = cursor.peek(5), isSpace(next) || next == UInt8(ascii: "?") {
            try screenDeclaration(&cursor, file: file)
        }
        while let byte = cursor.peek() {
            if cursor.offset > limits.valueBytes {
                throw refusal(ReadLimits.valueMessage("what comes before the root element", limit: limits.valueBytes),
                              file, cursor.position)
            }
            if isSpace(byte) {
                cursor.advance()
            } else if byte == 0 {
                throw refusal("a NUL byte: the file is not UTF-8 text", file, cursor.position)
            } else if cursor.sees("<!--") {
                guard cursor.skip(past: "-->") else { return }
            } else if cursor.sees("<?") {
                guard cursor.skip(past: "?>") else { return }
            } else if cursor.sees("<!DOCTYPE") {
                try screenDoctype(&cursor, file: file)
            } else {
                return
            }
        }
        throw refusal("the file is empty; expected an XML document", file, SourcePosition(line: 1, column: 1))
    }

    private static func refusal(_ message: String, _ file: String, _ position: SourcePosition) -> LoadError {
        LoadError([Diagnostic(file: file, position: position, message: message)])
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func screenByteOrder(_ cursor: XMLByteCursor,
                                        file: String) throws(LoadError) {
        let first = (0..<4).map { cursor.peek($0) }
        let encoding: String? = switch (first[0], first[1], first[2], first[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00), (0x00, 0x00, 0x00, 0x3C), (0x3C, 0x00, 0x00, 0x00):
            "UTF-32"
        case (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _), (0x00, 0x3C, _, _), (0x3C, 0x00, _, _): "UTF-16"
        case (0x4C, 0x6F, 0xA7, 0x94): "EBCDIC"
        default: nil
        }
        if let encoding {
            throw refusal("the file is encoded in \(encoding); ActorGraph reads XML in UTF-8: convert it first "
                + "(iconv -f \(encoding == "EBCDIC" ? "EBCDIC-US" : encoding) -t UTF-8)", file, SourcePosition(line: 1, column: 1))
        }
    }

    /// Reads `<?xml ... ?>` and checks its `encoding`.
    private static func screenDeclaration(_ cursor: inout XMLByteCursor,
                                          file: String) throws(LoadError) {
        let start = cursor.position
        cursor.advance(by: 5)
        var name: [UInt8] = []
        while let byte = cursor.peek() {
            if cursor.sees("?>") {
                cursor.advance(by: 2)
                return
            }
            if byte == 0 || byte == UInt8(ascii: "<") { break }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let valuePosition = cursor.position
                cursor.advance()
                var value: [UInt8] = []
                while let inner = cursor.peek(), inner != byte, inner != 0, inner != UInt8(ascii: "<"), value.count < 100 {
                    value.append(inner)
                    cursor.advance()
                }
                guard cursor.peek() == byte else { break }
                cursor.advance()
                if name == Array("encoding".utf8) {
                    let encoding = String(decoding: value, as: UTF8.self)
                    if !acceptedEncodings.contains(encoding.lowercased()) {
                        throw refusal("the file declares encoding '\(encoding)'; ActorGraph reads XML in UTF-8: "
                            + "convert it first (iconv -f \(encoding) -t UTF-8) and change the declaration", file, valuePosition)
                    }
                }
                name = []
            } else if isSpace(byte) || byte == UInt8(ascii: "=") {
                cursor.advance()
            } else {
                if name.count < 100 { name.append(byte) }
                cursor.advance()
            }
        }
        throw refusal("the XML declaration is not closed with '?>'", file, start)
    }

    /// Reads `<!DOCTYPE name SYSTEM "uri">`, refusing an internal subset.
    private static func screenDoctype(_ cursor: inout XMLByteCursor,
                                      file: String) throws(LoadError) {
        cursor.advance(by: 9)
        while let byte = cursor.peek() {
            switch byte {
            case UInt8(ascii: ">"):
                cursor.advance()
                return
            case UInt8(ascii: "["):
                throw refusal("a DOCTYPE with an internal subset ('[ ... ]') is not read: the entities it declares "
                    + "can expand without bound, and GraphML and GEXF need none", file, cursor.position)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                cursor.advance()
                while let inner = cursor.peek(), inner != byte { cursor.advance() }
                cursor.advance()
            default:
                cursor.advance()
            }
        }
    }
}
