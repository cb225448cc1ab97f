import ActorGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element of a parsed XML document, with the position of its start tag.
final class XMLElementNode {
    /// The local name (namespace prefix removed).
    let name: String
    /// The namespace URI, or nil.
    let namespace: String?
    /// Attributes by qualified name.
    let attributes: [String: String]
    /// Where the start tag's `<` is.
    let position: SourcePosition
    /// Child elements in document order.
    fileprivate(set) var children: [XMLElementNode] = []
    /// The character data directly inside the element.
    fileprivate(set) var text = ""

    init(name: String, namespace: String?, attributes: [String: String], position: SourcePosition) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.position = position
    }

    /// The first child element of that name.
    func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// The child elements of that name.
    func children(named name: String) -> [XMLElementNode] { children.filter { $0.name == name } }
}

/// Parses XML with Foundation's `XMLParser` into ``XMLElementNode``s, turning a malformed
/// document into a diagnostic at the line and column where the parser stopped. External
/// entities are never resolved.
enum XMLTreeReader {
    /// The document's root element.
    static func read(bytes: [UInt8], file: String) throws(LoadError) -> XMLElementNode {
        let positions = TextPositions(bytes: bytes)
        let builder = TreeBuilder(positions: positions)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let finished = parser.parse()
        if let failure = builder.firstError {
            throw LoadError([Diagnostic(file: file, line: max(failure.line, 1), column: max(failure.column, 1),
                                        message: "malformed XML: \(describe(errorCode: failure.code))")])
        }
        if !finished || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw LoadError([Diagnostic(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                                        message: "malformed XML: \(describe(errorCode: code))")])
        }
        guard let root = builder.root else {
            throw LoadError([Diagnostic(file: file, line: 1, column: 1, message: "the file is empty; expected an XML document")])
        }
        return root
    }

    /// Plain words for libxml2's most common error codes (the numbers `XMLParser` reports).
    static func describe(errorCode code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "the document does not end where it should: an element is left open, or text follows the root element"
        case 6, 7, 8: return "a character reference names no valid character"
        case 9: return "a character that XML does not allow"
        case 22, 23: return "an entity reference is malformed; write '&amp;' for a literal '&'"
        case 26, 27: return "an undeclared entity; write '&amp;' for a literal '&'"
        case 38: return "'<' inside an attribute value (is a closing quote missing?)"
        case 39: return "an attribute value must be in quotes"
        case 40: return "an attribute value is not closed by its quote"
        case 41: return "an attribute has no value"
        case 42: return "an attribute is given twice in one element"
        case 65, 68: return "a name was expected"
        case 73: return "'>' expected to end a tag"
        case 74: return "'</' expected"
        case 76: return "the closing tag does not match the element it should close"
        case 77: return "an element is not closed before the end of the file"
        default: return "the XML parser stopped (libxml2 error \(code))"
        }
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        let positions: TextPositions
        var root: XMLElementNode?
        var stack: [XMLElementNode] = []
        var firstError: (code: Int, line: Int, column: Int)?

        init(positions: TextPositions) {
            self.positions = positions
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let position = positions.startOfTag(endingAt: parser.lineNumber, column: parser.columnNumber)
            let node = XMLElementNode(name: elementName, namespace: namespaceURI, attributes: attributes, position: position)
            if let parent = stack.last { parent.children.append(node) } else if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if firstError == nil {
                firstError = ((parseError as NSError).code, parser.lineNumber, parser.columnNumber)
            }
            parser.abortParsing()
        }
    }
}

/// Converts between the parser's line and column (counted in characters) and byte offsets,
/// to find where a start tag begins.
struct TextPositions {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = [0]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
    }

    /// The position of the `<` that opens the tag the parser has just read up to
    /// (`line`, `column`): the nearest `<` before that point, since no tag holds a raw `<`.
    func startOfTag(endingAt line: Int, column: Int) -> SourcePosition {
        guard !bytes.isEmpty, line >= 1, line <= lineStarts.count else { return SourcePosition(line: max(line, 1), column: max(column, 1)) }
        var offset = lineStarts[line - 1]
        var remaining = column - 1
        while remaining > 0, offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        offset = min(offset, bytes.count - 1)
        while offset > 0, bytes[offset] != UInt8(ascii: "<") { offset -= 1 }
        return position(ofByte: offset)
    }

    /// The line and column (in characters) of a byte offset.
    func position(ofByte offset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: low + 1, column: column)
    }
}
