/// The attributes of one start tag, in document order, looked up by qualified name.
///
/// A start tag holds a handful of attributes and XML forbids repeating one, so a short
/// array searched from the front is cheaper than a dictionary: nothing is hashed, and the
/// array is the only allocation per tag.
struct XMLAttributes {
    private var pairs: [(name: String, value: String)] = []

    /// An empty list with room for `capacity` attributes.
    init(capacity: Int = 0) {
        pairs.reserveCapacity(capacity)
    }

    /// Appends an attribute read from a tag.
    mutating func append(name: String, value: String) {
        pairs.append((name, value))
    }

    /// The value of the attribute with that qualified name, or nil.
    subscript(name: String) -> String? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }
}
