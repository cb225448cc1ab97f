import CLibXML2
import Foundation

/// What libxml2's SAX2 parser reports while it parses one chunk of a document, kept compactly
/// until ``XMLPullReader`` hands it on as ``XMLEvent``s.
///
/// The parser's callbacks only copy: an element's name becomes a small number (names live in
/// libxml2's dictionary for the parser's life, so one Swift string per distinct name serves the
/// whole document), attribute values and text go into one byte buffer, and a start tag records
/// the byte offset of its `<`. Nothing is allocated per element once the buffers have grown to
/// the size of a chunk's events. The queue lives at a fixed address that the callbacks are
/// given (``XMLPullReader`` owns it), so that they reach it without reference counting or
/// exclusivity checks.
struct XMLEventQueue {
    enum Kind: UInt8 {
        case start
        case end
        case text
        case entity
    }

    /// One event. For a start tag, `first` is the offset of its `<` in the document,
    /// `attributes` the range of its attributes in ``attributes``, and `line` and `column`
    /// where its `<` is (`column` is 0 for a tag that spans lines); for text and an entity
    /// reference, `first..<last` is its range in ``bytes``.
    struct Event {
        var kind: Kind
        var name: Int32 = 0
        var namespace: Int32 = -1
        var first = 0
        var last = 0
        var attributes: Range<Int32> = 0..<0
        var line: Int32 = 0
        var column: Int32 = 0
    }

    struct Attribute {
        var name: Int32
        var value: Range<Int>
    }

    /// The first error libxml2 reported, and how many events came before it.
    struct Failure {
        var code: Int
        var message: String
        var line: Int
        var column: Int
        var eventIndex: Int
    }

    private(set) var events: [Event] = []
    private(set) var attributes: [Attribute] = []
    private(set) var bytes: [UInt8] = []
    /// The next event to hand on.
    var readIndex = 0
    private(set) var failure: Failure?
    /// The parser whose callbacks fill the queue, set once it exists.
    var parser: xmlParserCtxtPtr?

    /// Names kept for the whole document, by number (0 and up), and those of the current
    /// chunk only (numbered -1 and down), for names that are not in libxml2's dictionary or
    /// that come after ``namesKept`` distinct ones.
    private var names: [String] = []
    private var chunkNames: [String] = []
    private var nameNumbers: [UnsafeRawPointer: Int32] = [:]
    /// A direct-mapped cache in front of ``nameNumbers``: nearly every name of a file is one of
    /// a dozen, so most lookups end here without hashing.
    private var recentNames = [(pointer: UnsafeRawPointer?, number: Int32)](repeating: (nil, 0), count: 256)
    private static let namesKept = 4_096

    /// The name numbered `number`.
    func name(_ number: Int32) -> String {
        number >= 0 ? names[Int(number)] : chunkNames[Int(-number - 1)]
    }

    /// Whether every event has been handed on.
    var isDrained: Bool { readIndex >= events.count }

    /// Forgets the events handed on, keeping the buffers' memory for the next chunk.
    mutating func clear() {
        events.removeAll(keepingCapacity: true)
        attributes.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        chunkNames.removeAll(keepingCapacity: true)
        readIndex = 0
    }

    /// Records `message` as the failure when no failure is recorded yet.
    mutating func fail(code: Int, message: String, line: Int = 0, column: Int = 0) {
        guard failure == nil else { return }
        failure = Failure(code: code, message: message, line: line, column: column, eventIndex: events.count)
    }

    // MARK: The parser's callbacks

    private mutating func number(for pointer: UnsafePointer<xmlChar>) -> Int32 {
        let raw = UnsafeRawPointer(pointer)
        let slot = (UInt(bitPattern: raw) >> 3) & 255
        if recentNames[Int(slot)].pointer == raw { return recentNames[Int(slot)].number }
        if let known = nameNumbers[raw] {
            recentNames[Int(slot)] = (raw, known)
            return known
        }
        let text = String(cString: pointer)
        // A name in the dictionary keeps its address, and no other name can have it, for as
        // long as the parser lives; any other pointer is only good for this call.
        if names.count < Self.namesKept, let dictionary = parser?.pointee.dict, xmlDictOwns(dictionary, pointer) == 1 {
            let number = Int32(names.count)
            names.append(text)
            nameNumbers[raw] = number
            recentNames[Int(slot)] = (raw, number)
            return number
        }
        return transientName(text)
    }

    private mutating func transientName(_ text: String) -> Int32 {
        chunkNames.append(text)
        return Int32(-chunkNames.count)
    }

    private mutating func append(_ start: UnsafePointer<xmlChar>, count: Int) -> Range<Int> {
        let first = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        return first..<bytes.count
    }

    /// Appends an attribute value. Without entity substitution libxml2 writes every `&` of a
    /// value (from `&amp;` or `&#38;`) as `&#38;`, for a tree builder to decode later; here it
    /// becomes the `&` it stands for.
    private mutating func appendAttributeValue(_ start: UnsafePointer<xmlChar>, count: Int) -> Range<Int> {
        guard memchr(start, Int32(UInt8(ascii: "&")), count) != nil else { return append(start, count: count) }
        let first = bytes.count
        let value = UnsafeBufferPointer(start: start, count: count)
        var index = 0
        while index < count {
            bytes.append(value[index])
            if value[index] == UInt8(ascii: "&"), index + 4 < count, value[index + 1] == UInt8(ascii: "#"),
               value[index + 2] == UInt8(ascii: "3"), value[index + 3] == UInt8(ascii: "8"), value[index + 4] == UInt8(ascii: ";") {
                index += 5
            } else {
                index += 1
            }
        }
        return first..<bytes.count
    }

    fileprivate mutating func startElement(_ localName: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?,
                                  _ count: Int, _ values: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let localName else { return }
        var event = Event(kind: .start, name: number(for: localName))
        if let namespace { event.namespace = number(for: namespace) }
        // libxml2 keeps the whole start tag in its buffer until this call returns, and a `<`
        // cannot occur inside one, so the last `<` before the parser's position opens it. The
        // parser's line and column are those of that position: counting back over the tag
        // gives the `<`'s.
        if let parser, let input = parser.pointee.input, let base = input.pointee.base, var scan = input.pointee.cur {
            var characters: Int32 = 0
            var lineBreaks: Int32 = 0
            while scan > base, scan.pointee != UInt8(ascii: "<") {
                if scan.pointee == 0x0A { lineBreaks += 1 }
                if scan.pointee & 0xC0 != 0x80 { characters += 1 }
                scan -= 1
            }
            event.first = Int(input.pointee.consumed) + (scan - base)
            event.line = input.pointee.line - lineBreaks
            event.column = lineBreaks == 0 ? input.pointee.col - characters : 0
        }
        let firstAttribute = Int32(attributes.count)
        if let values {
            // Five pointers per attribute: local name, prefix, namespace, value, end of value.
            for index in 0..<count {
                guard let name = values[5 * index], let value = values[5 * index + 3],
                      let end = values[5 * index + 4] else { continue }
                let number = values[5 * index + 1].map { prefix in
                    transientName(String(cString: prefix) + ":" + String(cString: name))
                } ?? self.number(for: name)
                attributes.append(Attribute(name: number, value: appendAttributeValue(value, count: end - value)))
            }
        }
        event.attributes = firstAttribute..<Int32(attributes.count)
        events.append(event)
    }

    fileprivate mutating func endElement() {
        events.append(Event(kind: .end))
    }

    fileprivate mutating func characters(_ start: UnsafePointer<xmlChar>?, _ count: Int) {
        guard let start, count > 0 else { return }
        // Text split by character references arrives in pieces: one event holds it all.
        if let last = events.last, last.kind == .text, last.last == bytes.count {
            events[events.count - 1].last = append(start, count: count).upperBound
            return
        }
        let range = append(start, count: count)
        events.append(Event(kind: .text, first: range.lowerBound, last: range.upperBound))
    }

    fileprivate mutating func entityReference(_ name: UnsafePointer<xmlChar>?) {
        guard let name else { return }
        let range = append(name, count: strlen(name))
        events.append(Event(kind: .entity, first: range.lowerBound, last: range.upperBound))
    }

    fileprivate mutating func record(_ error: xmlError) {
        guard failure == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0) } ?? ""
        fail(code: Int(error.code), message: message.trimmingCharacters(in: .whitespacesAndNewlines), line: Int(error.line), column: Int(error.int2))
    }

    /// The SAX2 handler whose callbacks fill the queue passed as the parser's user data.
    static var handler: xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { context, localName, _, namespace, _, _, count, _, values in
            guard let context else { return }
            eventQueue(context).pointee.startElement(localName, namespace, Int(count), values)
        }
        handler.endElementNs = { context, _, _, _ in
            guard let context else { return }
            eventQueue(context).pointee.endElement()
        }
        let characters: charactersSAXFunc = { context, start, count in
            guard let context else { return }
            eventQueue(context).pointee.characters(start, Int(count))
        }
        handler.characters = characters
        handler.cdataBlock = characters
        handler.ignorableWhitespace = characters
        handler.reference = { context, name in
            guard let context else { return }
            eventQueue(context).pointee.entityReference(name)
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            eventQueue(context).pointee.record(error.pointee)
        }
        return handler
    }
}

/// The queue a callback's context points at.
private func eventQueue(_ context: UnsafeMutableRawPointer) -> UnsafeMutablePointer<XMLEventQueue> {
    context.assumingMemoryBound(to: XMLEventQueue.self)
}
