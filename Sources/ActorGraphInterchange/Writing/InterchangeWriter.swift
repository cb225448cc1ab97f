import ActorGraph
import Foundation

/// Writes a graph in any format ActorGraph writes, chosen by the output path's extension.
///
/// ```swift
/// let written = try InterchangeWriter().write(graph, to: "out/central-asia.gexf")   // ["out/central-asia.gexf"]
/// ```
public struct InterchangeWriter: Sendable {
    /// Why nothing was written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// What went wrong, with the path.
        public var description: String
    }

    /// How GraphML and GEXF mark directed edges.
    public var edgeDirections: EdgeDirections

    /// Creates a writer.
    public init(edgeDirections: EdgeDirections = .uniform) {
        self.edgeDirections = edgeDirections
    }

    /// The files that hold `graph` when written to `path`, with their text (CSV gives
    /// several), without writing anything.
    public func files(for graph: TemporalGraph, path: String) throws(WriteError) -> [(path: String, text: String)] {
        guard let format = InterchangeFormat(path: path) else {
            throw WriteError(description: "\(path): error: unknown output format; expected "
                + InterchangeFormat.extensions.joined(separator: ", "))
        }
        switch format {
        case .yaml: return [(path, GraphDocumentWriter.yamlText(graph))]
        case .json: return [(path, GraphDocumentWriter.jsonText(graph))]
        case .csv: return CSVGraphFiles.files(graph, edgeListPath: path)
        case .graphml: return [(path, GraphMLWriter.text(graph, edgeDirections: edgeDirections))]
        case .gexf: return [(path, GEXFWriter.text(graph, edgeDirections: edgeDirections))]
        }
    }

    /// Writes `graph` to `path` (and, for CSV, its tables beside it) atomically: when one
    /// file cannot be written, none is changed. Returns the paths written.
    @discardableResult
    public func write(_ graph: TemporalGraph, to path: String) throws(WriteError) -> [String] {
        let outputs = try files(for: graph, path: path)
        do {
            try AtomicFileWriter.write(outputs.map { (Data($0.text.utf8), $0.path) })
        } catch {
            throw WriteError(description: error.description)
        }
        return outputs.map(\.path)
    }
}
