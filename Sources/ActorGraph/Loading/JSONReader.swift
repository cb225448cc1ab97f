/// Reads JSON text (RFC 8259) into a ``SourceNode`` tree, keeping the line and column of
/// every value so that schema errors can point into the file, within ``ReadLimits`` (nesting
/// depth, the length of one string or number).
///
/// The elements of one list of the top-level object (the graph's `relations`) are handed
/// out one by one as each is read, rather than kept in the tree, so that a large file is
/// never held as a whole tree.
struct JSONReader {
    private let bytes: [UInt8]
    private let file: String
    private let limits: ReadLimits
    private let streamedKey: String?
    private let streamedElement: ((SourceNode) -> Void)?
    private var offset: Int
    private var line = 1
    private var column = 1
    private var depth = 0

    /// Reads the JSON text of `bytes` from `start` (past a byte-order mark), UTF-8 already
    /// checked. Each element of the top-level object's list named `streamedKey` goes to
    /// `element` as soon as it is read, and the list is left empty in the tree returned.
    static func read(bytes: [UInt8], from start: Int = 0, file: String, limits: ReadLimits = ReadLimits(),
                     streaming streamedKey: String? = nil,
                     each element: (SourceNode) -> Void = { _ in }) throws(LoadError) -> SourceNode {
        let result = withoutActuallyEscaping(element) { element in
            var reader = JSONReader(bytes: bytes, start: start, file: file, limits: limits,
                                    streamedKey: streamedKey, streamedElement: element)
            return Result { () throws(Diagnostic) -> SourceNode in
                reader.skipWhitespace()
                let root = try reader.value()
                reader.skipWhitespace()
                if reader.offset < reader.bytes.count { throw reader.failure("unexpected text after the JSON value") }
                return root
            }
        }
        switch result {
        case let .success(root): return root
        case let .failure(error): throw LoadError([error])
        }
    }

    private init(bytes: [UInt8], start: Int, file: String, limits: ReadLimits,
                 streamedKey: String?, streamedElement: ((SourceNode) -> Void)?) {
        self.bytes = bytes
        self.offset = start
        self.file = file
        self.limits = limits
        self.streamedKey = streamedKey
        self.streamedElement = streamedElement
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private func failure(_ message: String) -> Diagnostic {
        Diagnostic(file: file, position: position, message: "invalid JSON: \(message)")
    }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func advance() {
        if bytes[offset] == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if bytes[offset] & 0xC0 != 0x80 {
            column += 1
        }
        offset += 1
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
    }

    private mutating func expect(_ literal: String) throws(Diagnostic) {
        for byte in literal.utf8 {
            guard current == byte else { throw failure("expected '\(literal)'") }
            advance()
        }
    }

    private mutating func value() throws(Diagnostic) -> SourceNode {
        let start = position
        guard let byte = current else { throw failure("unexpected end of file; expected a value") }
        switch byte {
        case UInt8(ascii: "{"):
            return SourceNode(value: .mapping(try object()), position: start)
        case UInt8(ascii: "["):
            return SourceNode(value: .sequence(try array()), position: start)
        case UInt8(ascii: "\""):
            return SourceNode(value: .scalar(try withinValueLimit(string(), "a string", from: start), quoted: true), position: start)
        case UInt8(ascii: "t"):
            try expect("true")
            return SourceNode(value: .scalar("true", quoted: false), position: start)
        case UInt8(ascii: "f"):
            try expect("false")
            return SourceNode(value: .scalar("false", quoted: false), position: start)
        case UInt8(ascii: "n"):
            try expect("null")
            return SourceNode(value: .null, position: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return SourceNode(value: .scalar(try withinValueLimit(number(), "a number", from: start), quoted: false), position: start)
        default:
            throw failure("unexpected character '\(String(decoding: [byte], as: UTF8.self))'; expected a value")
        }
    }

    /// `text`, refused at `start` when it is longer than one value may be.
    private func withinValueLimit(_ text: String, _ what: String, from start: SourcePosition) throws(Diagnostic) -> String {
        let count = text.utf8.count
        guard count > limits.valueBytes else { return text }
        throw Diagnostic(file: file, position: start,
                         message: ReadLimits.valueMessage(what, bytes: count, limit: limits.valueBytes))
    }

    private mutating func nested<T>(_ body: (inout JSONReader) throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > limits.nestingDepth {
            throw Diagnostic(file: file, position: position,
                             message: "arrays and objects are " + ReadLimits.nestingMessage(depth: limits.nestingDepth))
        }
        return try body(&self)
    }

    private mutating func object() throws(Diagnostic) -> [(key: SourceNode, value: SourceNode)] {
        try nested { (reader: inout JSONReader) throws(Diagnostic) in
            var members: [(key: SourceNode, value: SourceNode)] = []
            reader.advance()
            reader.skipWhitespace()
            if reader.current == UInt8(ascii: "}") { reader.advance(); return members }
            while true {
                reader.skipWhitespace()
                let keyPosition = reader.position
                guard reader.current == UInt8(ascii: "\"") else { throw reader.failure("expected a quoted member name") }
                let name = try reader.withinValueLimit(reader.string(), "a member name", from: keyPosition)
                let key = SourceNode(value: .scalar(name, quoted: true), position: keyPosition)
                reader.skipWhitespace()
                guard reader.current == UInt8(ascii: ":") else { throw reader.failure("expected ':' after a member name") }
                reader.advance()
                reader.skipWhitespace()
                if reader.depth == 1, name == reader.streamedKey, reader.current == UInt8(ascii: "["),
                   let element = reader.streamedElement {
                    let listPosition = reader.position
                    try reader.array(handingEachTo: element)
                    members.append((key, SourceNode(value: .sequence([]), position: listPosition)))
                } else {
                    members.append((key, try reader.value()))
                }
                reader.skipWhitespace()
                if reader.current == UInt8(ascii: ",") { reader.advance(); continue }
                if reader.current == UInt8(ascii: "}") { reader.advance(); return members }
                throw reader.failure("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func array() throws(Diagnostic) -> [SourceNode] {
        var elements: [SourceNode] = []
        try array { elements.append($0) }
        return elements
    }

    /// Reads an array, handing each element to `element` as it is complete.
    private mutating func array(handingEachTo element: (SourceNode) -> Void) throws(Diagnostic) {
        try nested { (reader: inout JSONReader) throws(Diagnostic) in
            reader.advance()
            reader.skipWhitespace()
            if reader.current == UInt8(ascii: "]") { reader.advance(); return }
            while true {
                reader.skipWhitespace()
                element(try reader.value())
                reader.skipWhitespace()
                if reader.current == UInt8(ascii: ",") { reader.advance(); continue }
                if reader.current == UInt8(ascii: "]") { reader.advance(); return }
                throw reader.failure("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func number() throws(Diagnostic) -> String {
        let start = offset
        if current == UInt8(ascii: "-") { advance() }
        func digits(_ reader: inout JSONReader) -> Int {
            var count = 0
            while let byte = reader.current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                reader.advance()
                count += 1
            }
            return count
        }
        guard digits(&self) > 0 else { throw failure("malformed number") }
        if current == UInt8(ascii: ".") {
            advance()
            guard digits(&self) > 0 else { throw failure("malformed number: digits expected after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard digits(&self) > 0 else { throw failure("malformed number: digits expected in the exponent") }
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    private mutating func hexQuad() throws(Diagnostic) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current else { throw failure("unexpected end of file in a \\u escape") }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("expected four hexadecimal digits after \\u")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private mutating func string() throws(Diagnostic) -> String {
        advance()
        // Most strings hold no escape: their text is the bytes up to the closing quote.
        let start = offset
        var end = offset
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 {
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            for byte in bytes[start..<end] where byte & 0xC0 != 0x80 { column += 1 }
            offset = end
            advance()
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        var utf8: [UInt8] = []
        while true {
            guard let byte = current else { throw failure("unterminated string") }
            if byte == UInt8(ascii: "\"") { advance(); break }
            if byte < 0x20 { throw failure("control character in a string; escape it") }
            if byte != UInt8(ascii: "\\") {
                utf8.append(byte)
                advance()
                continue
            }
            advance()
            guard let escape = current else { throw failure("unterminated string") }
            advance()
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var scalarValue = try hexQuad()
                if (0xD800...0xDBFF).contains(scalarValue) {
                    guard current == UInt8(ascii: "\\") else { throw failure("unpaired surrogate in a \\u escape") }
                    advance()
                    guard current == UInt8(ascii: "u") else { throw failure("unpaired surrogate in a \\u escape") }
                    advance()
                    let low = try hexQuad()
                    guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired surrogate in a \\u escape") }
                    scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(scalarValue) else { throw failure("unpaired surrogate in a \\u escape") }
                utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw failure("unknown escape '\\\(String(decoding: [escape], as: UTF8.self))'")
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
