/// Plain words for libxml2's errors.
enum XMLErrorText {
    /// A limit of libxml2's that a document ran into.
    enum Limit {
        case depth
        case valueSize
    }

    /// libxml2's code for "extra content at the end of the document".
    static let documentEndCode = 5

    /// The limit libxml2's `message` says was reached, if any.
    static func limitReached(message: String) -> Limit? {
        if message.contains("Excessive depth") { return .depth }
        for phrase in ["huge text node", "too long", "too big", "Huge input lookup"] where message.contains(phrase) {
            return .valueSize
        }
        return nil
    }

    /// What went wrong, for libxml2's error `code` (an `xmlParserErrors` value).
    static func describe(code: Int, message: String) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "the document does not end where it should: an element is left open, or text follows the root element"
        case 6, 7, 8: return "a character reference names no valid character"
        case 9: return "a character that XML does not allow (or bytes that are not UTF-8)"
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
        default: return message.isEmpty ? "the XML parser stopped (libxml2 error \(code))" : "\(message) (libxml2 error \(code))"
        }
    }
}
