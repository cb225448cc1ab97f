import ActorGraph

/// Reads the YAML files that override an import's kind table (``CAMEOMapping``,
/// ``ACLEDMapping``): a mapping from keys to relation kind ids, or `null` for a key left
/// unmapped on purpose.
enum EventMappingFile {
    /// Reads the file at `path`. `key` turns a key as written into the table's key, or
    /// returns nil when it is not one; `expectedKey` says what a key must be, `expectedRoot`
    /// what the whole file must be.
    static func read(path: String, expectedRoot: String, expectedKey: String, example kind: String,
                     key: (String) -> String?) throws(LoadError) -> [String: String?] {
        let text = try GraphLoader.utf8Text(try GraphLoader.readBytes(path: path), file: path)
        let root = try YAMLReader.read(text, file: path)
        guard let root, case let .mapping(mapping) = root.value else {
            throw LoadError([Diagnostic(file: path, position: root?.position ?? SourcePosition(line: 1, column: 1),
                                        message: "expected \(expectedRoot)")])
        }
        var table: [String: String?] = [:]
        var diagnostics: [Diagnostic] = []
        func report(_ node: SourceNode, _ message: String) {
            diagnostics.append(Diagnostic(file: path, position: node.position, message: message))
        }
        for (keyNode, value) in mapping {
            guard case let .scalar(written, _) = keyNode.value, let entry = key(written) else {
                report(keyNode, "expected \(expectedKey)")
                continue
            }
            if table[entry] != nil { report(keyNode, "'\(written)' appears twice") }
            switch value.value {
            case .null:
                table[entry] = .some(nil)
            case let .scalar(kind, _) where !kind.isEmpty && !kind.contains(where: \.isWhitespace):
                table[entry] = .some(kind)
            case .scalar:
                report(value, "a relation kind id is one word, like \(kind)")
            case .sequence, .mapping:
                report(value, "expected a relation kind id or null")
            }
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        return table
    }
}
