import ActorGraph
import CLibXML2
import Foundation

/// A start tag: the element's local name, namespace, attributes and position.
struct XMLStartTag {
    /// The local name (namespace prefix removed).
    var name: String
    /// The namespace URI, or nil.
    var namespace: String?
    /// Attributes by qualified name; namespace declarations are left out.
    var attributes: XMLAttributes
    /// Where the start tag's `<` is.
    var position: SourcePosition
}

/// What ``XMLPullReader/next()`` reads.
enum XMLEvent {
    /// An element starts (an empty element is a start and an end).
    case start(XMLStartTag)
    /// The innermost open element ends.
    case end
    /// Character data, whitespace and CDATA sections inside an element.
    case text(String)
}

/// Reads an XML document as a stream of events through libxml2's SAX2 push parser, so that no
/// tree of the document is ever built: each chunk of the file is parsed into an
/// ``XMLEventQueue``, whose events are handed on one by one before the next chunk is read.
///
/// What may be read is fixed: no DTD is loaded, no entity is substituted, nothing is fetched
/// from the network, and ``XMLPrologScreen`` refuses encodings other than UTF-8 and DTD
/// internal subsets before libxml2 starts. ``ReadLimits`` bound nesting depth and the size of
/// one value; libxml2's own limits apply up to its defaults, and its "huge" mode only when a
/// caller raises a limit past them. Every error is a diagnostic at a line and column.
struct XMLPullReader: ~Copyable {
    private let parser: xmlParserCtxtPtr
    private let feed: XMLInputFeed
    private let queue: UnsafeMutablePointer<XMLEventQueue>
    private var cursor: XMLByteCursor
    private let chunk: UnsafeMutablePointer<CChar>
    private var parsedToEnd = false
    /// The offset in the document of the first byte libxml2 was given.
    private let firstDelivered: Int
    /// The file's name, for messages.
    let fileName: String
    /// The limits the reader keeps to.
    let limits: ReadLimits
    /// The open elements' names and positions, innermost last.
    private var open: [(name: String, position: SourcePosition)] = []

    /// libxml2's depth and text-size limits outside its "huge" mode.
    static let libxml2DefaultDepth = 256
    static let libxml2DefaultValueBytes = 10_000_000

    private static let initialized: Void = { xmlInitParser() }()

    init(_ source: XMLInputFeed.Source, file: String, limits: ReadLimits) throws(LoadError) {
        _ = Self.initialized
        let feed = XMLInputFeed(source)
        var cursor = XMLByteCursor(feed: feed)
        try XMLPrologScreen.screen(&cursor, file: file, limits: limits)
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_BIG_LINES.rawValue
        if limits.nestingDepth > Self.libxml2DefaultDepth || limits.valueBytes > Self.libxml2DefaultValueBytes {
            options |= XML_PARSE_HUGE.rawValue
        }
        var handler = XMLEventQueue.handler
        let queue = UnsafeMutablePointer<XMLEventQueue>.allocate(capacity: 1)
        queue.initialize(to: XMLEventQueue())
        guard let parser = xmlCreatePushParserCtxt(&handler, queue, nil, 0, nil) else {
            queue.deinitialize(count: 1)
            queue.deallocate()
            throw LoadError([Diagnostic(file: file, line: 1, column: 1, message: "the XML parser could not start")])
        }
        xmlCtxtUseOptions(parser, Int32(bitPattern: options))
        // The prolog screen has let only UTF-8 through; saying so spares libxml2 from waiting
        // for four bytes to guess the encoding of a shorter file.
        // Told so, it takes a byte-order mark for content: that is left out of what it gets.
        xmlSwitchEncoding(parser, XML_CHAR_ENCODING_UTF8)
        let byteOrderMark = feed.byte(at: 0) == 0xEF && feed.byte(at: 1) == 0xBB && feed.byte(at: 2) == 0xBF ? 3 : 0
        feed.startDelivery(at: byteOrderMark)
        queue.pointee.parser = parser
        self.parser = parser
        self.feed = feed
        self.queue = queue
        self.cursor = cursor
        self.chunk = .allocate(capacity: XMLInputFeed.chunkSize)
        self.firstDelivered = byteOrderMark
        self.fileName = file
        self.limits = limits
    }

    deinit {
        xmlFreeParserCtxt(parser)
        queue.deinitialize(count: 1)
        queue.deallocate()
        chunk.deallocate()
    }

    /// The next event, or nil at the end of the document.
    mutating func next() throws(LoadError) -> XMLEvent? { try next(keepingText: true) }

    /// The next event, or nil at the end of the document; text comes out empty unless
    /// `keepingText`, for a caller that skips it.
    mutating func next(keepingText: Bool) throws(LoadError) -> XMLEvent? {
        while true {
            if !queue.pointee.isDrained {
                if let failure = queue.pointee.failure, queue.pointee.readIndex >= failure.eventIndex { throw diagnostic(for: failure) }
                let event = queue.pointee.events[queue.pointee.readIndex]
                queue.pointee.readIndex += 1
                switch event.kind {
                case .start:
                    return .start(try startTag(event))
                case .end:
                    open.removeLast()
                    return .end
                case .text:
                    let count = event.last - event.first
                    if count > limits.valueBytes {
                        let element = open.last
                        throw failure(ReadLimits.valueMessage("the text of <\(element?.name ?? "")>", bytes: count,
                                                              limit: limits.valueBytes),
                                      at: element?.position ?? cursor.position)
                    }
                    return .text(keepingText ? text(event.first..<event.last) : "")
                case .entity:
                    throw failure("the entity '&\(text(event.first..<event.last));' is not read: ActorGraph reads only "
                        + "&amp; &lt; &gt; &quot; &apos; and character references", at: open.last?.position ?? cursor.position)
                }
            }
            if let failure = queue.pointee.failure { throw diagnostic(for: failure) }
            if parsedToEnd { return nil }
            try parseNextChunk()
        }
    }

    /// Gives libxml2 the next chunk of the document, or tells it the document has ended.
    private mutating func parseNextChunk() throws(LoadError) {
        queue.pointee.clear()
        let count = feed.deliver(into: chunk, capacity: XMLInputFeed.chunkSize)
        if count < 0 {
            throw failure("cannot be read: \(feed.readFailure ?? "a read error")", at: cursor.position)
        }
        let status = xmlParseChunk(parser, chunk, Int32(count), count == 0 ? 1 : 0)
        if count == 0 { parsedToEnd = true }
        if status != 0, queue.pointee.failure == nil {
            queue.pointee.fail(code: Int(status), message: "")
        }
    }

    /// Where the start tag of `event` is, and the cursor moved there. A tag on one line was
    /// placed by the parser; for one that spans lines, the column is counted from the line
    /// break before its `<`, or from the previous start tag when none comes after that.
    private mutating func place(_ event: XMLEventQueue.Event) -> SourcePosition {
        let offset = firstDelivered + event.first
        var position = SourcePosition(line: Int(event.line), column: Int(event.column))
        if event.column <= 0 || offset < cursor.offset {
            position = feed.window.withUnsafeBufferPointer { bytes in
                let start = max(cursor.offset - feed.windowStart, 0)
                let end = min(max(offset - feed.windowStart, start), bytes.count)
                var lineStart = end
                while lineStart > start, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
                var column = lineStart > start || cursor.line < Int(event.line) ? 1 : cursor.column
                for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 { column += 1 }
                return SourcePosition(line: Int(event.line), column: column)
            }
        }
        cursor.move(to: offset, at: position)
        feed.discard(before: offset)
        return position
    }

    private func text(_ range: Range<Int>) -> String {
        queue.pointee.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    private mutating func startTag(_ event: XMLEventQueue.Event) throws(LoadError) -> XMLStartTag {
        let position = place(event)
        let name = queue.pointee.name(event.name)
        if open.count >= limits.nestingDepth {
            throw failure("elements are " + ReadLimits.nestingMessage(depth: limits.nestingDepth), at: position)
        }
        let namespace = event.namespace == -1 ? nil : queue.pointee.name(event.namespace)
        var attributes = XMLAttributes(capacity: event.attributes.count)
        for index in event.attributes {
            let attribute = queue.pointee.attributes[Int(index)]
            if attribute.value.count > limits.valueBytes {
                throw failure(ReadLimits.valueMessage("attribute '\(queue.pointee.name(attribute.name))' of <\(name)>",
                                                      bytes: attribute.value.count, limit: limits.valueBytes), at: position)
            }
            attributes.append(name: queue.pointee.name(attribute.name), value: text(attribute.value))
        }
        open.append((name, position))
        return XMLStartTag(name: name, namespace: namespace, attributes: attributes, position: position)
    }

    private func failure(_ message: String, at position: SourcePosition) -> LoadError {
        LoadError([Diagnostic(file: fileName, position: position, message: message)])
    }

    private func diagnostic(for error: XMLEventQueue.Failure) -> LoadError {
        let position = SourcePosition(line: max(error.line, 1), column: max(error.column, 1))
        if let limit = XMLErrorText.limitReached(message: error.message) {
            switch limit {
            case .depth:
                return failure("elements are " + ReadLimits.nestingMessage(depth: min(limits.nestingDepth, Self.libxml2DefaultDepth)),
                               at: position)
            case .valueSize:
                return failure(ReadLimits.valueMessage("a value", limit: min(limits.valueBytes, Self.libxml2DefaultValueBytes)),
                               at: position)
            }
        }
        if error.code == XMLErrorText.documentEndCode {
            // libxml2 says "extra content at the end of the document" also when the file ends
            // inside an element: only whitespace after the error's position tells them apart.
            var probe = cursor
            probe.advance(toLine: position.line, column: position.column)
            while let byte = probe.peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { probe.advance() }
            guard probe.peek() == nil else {
                return failure("malformed XML: text or markup follows the end of the root element", at: position)
            }
            guard let root = open.first else {
                return failure("malformed XML: the file ends before its root element is closed", at: position)
            }
            return failure("malformed XML: the file ends before <\(root.name)> (opened at "
                + "\(root.position.line):\(root.position.column)) is closed", at: position)
        }
        return failure("malformed XML: \(XMLErrorText.describe(code: error.code, message: error.message))", at: position)
    }
}
