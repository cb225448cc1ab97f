/// Writing CSV fields (RFC 4180).
package enum CSVField {
    /// The field as it must appear in a CSV row: quoted, with quotes doubled, when it holds a
    /// comma, a quote, a line break or leading or trailing spaces.
    package static func escaped(_ text: String) -> String {
        var escaped = ""
        append(text, to: &escaped)
        return escaped
    }

    /// Appends the field to `row` as it must appear there (see ``escaped(_:)``), without
    /// making a string of its own when it needs no quotes.
    package static func append(_ text: String, to row: inout String) {
        var text = text
        // Scanning the contiguous bytes, not the string's UTF-8 view, keeps this loop tight.
        let (needsQuotes, quotes) = text.withUTF8 { bytes -> (Bool, Int) in
            var needsQuotes = bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
            var quotes = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"): needsQuotes = true
                case UInt8(ascii: "\""): quotes += 1
                default: break
                }
            }
            return (needsQuotes, quotes)
        }
        if quotes == 0, !needsQuotes { return row.append(text) }
        row.append("\"")
        if quotes == 0 {
            row.append(text)
        } else {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count + quotes)
            for byte in text.utf8 {
                bytes.append(byte)
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            }
            row.append(String(decoding: bytes, as: UTF8.self))
        }
        row.append("\"")
    }

    /// A row of fields joined by commas and ended by a newline.
    package static func row(_ fields: [String]) -> String {
        var text = ""
        appendRow(fields, to: &text)
        return text
    }

    /// Appends a row of fields joined by commas and ended by a newline to `text`.
    package static func appendRow(_ fields: [String], to text: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(",") }
            append(field, to: &text)
        }
        text.append("\n")
    }
}
