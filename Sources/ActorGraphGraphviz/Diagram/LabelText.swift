/// Shaping display text into node and edge labels that stay readable whatever their length.
public enum LabelText {
    /// `text` broken into lines of about `width` characters at spaces (longer words are cut),
    /// cut to `maximumLength` characters with an ellipsis; line breaks and other control
    /// characters count as spaces.
    ///
    /// ```swift
    /// LabelText.lines("Russian commanders (Afghanistan, 1980s)", width: 20)
    /// // ["Russian commanders", "(Afghanistan, 1980s)"]
    /// ```
    public static func lines(_ text: String, width: Int = 20, maximumLength: Int = 90) -> [String] {
        var flattened = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar
        }))
        if flattened.count > maximumLength {
            flattened = String(flattened.prefix(maximumLength - 1)) + "…"
        }
        let width = max(width, 4)
        var lines: [String] = []
        var line = ""
        for word in flattened.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if word.isEmpty { continue }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? [""] : lines
    }

    /// The lines joined by line feeds, as a centred multi-line label.
    public static func wrapped(_ text: String, width: Int = 20, maximumLength: Int = 90) -> String {
        lines(text, width: width, maximumLength: maximumLength).joined(separator: "\n")
    }
}
