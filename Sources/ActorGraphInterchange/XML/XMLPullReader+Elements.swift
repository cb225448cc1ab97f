import ActorGraph

extension XMLPullReader {
    /// The next child element of the innermost open element (the root element at the start
    /// of the document), or nil when that element ends; text between elements is skipped.
    mutating func nextChild() throws(LoadError) -> XMLStartTag? {
        while let event = try next(keepingText: false) {
            switch event {
            case let .start(tag): return tag
            case .end: return nil
            case .text: continue
            }
        }
        return nil
    }

    /// Reads the element `tag` opened, with everything in it, up to its end.
    mutating func readElement(_ tag: XMLStartTag) throws(LoadError) -> XMLElementNode {
        var node = XMLElementNode(tag)
        while let event = try next() {
            switch event {
            case let .start(child):
                if node.children.isEmpty, Self.isLayout(node.text) { node.text = "" }
                node.children.append(try readElement(child))
            case let .text(text):
                if !node.children.isEmpty, Self.isLayout(text) { continue }
                if node.text.isEmpty { node.text = text } else { node.text += text }
                if node.text.utf8.count > limits.valueBytes {
                    throw LoadError([Diagnostic(file: fileName, position: tag.position, message: ReadLimits.valueMessage(
                        "the text of <\(tag.name)>", bytes: node.text.utf8.count, limit: limits.valueBytes))])
                }
            case .end:
                return node
            }
        }
        return node
    }

    /// Reads the element `tag` opened up to its end, for an element that holds text: the
    /// character data directly inside it, and whether it held child elements (which are read
    /// past, keeping nothing). Builds no ``XMLElementNode``.
    mutating func readText(_ tag: XMLStartTag) throws(LoadError) -> (text: String, hasChildren: Bool) {
        var text = ""
        var hasChildren = false
        while let event = try next() {
            switch event {
            case .start:
                hasChildren = true
                try skipElement()
            case let .text(piece):
                if text.isEmpty { text = piece } else { text += piece }
                if text.utf8.count > limits.valueBytes {
                    throw LoadError([Diagnostic(file: fileName, position: tag.position, message: ReadLimits.valueMessage(
                        "the text of <\(tag.name)>", bytes: text.utf8.count, limit: limits.valueBytes))])
                }
            case .end:
                return (text, hasChildren)
            }
        }
        return (text, hasChildren)
    }

    /// Whether `text` is only whitespace: the indentation between child elements, which
    /// ``readElement(_:)`` does not keep.
    static func isLayout(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }

    /// Reads to the end of the document, keeping nothing: what follows the root element must
    /// still be well-formed.
    mutating func finish() throws(LoadError) {
        while try next(keepingText: false) != nil {}
    }

    /// Reads past the end of the element just opened, keeping nothing.
    mutating func skipElement() throws(LoadError) {
        var depth = 1
        while depth > 0, let event = try next(keepingText: false) {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
    }
}
