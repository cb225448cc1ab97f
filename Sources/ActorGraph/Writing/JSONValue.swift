/// A JSON value that serializes deterministically: object members keep the order given,
/// numbers print with the shortest text that reads back to the same `Double`.
package enum JSONValue: Hashable, Sendable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A string, or null when `value` is nil.
    package static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The JSON text: compact on one line, or indented by two spaces.
    package func serialized(pretty: Bool = false) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: Int) {
        switch self {
        case let .string(text): JSONValue.writeString(text, to: &output)
        case let .number(value):
            if value.isFinite {
                output += value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) + ".0" : "\(value)"
            } else {
                output += "null"
            }
        case let .integer(value): output += String(value)
        case let .bool(value): output += value ? "true" : "false"
        case .null: output += "null"
        case let .array(elements):
            writeContainer(elements, open: "[", close: "]", to: &output, pretty: pretty, indent: indent) { element, output in
                element.write(to: &output, pretty: pretty, indent: indent + 1)
            }
        case let .object(members):
            writeContainer(members, open: "{", close: "}", to: &output, pretty: pretty, indent: indent) { member, output in
                JSONValue.writeString(member.0, to: &output)
                output += pretty ? ": " : ":"
                member.1.write(to: &output, pretty: pretty, indent: indent + 1)
            }
        }
    }

    private func writeContainer<Element>(_ elements: [Element], open: String, close: String, to output: inout String,
                                         pretty: Bool, indent: Int, _ writeElement: (Element, inout String) -> Void) {
        output += open
        if elements.isEmpty { output += close; return }
        for (index, element) in elements.enumerated() {
            if index > 0 { output += "," }
            if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
            writeElement(element, &output)
        }
        if pretty { output += "\n" + String(repeating: "  ", count: indent) }
        output += close
    }

    /// Writes `text` as a JSON string literal, escaping quotes, backslashes and control characters.
    package static func writeString(_ text: String, to output: inout String) {
        output += "\""
        ScalarEscaping.append(text, to: &output) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "\u{2028}": "\\u2028"
            case "\u{2029}": "\\u2029"
            default: scalar.value < 0x20 ? "\\u" + ScalarEscaping.hexDigits(scalar.value, width: 4) : nil
            }
        }
        output += "\""
    }

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    package func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }
}
