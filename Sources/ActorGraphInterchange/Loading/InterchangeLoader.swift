import ActorGraph

/// Loads a graph from any format ActorGraph reads, chosen by the file's extension:
/// `.yaml`/`.yml` and `.json` (ActorGraph's schema), `.csv` (an edge list, with its node and
/// kind tables when they lie beside it), `.graphml` and `.gexf`. Every error carries
/// `file:line:column`.
///
/// ```swift
/// let loaded = try InterchangeLoader.load(path: "Graphs/central-asia-2001.gexf")
/// loaded.graph.relations.count
/// ```
public enum InterchangeLoader {
    /// Loads the file at `path`; `vagueness` overrides the durations of vague words, and
    /// `limits` bound what one file may make a reader do (nesting, value size, YAML aliases).
    public static func load(path: String, vagueness: Vagueness? = nil,
                            limits: ReadLimits = ReadLimits()) throws(LoadError) -> LoadedGraph {
        guard let format = InterchangeFormat(path: path) else {
            throw LoadError([Diagnostic(file: path, line: 1, column: 1, message: "cannot read this kind of file; expected "
                + InterchangeFormat.extensions.joined(separator: ", "))])
        }
        switch format {
        case .graphml: return try GraphMLReader.read(path: path, limits: limits, vagueness: vagueness)
        case .gexf: return try GEXFReader.read(path: path, limits: limits, vagueness: vagueness)
        case .yaml, .json, .csv: break
        }
        return try load(bytes: try GraphLoader.readBytes(path: path), file: path, format: format, vagueness: vagueness,
                        limits: limits)
    }

    /// Loads a graph from bytes, with `file` used in messages (and, for a CSV edge list, where
    /// its node and kind tables are looked for, as ``load(path:)`` does).
    public static func load(bytes: [UInt8], file: String, format: InterchangeFormat,
                            vagueness: Vagueness? = nil, limits: ReadLimits = ReadLimits()) throws(LoadError) -> LoadedGraph {
        switch format {
        case .graphml: return try GraphMLReader.read(bytes: bytes, file: file, limits: limits, vagueness: vagueness)
        case .gexf: return try GEXFReader.read(bytes: bytes, file: file, limits: limits, vagueness: vagueness)
        case .yaml, .json, .csv:
            return LoadedGraph(graph: try GraphLoader.load(bytes: bytes, file: file, extension: format.rawValue,
                                                           vagueness: vagueness, limits: limits))
        }
    }
}
