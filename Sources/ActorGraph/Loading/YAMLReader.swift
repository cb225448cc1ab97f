/// Reads YAML text into a ``SourceNode`` tree, keeping positions; every YAML file ActorGraph
/// reads (graphs, CAMEO mappings) goes through it, so syntax errors read alike. The tree is
/// built straight from libyaml's event stream (``YAMLEventComposer``), within `limits`.
package enum YAMLReader {
    package static func read(_ text: String, file: String, limits: ReadLimits = ReadLimits()) throws(LoadError) -> SourceNode? {
        var text = text
        let result = text.withUTF8 { bytes in
            var composer = YAMLEventComposer(bytes: bytes, file: file, limits: limits)
            return Result { () throws(Diagnostic) in try composer.document() }
        }
        switch result {
        case let .success(root): return root
        case let .failure(diagnostic): throw LoadError([diagnostic])
        }
    }
}
