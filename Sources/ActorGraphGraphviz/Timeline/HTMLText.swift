/// Making JSON safe to embed in HTML pages (text escaping is ``MarkupText``).
enum HTMLText {
    /// JSON text safe inside a `<script>` element: `<` is written `\u003c` (it only ever
    /// occurs inside JSON strings), so no `</script>` or `<!--` can end or confuse the element.
    static func scriptSafe(json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
