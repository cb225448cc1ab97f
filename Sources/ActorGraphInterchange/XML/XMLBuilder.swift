import ActorGraph

/// Builds indented XML text element by element, escaping every attribute value and text.
///
/// Characters that XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF) become
/// U+FFFD; line breaks and tabs in attribute values are written as character references so
/// that attribute-value normalization does not turn them into spaces.
struct XMLBuilder {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var openElements: [String] = []

    private var padding: String { String(repeating: "  ", count: openElements.count) }

    /// Opens an element that will hold children.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += padding + "<" + name + Self.attributeText(attributes) + ">\n"
        openElements.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = openElements.popLast() else { return }
        text += padding + "</" + name + ">\n"
    }

    /// Writes an element with no children, or with text content only.
    mutating func leaf(_ name: String, _ attributes: [(String, String)] = [], text content: String? = nil) {
        text += padding + "<" + name + Self.attributeText(attributes)
        if let content {
            text += ">" + Self.escapedText(content) + "</" + name + ">\n"
        } else {
            text += "/>\n"
        }
    }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " " + $0.0 + "=\"" + escapedAttribute($0.1) + "\"" }.joined()
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
