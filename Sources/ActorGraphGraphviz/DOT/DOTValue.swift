/// The value of a DOT attribute, written between double quotes.
public enum DOTValue: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Text, escaped so that Graphviz shows it as given (a line feed is a centred line break).
    case text(String)
    /// Lines of text, each left-justified.
    case leftJustifiedLines([String])
    /// A number, written with at most four decimals and no trailing zeros.
    case number(Double)
    /// A Graphviz HTML-like label, written between `<` and `>`; build it with ``HTMLLabel``,
    /// which escapes every text it is given.
    case html(HTMLLabel)

    /// A text value.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// The value as it appears in the DOT file, quotes included.
    public var dotText: String {
        switch self {
        case let .text(text): return DOTString.quoted(text)
        case let .leftJustifiedLines(lines): return DOTString.quotedLeftJustified(lines)
        case let .number(value): return "\"" + DOTValue.format(value) + "\""
        case let .html(label): return "<" + label.markup + ">"
        }
    }

    /// `value` with at most four decimals, trailing zeros removed: deterministic on every platform.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let scaled = (value * 10_000).rounded()
        if scaled == 0 { return "0" }
        let negative = scaled < 0
        let magnitude = Int64(abs(scaled))
        var text = String(magnitude / 10_000)
        var fraction = String(magnitude % 10_000)
        if fraction != "0" {
            fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return negative ? "-" + text : text
    }
}

/// Attributes in the order they were set; setting one again replaces its value in place.
public struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    /// Name and value pairs, in order.
    public private(set) var pairs: [(name: String, value: DOTValue)]

    /// Creates attributes from pairs in order.
    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        pairs = []
        for (name, value) in elements { self[name] = value }
    }

    /// The value of attribute `name`, or nil; assigning nil removes it.
    public subscript(name: String) -> DOTValue? {
        get { pairs.first { $0.name == name }?.value }
        set {
            if let index = pairs.firstIndex(where: { $0.name == name }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((name, newValue))
            }
        }
    }

    /// True when no attribute is set.
    public var isEmpty: Bool { pairs.isEmpty }

    public static func == (lhs: DOTAttributes, rhs: DOTAttributes) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }
}
