/// Writing CSV fields (RFC 4180).
package enum CSVField {
    /// The field as it must appear in a CSV row: quoted, with quotes doubled, when it holds a
    /// comma, a quote, a line break or leading or trailing spaces.
    package static func escaped(_ text: String) -> String {
        var needsQuotes = text.utf8.first == UInt8(ascii: " ") || text.utf8.last == UInt8(ascii: " ")
        var quotes = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"): needsQuotes = true
            case UInt8(ascii: "\""): quotes += 1
            default: break
            }
        }
        if quotes == 0 { return needsQuotes ? "\"" + text + "\"" : text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + quotes + 2)
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A row of fields joined by commas and ended by a newline.
    package static func row(_ fields: [String]) -> String {
        fields.map(escaped).joined(separator: ",") + "\n"
    }
}
