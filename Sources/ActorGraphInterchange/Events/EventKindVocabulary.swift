import ActorGraph

/// The relation kinds an import can make, numbered once for all threads: the kinds of the
/// mapping's table in sorted order, so that a kind's number depends on the mapping alone.
struct EventKindVocabulary: Sendable {
    /// Kind ids by number.
    let ids: [String]
    private let symmetric: [Bool]
    private let numbers: [String: Int32]
    private let mapping: CAMEOMapping

    init(mapping: CAMEOMapping) {
        self.mapping = mapping
        ids = Set(mapping.table.values.compactMap { $0 }).sorted()
        symmetric = ids.map { RelationKind.builtIn[$0].map { !$0.directed } ?? false }
        numbers = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Int32($0)) })
    }

    /// The number of the kind `code` maps to, or -1 when it is unmapped.
    func kind(ofCode code: String) -> Int32 {
        mapping.kind(forCode: code).flatMap { numbers[$0] } ?? -1
    }

    /// Whether kind `number` is symmetric (its pairs are ordered, so that A-B and B-A join).
    @inline(__always)
    func isSymmetric(_ number: Int32) -> Bool { symmetric[Int(number)] }
}
