/// The fields of one mapping in a YAML or JSON document, by name: a handful of entries,
/// found by a scan rather than by hashing, since a relation has a dozen fields at most and
/// a large file has hundreds of thousands of relations.
struct SourceFields {
    private var entries: [(name: String, length: Int, node: SourceNode)] = []

    init() {
        entries.reserveCapacity(8)
    }

    /// The node of the field `name`, or nil.
    subscript(name: String) -> SourceNode? {
        // Lengths first: names of different lengths differ without comparing their text.
        let length = name.utf8.count
        for entry in entries where entry.length == length && entry.name == name { return entry.node }
        return nil
    }

    /// Adds a field not yet present.
    mutating func add(_ name: String, _ node: SourceNode) {
        entries.append((name, name.utf8.count, node))
    }

    /// Where each field's value is written, by name.
    var positions: [String: SourcePosition] {
        var positions = [String: SourcePosition](minimumCapacity: entries.count + 1)
        for entry in entries { positions[entry.name] = entry.node.position }
        return positions
    }
}
