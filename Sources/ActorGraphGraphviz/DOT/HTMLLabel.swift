import ActorGraph

/// A Graphviz HTML-like label (`label=<...>`) built from escaped parts, so that no text
/// given to it can open or close a tag.
///
/// Text is escaped for XML (`&`, `<`, `>`, both quotes) with control characters, which XML
/// cannot carry, turned into spaces: Graphviz reads HTML-like labels with an XML parser.
///
/// ```swift
/// let label = HTMLLabel.table(rows: [[.init(text: "supports <b>", color: "#2166ac")]])
/// DOTValue.html(label).dotText   // <<TABLE ...><TR><TD ...><FONT COLOR="#2166ac">supports &lt;b&gt;</FONT></TD></TR></TABLE>>
/// ```
public struct HTMLLabel: Hashable, Sendable {
    /// The markup between the outer `<` and `>`.
    public let markup: String

    /// One cell of a table row.
    public struct Cell: Hashable, Sendable {
        /// The text shown.
        public var text: String
        /// A colour (`#rrggbb`), or nil for the default.
        public var color: String?
        /// Words drawn after the text in italics (a mark such as "secret"), or nil.
        public var mark: String?
        /// Drawn in bold.
        public var bold: Bool

        /// Creates a cell.
        public init(text: String, color: String? = nil, mark: String? = nil, bold: Bool = false) {
            self.text = text
            self.color = color
            self.mark = mark
            self.bold = bold
        }
    }

    /// A borderless table, one left-aligned row per element of `rows`.
    public static func table(rows: [[Cell]]) -> HTMLLabel {
        var markup = #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">"#
        for row in rows {
            markup += "<TR>"
            for cell in row {
                markup += #"<TD ALIGN="LEFT">"#
                var text = escaped(cell.text)
                if text.isEmpty { text = " " }
                if cell.bold { text = "<B>" + text + "</B>" }
                if let mark = cell.mark { text += " <I>" + escaped(mark) + "</I>" }
                if let color = cell.color { text = #"<FONT COLOR=""# + escaped(color) + "\">" + text + "</FONT>" }
                markup += text + "</TD>"
            }
            markup += "</TR>"
        }
        markup += "</TABLE>"
        return HTMLLabel(markup: markup)
    }

    private init(markup: String) {
        self.markup = markup
    }

    /// `text` safe as the text or an attribute value of an HTML-like label.
    public static func escaped(_ text: String) -> String {
        let printable = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                || scalar == "\u{FFFE}" || scalar == "\u{FFFF}" ? " " : scalar
        }))
        return MarkupText.escaped(printable, also: .quotes)
    }
}
