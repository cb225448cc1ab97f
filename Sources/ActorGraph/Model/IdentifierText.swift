/// What makes text fit to be an actor or relation id: one non-empty line, as the YAML and
/// JSON schema requires, so that every file ActorGraph writes loads back.
package enum IdentifierText {
    /// Whether `text` holds a line break (LF, CR, VT, FF, NEL, LS or PS). The bytes are
    /// screened first: a file holds hundreds of thousands of ids and almost none has one.
    package static func holdsLineBreak(_ text: String) -> Bool {
        let mayBreak = text.utf8.contains { byte in (0x0A...0x0D).contains(byte) || byte == 0xC2 || byte == 0xE2 }
        return mayBreak && text.unicodeScalars.contains(where: isBreak)
    }

    /// What is wrong with `id` as an identifier (a phrase after "id"), or nil.
    package static func problem(_ id: String) -> String? {
        if id.isEmpty { return "is empty" }
        if holdsLineBreak(id) { return "\(quoted(id)) holds a line break; an id is one line of text" }
        return nil
    }

    /// `text` in double quotes with its line breaks and control characters written visibly
    /// (`\n`, `\r`, `\u{2028}`, `\u{7}`), so that a message shows where they are.
    package static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                let visible = !isBreak(scalar) && scalar.properties.generalCategory != .control
                result += visible ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return result + "\""
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
