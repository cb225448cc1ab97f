import ActorGraph

/// Writes a ``JSONValue`` tree as YAML that reads back to the same values, in the layout a
/// person would write: block mappings and lists, flow style for lists of scalars, blank
/// lines between top-level sections.
///
/// Text is written plain only when no YAML 1.1 or 1.2 reader could take it for anything
/// but text (it starts with a letter, is not `yes`, `no`, `null`, `on`, ..., and holds no
/// indicator character); otherwise it is double-quoted with every character that YAML
/// does not allow printed as an escape. Numbers always carry a decimal point so that
/// YAML 1.1 readers see floats.
package enum YAMLEmitter {
    /// The YAML text of `value`, ending with a newline.
    package static func text(of value: JSONValue) -> String {
        var output = ""
        switch value {
        case let .object(members):
            writeMapping(members, indent: 0, topLevel: true, to: &output)
        case let .array(elements):
            writeSequence(elements, indent: 0, to: &output)
        default:
            output += scalar(value) + "\n"
        }
        return output
    }

    /// One element of a block sequence at `indent` spaces: `- ` and the value, ending with a
    /// newline; lets a writer emit a long list element by element.
    package static func sequenceItem(_ value: JSONValue, indent: Int) -> String {
        var output = ""
        writeSequence([value], indent: indent, to: &output)
        return output
    }

    /// One `key: value` entry of a block mapping at `indent` spaces, ending with a newline.
    package static func mappingEntry(_ key: String, _ value: JSONValue, indent: Int) -> String {
        var output = ""
        writeMapping([(key, value)], indent: indent, to: &output)
        return output
    }

    private static func isContainer(_ value: JSONValue) -> Bool {
        switch value {
        case let .array(elements): return elements.contains { if case .object = $0 { return true } else { return false } }
        case let .object(members): return !members.isEmpty
        default: return false
        }
    }

    private static func writeMapping(_ members: [(String, JSONValue)], indent: Int, topLevel: Bool = false,
                                     firstLinePrefix: String? = nil, to output: inout String) {
        let padding = String(repeating: " ", count: indent)
        for (index, (key, value)) in members.enumerated() {
            if topLevel, index > 0, isContainer(value) { output += "\n" }
            output += (index == 0 ? firstLinePrefix ?? padding : padding) + scalar(.string(key)) + ":"
            switch value {
            case let .object(nested) where !nested.isEmpty:
                output += "\n"
                writeMapping(nested, indent: indent + 2, to: &output)
            case let .array(elements) where isContainer(value):
                output += "\n"
                writeSequence(elements, indent: indent + 2, to: &output)
            default:
                output += " " + inline(value) + "\n"
            }
        }
    }

    private static func writeSequence(_ elements: [JSONValue], indent: Int, to output: inout String) {
        let padding = String(repeating: " ", count: indent)
        for element in elements {
            switch element {
            case let .object(members) where !members.isEmpty:
                writeMapping(members, indent: indent + 2, firstLinePrefix: padding + "- ", to: &output)
            case let .array(nested) where isContainer(element):
                output += padding + "-\n"
                writeSequence(nested, indent: indent + 2, to: &output)
            default:
                output += padding + "- " + inline(element) + "\n"
            }
        }
    }

    /// A value on one line: a scalar, or a flow list or mapping of scalars.
    private static func inline(_ value: JSONValue, inFlow: Bool = false) -> String {
        switch value {
        case let .array(elements): return "[" + elements.map { inline($0, inFlow: true) }.joined(separator: ", ") + "]"
        case let .object(members):
            return "{" + members.map { scalar(.string($0.0), inFlow: true) + ": " + inline($0.1, inFlow: true) }
                .joined(separator: ", ") + "}"
        default: return scalar(value, inFlow: inFlow)
        }
    }

    private static func scalar(_ value: JSONValue, inFlow: Bool = false) -> String {
        switch value {
        case let .string(text): return isSafePlain(text, inFlow: inFlow) ? text : doubleQuoted(text)
        case let .number(number): return floatText(number)
        case let .integer(number): return String(number)
        case let .bool(flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array, .object: return inline(value, inFlow: inFlow)
        }
    }

    /// Shortest round-trip text of a finite double with a decimal point before any exponent.
    static func floatText(_ number: Double) -> String {
        guard number.isFinite else { return number.isNaN ? ".nan" : (number > 0 ? ".inf" : "-.inf") }
        var text = "\(number)"
        if !text.contains(".") {
            if let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                text.insert(contentsOf: ".0", at: exponent)
            } else {
                text += ".0"
            }
        }
        return text
    }

    /// Words YAML 1.1 or 1.2 read as booleans or null when plain.
    private static let reservedWords: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]

    /// Whether `text` reads back as the same text when written without quotes; in flow
    /// context (inside `[...]`) commas and brackets are indicators too.
    static func isSafePlain(_ text: String, inFlow: Bool = false) -> Bool {
        if text == ".." { return true }
        guard let first = text.unicodeScalars.first, first.isASCIILetter, text.last != " ",
              !reservedWords.contains(text) else { return false }
        for scalar in text.unicodeScalars {
            if scalar.isASCIILetter || ("0"..."9").contains(scalar) { continue }
            switch scalar {
            case " ", "-", "_", ".", "(", ")", "/", "'", "&", "+", "=", "!", "?", "@", "$", "%", "*", "~", "^", ";": continue
            case ",", "[", "]", "{", "}":
                if inFlow { return false }
            default:
                if scalar.value >= 0xA0, scalar.value != 0xFEFF, scalar.properties.isAlphabetic { continue }
                return false
            }
        }
        return true
    }

    /// `text` in double quotes with YAML escapes for quotes, backslashes and every character
    /// outside YAML's printable set (and line separators, which YAML 1.1 treats as breaks).
    static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        ScalarEscaping.append(text, to: &output) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\t": "\\t"
            case "\r": "\\r"
            case "\u{2028}": "\\L"
            case "\u{2029}": "\\P"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    "\\x" + ScalarEscaping.hexDigits(scalar.value, width: 2, uppercase: true)
                } else if scalar.value == 0xFEFF || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    "\\u" + ScalarEscaping.hexDigits(scalar.value, width: 4, uppercase: true)
                } else {
                    nil
                }
            }
        }
        return output + "\""
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
