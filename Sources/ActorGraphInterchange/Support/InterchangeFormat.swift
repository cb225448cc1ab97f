import Foundation

/// A file format ActorGraph reads or writes, named by its file extension.
public enum InterchangeFormat: String, CaseIterable, Sendable {
    /// ActorGraph's schema as YAML (`.yaml`, `.yml`).
    case yaml
    /// ActorGraph's schema as JSON.
    case json
    /// A CSV edge list with node and kind tables beside it.
    case csv
    /// GraphML.
    case graphml
    /// GEXF 1.3 (Gephi), dynamic.
    case gexf
    /// Graphviz DOT (written only).
    case dot

    /// The format of a path, from its extension (case-insensitive); nil when unknown.
    public init?(path: String) {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        if fileExtension == "yml" { self = .yaml; return }
        self.init(rawValue: fileExtension)
    }

    /// Whether ActorGraph reads this format.
    public var isReadable: Bool { self != .dot }

    /// The extensions read, for messages: `.yaml, .yml, .json, ...`.
    public static let readableExtensions = [".yaml", ".yml", ".json", ".csv", ".graphml", ".gexf"]
    /// The extensions written, for messages.
    public static let writableExtensions = readableExtensions + [".dot"]
}
