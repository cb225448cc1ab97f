/// The attribute values of one node or edge, by name, each with where it was written.
///
/// A node or edge carries at most a few dozen values, set once and read a few times, so a
/// short array searched from the front costs less than a dictionary per element.
struct LocatedValues {
    /// The values in the order they were first set.
    private(set) var entries: [(name: String, value: LocatedText)] = []

    /// The value named `name`, or nil; setting nil removes it.
    subscript(name: String) -> LocatedText? {
        get {
            for entry in entries where entry.name == name { return entry.value }
            return nil
        }
        set {
            guard let index = entries.firstIndex(where: { $0.name == name }) else {
                if let newValue { entries.append((name, newValue)) }
                return
            }
            if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
        }
    }
}
