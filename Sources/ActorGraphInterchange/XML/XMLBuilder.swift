import ActorGraph

/// Builds indented XML text element by element, escaping every attribute value and text.
///
/// Characters that XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF) become
/// U+FFFD, counted in ``unrepresentable`` so that a writer can refuse rather than change a
/// name; line breaks and tabs in attribute values are written as character references so
/// that attribute-value normalization does not turn them into spaces.
struct XMLBuilder {
    /// Texts that held characters XML 1.0 cannot carry: how many, and the first with its first such character.
    struct Unrepresentable {
        var count = 0
        var first: (text: String, scalar: Unicode.Scalar)?
    }

    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private(set) var unrepresentable = Unrepresentable()
    private var openElements: [String] = []

    private var padding: String { String(repeating: "  ", count: openElements.count) }

    /// A document whose root element `root` is open: in `namespace`, with the XML Schema
    /// at `schema` named as its location, and `attributes` after those.
    init(root: String, namespace: String, schema: String, _ attributes: [(String, String)] = []) {
        open(root, [("xmlns", namespace), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                    ("xsi:schemaLocation", "\(namespace) \(schema)")] + attributes)
    }

    /// Opens an element that will hold children.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += padding + "<" + name + attributeText(attributes) + ">\n"
        openElements.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = openElements.popLast() else { return }
        text += padding + "</" + name + ">\n"
    }

    /// Writes an element with no children, or with text content only.
    mutating func leaf(_ name: String, _ attributes: [(String, String)] = [], text content: String? = nil) {
        text += padding + "<" + name + attributeText(attributes)
        if let content {
            note(content)
            text += ">" + Self.escapedText(content) + "</" + name + ">\n"
        } else {
            text += "/>\n"
        }
    }

    private mutating func attributeText(_ attributes: [(String, String)]) -> String {
        for attribute in attributes { note(attribute.1) }
        return attributes.map { " " + $0.0 + "=\"" + Self.escapedAttribute($0.1) + "\"" }.joined()
    }

    /// Counts `value` when it holds a character XML 1.0 cannot carry.
    private mutating func note(_ value: String) {
        guard let scalar = value.unicodeScalars.first(where: { Self.representable($0) != $0 }) else { return }
        unrepresentable.count += 1
        if unrepresentable.first == nil { unrepresentable.first = (value, scalar) }
    }

    /// `value` escaped for a double-quoted attribute.
    static func escapedAttribute(_ value: String) -> String {
        representable(MarkupText.escaped(value, also: [.doubleQuote, .carriageReturn, .lineFeedAndTab]))
    }

    /// `value` escaped for element content.
    static func escapedText(_ value: String) -> String {
        representable(MarkupText.escaped(value, also: [.carriageReturn]))
    }

    /// `text` with every character XML 1.0 cannot carry replaced by U+FFFD.
    private static func representable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { representable($0) != $0 }) else { return text }
        var output = ""
        output.unicodeScalars.append(contentsOf: text.unicodeScalars.map(representable))
        return output
    }

    private static func representable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let allowed = value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || value >= 0x10000
        return allowed ? scalar : "\u{FFFD}"
    }
}
