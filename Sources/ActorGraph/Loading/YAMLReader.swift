import Yams

/// Reads YAML text into a ``SourceNode`` tree, keeping positions; every YAML file ActorGraph
/// reads (graphs, CAMEO mappings) goes through it, so syntax errors read alike.
package enum YAMLReader {
    package static func read(_ text: String, file: String) throws(LoadError) -> SourceNode? {
        let node: Node?
        do {
            // No tag resolution: the tree keeps each scalar's text and whether it was quoted,
            // and the decoder reads them itself. The default resolver matches every plain
            // scalar against regular expressions (int, float, bool, timestamp, ...) when Yams
            // hashes mapping keys to look for duplicates: most of the time of a large file.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw LoadError([diagnostic(for: error, file: file)])
        } catch {
            throw LoadError([Diagnostic(file: file, line: 1, column: 1, message: "cannot read YAML: \(error)")])
        }
        return node.map(convert)
    }

    private static func convert(_ node: Node) -> SourceNode {
        let position = node.mark.map { SourcePosition(line: $0.line, column: $0.column) }
            ?? SourcePosition(line: 1, column: 1)
        switch node {
        case let .scalar(scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return SourceNode(value: .null, position: position)
            }
            return SourceNode(value: .scalar(scalar.string, quoted: scalar.style != .plain), position: position)
        case let .sequence(sequence):
            return SourceNode(value: .sequence(sequence.map(convert)), position: position)
        case let .mapping(mapping):
            return SourceNode(value: .mapping(mapping.map { (convert($0.key), convert($0.value)) }), position: position)
        case .alias:
            // compose(yaml:) resolves every alias to the node it names; none is left in the tree.
            preconditionFailure("Yams.compose left an unresolved alias")
        }
    }

    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return Diagnostic(file: file, line: mark.line, column: mark.column,
                              message: "invalid YAML: \(detail)\(problem)".replacingOccurrences(of: "  ", with: " "))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let first = SourcePosition(line: context.mark.line, column: context.mark.column)
            let repeated = repetition(of: key, after: first, in: context.text) ?? first
            return Diagnostic(file: file, position: repeated,
                              message: "the key '\(key)' is given twice in one mapping (first at \(first.line):\(first.column))")
        case let .reader(problem, offset, _, yaml):
            let position = offset.map { lineAndColumn(ofUTF8Offset: $0, in: yaml) } ?? SourcePosition(line: 1, column: 1)
            return Diagnostic(file: file, position: position, message: "invalid YAML: \(problem)")
        default:
            return Diagnostic(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
    }

    /// Where `key`, first written at `first`, is written again in the same mapping: Yams says
    /// only where the first one is. A block mapping's keys share a column, and the mapping ends
    /// at the first line indented less; a flow mapping repeats the key later on the same line.
    static func repetition(of key: String, after first: SourcePosition, in text: String) -> SourcePosition? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let spellings = [key, "\"\(key)\"", "'\(key)'"].map { Array(($0 + ":").unicodeScalars) }
        func keyStarts(_ line: [Unicode.Scalar], at index: Int) -> Bool {
            spellings.contains { spelling in
                index + spelling.count <= line.count && Array(line[index..<(index + spelling.count)]) == spelling
                    && (index + spelling.count == line.count || line[index + spelling.count] == " ")
            }
        }
        let firstLine = lines[first.line - 1]
        var index = first.column
        while index < firstLine.count {
            let previous = firstLine[index - 1]
            if previous == "," || previous == "{" || previous == " ", keyStarts(firstLine, at: index) {
                return SourcePosition(line: first.line, column: index + 1)
            }
            index += 1
        }
        let column = first.column - 1
        for number in first.line..<lines.count {
            let line = lines[number]
            let indent = line.prefix { $0 == " " }.count
            if indent == line.count || line[indent] == "#" { continue }
            if indent < column { return nil }
            if indent == column, keyStarts(line, at: column) { return SourcePosition(line: number + 1, column: column + 1) }
        }
        return nil
    }

    private static func lineAndColumn(ofUTF8Offset offset: Int, in text: String) -> SourcePosition {
        var line = 1
        var column = 1
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index >= offset { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourcePosition(line: line, column: column)
    }
}
