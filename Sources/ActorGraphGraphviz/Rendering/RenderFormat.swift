/// An output format of Graphviz's renderers, by the name Graphviz knows it.
public struct RenderFormat: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The format's name, as `gvRenderData` takes it.
    public let rawValue: String

    /// Creates a format from its Graphviz name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Scalable vector graphics (text, UTF-8).
    public static let svg = RenderFormat(rawValue: "svg")
    /// A PNG image drawn by cairo.
    public static let png = RenderFormat(rawValue: "png")
    /// A PDF document drawn by cairo.
    public static let pdf = RenderFormat(rawValue: "pdf")
    /// DOT with every position Graphviz computed (`pos`, `bb`, sizes); `neato -n2` redraws it as is.
    public static let dot = RenderFormat(rawValue: "dot")

    /// The format a file name's extension asks for (`.svg`, `.png`, `.pdf`, `.dot` or `.gv`), or nil.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String { rawValue }

    public var description: String { rawValue }
}
