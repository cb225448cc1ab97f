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
        case .graphml: return [(path, try Self.representable(GraphMLWriter.document(graph, edgeDirections: edgeDirections), path))]
        case .gexf: return [(path, try Self.representable(GEXFWriter.document(graph, edgeDirections: edgeDirections), path))]
        }
    }

    /// The document's text, or a refusal when a name, note or other text holds a character
    /// XML 1.0 cannot carry: written as U+FFFD, two names could become one.
    private static func representable(_ document: XMLBuilder, _ path: String) throws(WriteError) -> String {
        guard let first = document.unrepresentable.first else { return document.text }
        let code = String(first.scalar.value, radix: 16, uppercase: true)
        let others = document.unrepresentable.count - 1
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        throw WriteError(description: "\(path): error: \(IdentifierText.quoted(first.text)) holds U+\(padded), which XML 1.0 "
            + "cannot carry\(others > 0 ? " (and \(others) more texts do)" : ""); GraphML and GEXF cannot keep it: "
            + "write YAML, JSON or CSV, or remove it")
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
