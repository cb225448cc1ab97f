internal import CYaml
import Synchronization

/// Builds one YAML document's ``SourceNode`` tree from libyaml's parser events as they
/// arrive, so that every limit is checked before anything is built past it: nesting depth
/// (a YAML alias counts the levels of what it repeats), the length of one scalar, and the
/// nodes aliases repeat (a "billion laughs" file is refused at the first alias past the
/// budget, after a few thousand events, whatever it would have expanded to).
///
/// An alias shares the tree of the node it names (``SourceNode`` arrays are copied on write),
/// so repeating costs memory only in what the later readers walk; the budget bounds that.
struct YAMLEventComposer: ~Copyable {
    /// A finished node and what it weighs: nodes in all, and levels of lists and mappings.
    private struct Composed {
        var node: SourceNode
        var size: Int
        var height: Int
    }

    /// A list or mapping whose end has not come yet.
    private struct OpenCollection {
        var isMapping: Bool
        var position: SourcePosition
        var anchor: String?
        var elements: [SourceNode] = []
        var pairs: [(key: SourceNode, value: SourceNode)] = []
        var pendingKey: SourceNode?
        /// The text keys of a long mapping and where each was written, built once the mapping
        /// is too long for a scan of its pairs.
        var keyIndex: [String: SourcePosition] = [:]
        /// Whether the elements of this list are handed out one by one rather than kept.
        var streamsElements = false
        var size = 1
        var height = 1

        var composed: Composed {
            let value: SourceNode.Value = isMapping ? .mapping(pairs) : .sequence(elements)
            return Composed(node: SourceNode(value: value, position: position), size: size, height: height)
        }
    }

    /// Whether a plain scalar's bytes mean null in YAML's core schema: empty, `~`, `null`,
    /// `Null` or `NULL` (compared as bytes: most scalars are looked at without hashing).
    private static func isNullSpelling(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch text.count {
        case 0: return true
        case 1: return text[0] == UInt8(ascii: "~")
        case 4: return text.elementsEqual("null".utf8) || text.elementsEqual("Null".utf8) || text.elementsEqual("NULL".utf8)
        default: return false
        }
    }
    /// Past this many pairs a mapping's keys are looked up in a dictionary, not scanned.
    private static let scannedKeys = 16
    /// How far libyaml's scanner may run ahead of its parser, in nesting levels: a possible
    /// simple key is looked past for up to 1,024 characters, each of which may open a level.
    private static let scannerLookahead: Int32 = 1_100
    /// libyaml's own nesting limit, process-wide: raised, never lowered, so that ours (which
    /// has a position and says which limit) is always the one met first.
    private static let libyamlNestingLimit = Mutex<Int32>(1_000)

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let limits: ReadLimits
    private var anchors: [String: Composed] = [:]
    private var writtenNodes = 0
    private var repeatedNodes = 0

    /// A composer over `bytes`, UTF-8 text without a byte-order mark, which must outlive it.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReadLimits) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        Self.libyamlNestingLimit.withLock { level in
            let needed = Int32(clamping: limits.nestingDepth).addingReportingOverflow(Self.scannerLookahead)
            let wanted = needed.overflow ? Int32.max : needed.partialValue
            if wanted > level {
                level = wanted
                yaml_set_max_nest_level(wanted)
            }
        }
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        if let start = bytes.baseAddress {
            yaml_parser_set_input_string(parser, start, bytes.count)
        }
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The stream's one document, or nil for a stream without one (empty, or comments only).
    /// Each element of the top-level mapping's list named `streamedKey` goes to `element` as
    /// soon as it is complete, and the list is left empty in the tree returned (unless the
    /// list carries an anchor, which an alias could repeat: it is then kept).
    mutating func document(streaming streamedKey: String? = nil,
                           each element: (SourceNode) -> Void = { _ in }) throws(Diagnostic) -> SourceNode? {
        guard bytes.baseAddress != nil, !bytes.isEmpty else { return nil }
        var event = yaml_event_t()
        var root: SourceNode?
        var open: [OpenCollection] = []
        var documents = 0
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else { throw parserFailure() }
            defer { yaml_event_delete(&event) }
            let position = SourcePosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            var completed: Composed
            var anchor: UnsafeMutablePointer<yaml_char_t>?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw failure("expected a single document in the stream but found another document", at: position)
                }
                continue
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                writtenNodes += 1
                if open.count >= limits.nestingDepth {
                    throw refusal("lists and mappings are " + ReadLimits.nestingMessage(depth: limits.nestingDepth), at: position)
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let name = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                var collection = OpenCollection(isMapping: isMapping, position: position, anchor: name.map { String(cString: $0) })
                if !isMapping, collection.anchor == nil, open.count == 1, open[0].isMapping, let streamedKey,
                   case .scalar(streamedKey, _)? = open[0].pendingKey?.value {
                    collection.streamsElements = true
                }
                open.append(collection)
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let collection = open.removeLast()
                completed = collection.composed
                if let name = collection.anchor { anchors[name] = completed }
            case YAML_SCALAR_EVENT:
                writtenNodes += 1
                let scalar = event.data.scalar
                if scalar.length > limits.valueBytes {
                    throw refusal(ReadLimits.valueMessage("a scalar", bytes: scalar.length, limit: limits.valueBytes), at: position)
                }
                let scalarBytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                let value: SourceNode.Value = plain && Self.isNullSpelling(scalarBytes)
                    ? .null : .scalar(String(decoding: scalarBytes, as: UTF8.self), quoted: !plain)
                completed = Composed(node: SourceNode(value: value, position: position), size: 1, height: 0)
                anchor = scalar.anchor
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let named = anchors[name] else { throw failure("found undefined alias *\(name)", at: position) }
                repeatedNodes += named.size
                let budget = max(limits.aliasedNodes, writtenNodes)
                if repeatedNodes > budget { throw refusal(ReadLimits.aliasMessage(budget: budget), at: position) }
                if open.count + named.height > limits.nestingDepth {
                    throw refusal("lists and mappings are " + ReadLimits.nestingMessage(depth: limits.nestingDepth)
                        + " with what alias *\(name) repeats", at: position)
                }
                completed = named
            default:
                continue
            }
            if let anchor { anchors[String(cString: anchor)] = completed }
            if open.isEmpty {
                root = completed.node
            } else if open[open.count - 1].streamsElements {
                element(completed.node)
            } else {
                try add(completed, to: &open[open.count - 1])
            }
        }
    }

    private func add(_ child: Composed, to collection: inout OpenCollection) throws(Diagnostic) {
        collection.size += child.size
        collection.height = max(collection.height, child.height + 1)
        guard collection.isMapping else {
            collection.elements.append(child.node)
            return
        }
        guard let key = collection.pendingKey else {
            try checkUnique(child.node, in: &collection)
            collection.pendingKey = child.node
            return
        }
        collection.pairs.append((key, child.node))
        collection.pendingKey = nil
    }

    /// Refuses a text key that the mapping already has, at the repetition.
    private func checkUnique(_ key: SourceNode, in collection: inout OpenCollection) throws(Diagnostic) {
        guard case let .scalar(text, _) = key.value else { return }
        var first: SourcePosition?
        if collection.pairs.count < Self.scannedKeys {
            first = collection.pairs.first { pair in
                if case .scalar(text, _) = pair.key.value { return true }
                return false
            }?.key.position
        } else {
            if collection.keyIndex.isEmpty {
                for pair in collection.pairs {
                    if case let .scalar(earlier, _) = pair.key.value, collection.keyIndex[earlier] == nil {
                        collection.keyIndex[earlier] = pair.key.position
                    }
                }
            }
            first = collection.keyIndex[text]
            if first == nil { collection.keyIndex[text] = key.position }
        }
        if let first {
            throw Diagnostic(file: file, position: key.position,
                             message: "the key '\(text)' is given twice in one mapping (first at \(first.line):\(first.column))")
        }
    }

    private func failure(_ message: String, at position: SourcePosition) -> Diagnostic {
        refusal("invalid YAML: \(message)", at: position)
    }

    /// A file that is well-formed but goes past a limit.
    private func refusal(_ message: String, at position: SourcePosition) -> Diagnostic {
        Diagnostic(file: file, position: position, message: message)
    }

    /// libyaml's own error, at its position.
    private func parserFailure() -> Diagnostic {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "the YAML parser stopped"
        switch state.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let context = state.context.map { String(cString: $0) + " " } ?? ""
            let position = SourcePosition(line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1)
            return failure((context + problem).replacingOccurrences(of: "  ", with: " "), at: position)
        case YAML_READER_ERROR:
            return failure(problem, at: SourcePosition(ofByte: state.problem_offset, in: bytes))
        case YAML_MEMORY_ERROR:
            return failure("out of memory", at: SourcePosition(line: 1, column: 1))
        default:
            return failure(problem, at: SourcePosition(line: 1, column: 1))
        }
    }
}
