/// Escaping text for HTML pages.
enum HTMLText {
    /// `text` safe between tags and inside double-quoted attribute values.
    static func escaped(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// JSON text safe inside a `<script>` element: `<` is written `\u003c` (it only ever
    /// occurs inside JSON strings), so no `</script>` or `<!--` can end or confuse the element.
    static func scriptSafe(json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
