/// Writing CSV fields (RFC 4180).
package enum CSVField {
    /// The field as it must appear in a CSV row: quoted, with quotes doubled, when it holds a
    /// comma, a quote, a line break or leading or trailing spaces.
    package static func escaped(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// A row of fields joined by commas and ended by a newline.
    package static func row(_ fields: [String]) -> String {
        fields.map(escaped).joined(separator: ",") + "\n"
    }
}
