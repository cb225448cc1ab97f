/// Reads YAML text into a ``SourceNode`` tree, keeping positions; every YAML file ActorGraph
/// reads (graphs, CAMEO mappings) goes through it, so syntax errors read alike. The tree is
/// built straight from libyaml's event stream (``YAMLEventComposer``), within `limits`.
package enum YAMLReader {
    /// Reads `text`.
    package static func read(_ text: String, file: String, limits: ReadLimits = ReadLimits()) throws(LoadError) -> SourceNode? {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(LoadError) in try read(bytes: bytes, file: file, limits: limits) }
        }
        return try result.get()
    }

    /// Reads UTF-8 `bytes` (checked, with no byte-order mark). Each element of the top-level
    /// mapping's list named `streamedKey` goes to `element` as soon as it is complete, and is
    /// not kept in the tree returned.
    package static func read(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReadLimits = ReadLimits(),
                             streaming streamedKey: String? = nil,
                             each element: (SourceNode) -> Void = { _ in }) throws(LoadError) -> SourceNode? {
        var composer = YAMLEventComposer(bytes: bytes, file: file, limits: limits)
        do throws(Diagnostic) {
            return try composer.document(streaming: streamedKey, each: element)
        } catch {
            throw LoadError([error])
        }
    }
}
