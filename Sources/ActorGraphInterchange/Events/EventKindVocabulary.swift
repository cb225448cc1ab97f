import ActorGraph

/// The relation kinds an import can make, numbered once for all threads: the kinds of the
/// mapping's table in sorted order, so that a kind's number depends on the mapping alone.
struct EventKindVocabulary: Sendable {
    /// Kind ids by number.
    let ids: [String]
    private let symmetric: [Bool]
    private let numbers: [String: Int32]
    private let kindOfCode: @Sendable (String) -> String?

    /// The vocabulary of the mapping `options` name for their format.
    init(options: EventImportOptions) {
        switch options.format {
        case .gdelt, .icews:
            let mapping = options.mapping
            self.init(kinds: mapping.table.values, known: RelationKind.builtIn) { mapping.kind(forCode: $0) }
        case .acled:
            let mapping = options.eventTypeMapping
            self.init(kinds: mapping.table.values, known: ACLEDMapping.knownKinds) { mapping.kind(forCode: $0) }
        }
    }

    /// Made from the kinds a table gives, the kinds whose direction is known, and the lookup
    /// of an event's code.
    private init(kinds: some Collection<String?>, known: [String: RelationKind],
                 kindOfCode: @escaping @Sendable (String) -> String?) {
        self.kindOfCode = kindOfCode
        ids = Set(kinds.compactMap { $0 }).sorted()
        symmetric = ids.map { known[$0].map { !$0.directed } ?? false }
        numbers = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Int32($0)) })
    }

    /// The number of the kind `code` maps to, or -1 when it is unmapped.
    func kind(ofCode code: String) -> Int32 {
        kindOfCode(code).flatMap { numbers[$0] } ?? -1
    }

    /// Whether kind `number` is symmetric (its pairs are ordered, so that A-B and B-A join).
    @inline(__always)
    func isSymmetric(_ number: Int32) -> Bool { symmetric[Int(number)] }
}
