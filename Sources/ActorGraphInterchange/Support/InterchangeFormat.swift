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

    /// The format of a path, from its extension (case-insensitive); nil when unknown.
    public init?(path: String) {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        if fileExtension == "yml" { self = .yaml; return }
        self.init(rawValue: fileExtension)
    }

    /// The extensions, for messages: `.yaml, .yml, .json, ...`. (DOT is the Graphviz
    /// module's: a drawing, not a data format.)
    public static let extensions = [".yaml", ".yml", ".json", ".csv", ".graphml", ".gexf"]
}
