import ActorGraph

/// A reader of one XML graph format (GraphML, GEXF): it walks a document and gathers what it
/// reads, and every problem found, in its ``GraphAssembler``.
protocol XMLGraphDocumentReader {
    /// What the document has given so far, and the problems found in it.
    var assembler: GraphAssembler { get set }

    /// A reader that has read nothing yet and builds into `assembler`.
    init(assembler: GraphAssembler)

    /// Reads the whole document from `xml`.
    mutating func read(_ xml: inout XMLPullReader) throws(LoadError)
}

extension XMLGraphDocumentReader {
    /// Reads the document held in `bytes`, named `file` in diagnostics.
    static func graph(bytes: [UInt8], file: String, limits: ReadLimits, vagueness: Vagueness?) throws(LoadError) -> LoadedGraph {
        try Self(assembler: GraphAssembler(file: file)).graph(from: .bytes(bytes), file: file, limits: limits, vagueness: vagueness)
    }

    /// Reads the document at `path` as it streams from disk.
    static func graph(path: String, limits: ReadLimits, vagueness: Vagueness?) throws(LoadError) -> LoadedGraph {
        try Self(assembler: GraphAssembler(file: path))
            .graph(from: try XMLInputFeed.Source.opening(path), file: path, limits: limits, vagueness: vagueness)
    }

    /// Reads the document from `source` (named `file` in diagnostics) and builds its graph. A
    /// document that stops being XML fails with the problems read before it and the XML error
    /// together; one that reads to its end fails with every problem found in it.
    consuming func graph(from source: XMLInputFeed.Source, file: String, limits: ReadLimits,
                         vagueness: Vagueness?) throws(LoadError) -> LoadedGraph {
        var reader = self
        do {
            var xml = try XMLPullReader(source, file: file, limits: limits)
            try reader.read(&xml)
            try xml.finish()
        } catch {
            throw LoadError(reader.assembler.diagnostics + error.diagnostics)
        }
        if !reader.assembler.diagnostics.isEmpty { throw LoadError(reader.assembler.diagnostics) }
        let graph = try reader.assembler.build(vagueness: vagueness)
        return LoadedGraph(graph: graph, warnings: reader.assembler.warnings)
    }
}
