/// Escaping text for HTML, SVG and XML output.
///
/// `&`, `<` and `>` are always written as entity references; ``Extras`` adds the characters a
/// context also needs (quotes inside attribute values, line breaks XML would normalize away).
/// Text is escaped scalar by scalar, so a combining mark after `&`, `<`, `>` or a quote
/// never hides it from escaping.
///
/// ```swift
/// MarkupText.escaped("Tom & \"Jerry\"")                       // Tom &amp; &quot;Jerry&quot;
/// MarkupText.escaped("a < b", also: [])                        // a &lt; b
/// ```
package enum MarkupText {
    /// Characters escaped in addition to `&`, `<` and `>`.
    package struct Extras: OptionSet, Sendable {
        package let rawValue: Int

        /// Creates a set from its raw bits.
        package init(rawValue: Int) { self.rawValue = rawValue }

        /// `"` as `&quot;`.
        package static let doubleQuote = Extras(rawValue: 1 << 0)
        /// `'` as `&#39;`.
        package static let apostrophe = Extras(rawValue: 1 << 1)
        /// Carriage return as `&#13;`.
        package static let carriageReturn = Extras(rawValue: 1 << 2)
        /// Line feed as `&#10;` and tab as `&#9;`.
        package static let lineFeedAndTab = Extras(rawValue: 1 << 3)
        /// Both quotes: text safe between tags and inside single- or double-quoted attributes.
        package static let quotes: Extras = [.doubleQuote, .apostrophe]
    }

    /// `text` with `&`, `<`, `>` and the `extras` written as character or entity references.
    package static func escaped(_ text: String, also extras: Extras = .quotes) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        ScalarEscaping.append(text, to: &output) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"" where extras.contains(.doubleQuote): "&quot;"
            case "'" where extras.contains(.apostrophe): "&#39;"
            case "\r" where extras.contains(.carriageReturn): "&#13;"
            case "\n" where extras.contains(.lineFeedAndTab): "&#10;"
            case "\t" where extras.contains(.lineFeedAndTab): "&#9;"
            default: nil
            }
        }
        return output
    }
}
