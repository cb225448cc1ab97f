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

/// Reads an XML document as a stream of events through libxml2's pull parser
/// (`xmlTextReader`), so that no tree of the document is ever built.
///
/// What may be read is fixed: no DTD is loaded, no entity is substituted, nothing is fetched
/// from the network, and ``XMLPrologScreen`` refuses encodings other than UTF-8 and DTD
/// internal subsets before libxml2 starts. ``ReadLimits`` bound nesting depth and the size of
/// one value; libxml2's own limits apply up to its defaults, and its "huge" mode only when a
/// caller raises a limit past them. Every error is a diagnostic at a line and column.
struct XMLPullReader: ~Copyable {
    private let reader: xmlTextReaderPtr
    private let feed: XMLInputFeed
    private let errors: XMLErrorSink
    private var cursor: XMLByteCursor
    /// The file's name, for messages.
    let fileName: String
    /// The limits the reader keeps to.
    let limits: ReadLimits
    /// The open elements' names and positions, innermost last.
    private var open: [(name: String, position: SourcePosition)] = []
    private var endOfEmptyElementIsDue = false
    /// Swift strings for the element, attribute and namespace names met so far, by their
    /// pointer into libxml2's dictionary (which keeps each name once, for the reader's life).
    private var names: [UnsafePointer<xmlChar>: String] = [:]
    /// How many names ``names`` keeps: a document of endless distinct names gets new strings
    /// for the rest rather than an endless table.
    private static let namesKept = 4_096

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
        let readBytes: xmlInputReadCallback = { context, buffer, length in
            guard let context, let buffer else { return -1 }
            let feed = Unmanaged<XMLInputFeed>.fromOpaque(context).takeUnretainedValue()
            return Int32(feed.deliver(into: buffer, capacity: Int(length)))
        }
        guard let reader = xmlReaderForIO(readBytes, nil, Unmanaged.passUnretained(feed).toOpaque(), nil, "UTF-8",
                                          Int32(bitPattern: options)) else {
            throw LoadError([Diagnostic(file: file, line: 1, column: 1, message: "the XML parser could not start")])
        }
        let errors = XMLErrorSink()
        let recordError: xmlStructuredErrorFunc = { context, error in
            guard let context, let error else { return }
            Unmanaged<XMLErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }
        xmlTextReaderSetStructuredErrorHandler(reader, recordError, Unmanaged.passUnretained(errors).toOpaque())
        self.reader = reader
        self.feed = feed
        self.errors = errors
        self.cursor = cursor
        self.fileName = file
        self.limits = limits
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// The next event, or nil at the end of the document.
    mutating func next() throws(LoadError) -> XMLEvent? {
        if endOfEmptyElementIsDue {
            endOfEmptyElementIsDue = false
            open.removeLast()
            return .end
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if let failure = errors.first { throw diagnostic(for: failure) }
            if status < 0 {
                let message = feed.readFailure.map { "cannot be read: \($0)" } ?? "malformed XML: the XML parser stopped"
                throw failure(message, at: cursor.position)
            }
            if status == 0 { return nil }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                return .start(try startTag())
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                open.removeLast()
                return .end
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                guard let value = xmlTextReaderConstValue(reader) else { continue }
                let count = strlen(value)
                if count > limits.valueBytes {
                    let element = open.last
                    throw failure(ReadLimits.valueMessage("the text of <\(element?.name ?? "")>", bytes: count,
                                                          limit: limits.valueBytes),
                                  at: element?.position ?? cursor.position)
                }
                return .text(String(cString: value))
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                let name = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
                throw failure("the entity '&\(name);' is not read: ActorGraph reads only &amp; &lt; &gt; &quot; &apos; "
                    + "and character references", at: open.last?.position ?? cursor.position)
            default:
                continue
            }
        }
    }

    private mutating func startTag() throws(LoadError) -> XMLStartTag {
        let position = cursor.nextStartTag()
        let name = self.name(xmlTextReaderConstLocalName(reader))
        if open.count >= limits.nestingDepth {
            throw failure("elements are " + ReadLimits.nestingMessage(depth: limits.nestingDepth), at: position)
        }
        let namespace = xmlTextReaderConstNamespaceUri(reader).map { self.name($0) }
        var attributes = XMLAttributes()
        if xmlTextReaderHasAttributes(reader) == 1 {
            attributes = XMLAttributes(capacity: Int(max(xmlTextReaderAttributeCount(reader), 0)))
            var status = xmlTextReaderMoveToFirstAttribute(reader)
            while status == 1 {
                if xmlTextReaderIsNamespaceDecl(reader) != 1, let value = xmlTextReaderConstValue(reader) {
                    let attribute = self.name(xmlTextReaderConstName(reader))
                    let count = strlen(value)
                    if count > limits.valueBytes {
                        throw failure(ReadLimits.valueMessage("attribute '\(attribute)' of <\(name)>", bytes: count,
                                                              limit: limits.valueBytes), at: position)
                    }
                    attributes.append(name: attribute, value: String(cString: value))
                }
                status = xmlTextReaderMoveToNextAttribute(reader)
            }
            xmlTextReaderMoveToElement(reader)
        }
        open.append((name, position))
        if xmlTextReaderIsEmptyElement(reader) == 1 { endOfEmptyElementIsDue = true }
        return XMLStartTag(name: name, namespace: namespace, attributes: attributes, position: position)
    }

    /// The name at `pointer` as a Swift string, made once per distinct name.
    private mutating func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        // Interning again is a lookup that returns the dictionary's own copy, whose address
        // stays valid and unique to that name; libxml2 gives dictionary names in practice,
        // but the key must not rest on that.
        guard let interned = xmlTextReaderConstString(reader, pointer) else { return String(cString: pointer) }
        if let known = names[interned] { return known }
        let text = String(cString: interned)
        if names.count < Self.namesKept { names[interned] = text }
        return text
    }

    private func failure(_ message: String, at position: SourcePosition) -> LoadError {
        LoadError([Diagnostic(file: fileName, position: position, message: message)])
    }

    private func diagnostic(for error: XMLErrorSink.Failure) -> LoadError {
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

/// Collects the errors libxml2 reports while reading; the first one is the one to show.
final class XMLErrorSink {
    struct Failure {
        var code: Int
        var message: String
        var line: Int
        var column: Int
    }

    private(set) var first: Failure?

    func record(_ error: xmlError) {
        guard first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0) } ?? ""
        first = Failure(code: Int(error.code), message: message.trimmingCharacters(in: .whitespacesAndNewlines),
                        line: Int(error.line), column: Int(error.int2))
    }
}
