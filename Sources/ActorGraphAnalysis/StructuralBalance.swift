import ActorGraph

/// Structural balance of the signed relations of a snapshot: triangles, frustration and the
/// two camps (see ``SignedGraph`` for how pairs get their signs).
public struct StructuralBalance: Sendable {
    /// Triangles whose signs multiply to +1.
    public let balancedTriangles: Int
    /// Triangles whose signs multiply to −1.
    public let unbalancedTriangles: Int
    /// The frustration index, or an upper bound on it when ``isExact`` is false.
    public let frustration: Int
    /// Whether ``frustration`` is proven least.
    public let isExact: Bool
    /// The two camps of the best split, actor ids in file order; a camp may be empty.
    public let sides: [[String]]
    /// The number of signed pairs.
    public let pairCount: Int

    /// The balance of `snapshot`'s signed pairs, the frustration searched within `searchLimit`
    /// branch-and-bound nodes.
    public init(snapshot: Snapshot, searchLimit: Int = 20_000_000) {
        self.init(SignedGraph(snapshot: snapshot), searchLimit: searchLimit)
    }

    init(balancedTriangles: Int, unbalancedTriangles: Int, frustration: Int, isExact: Bool, sides: [[String]], pairCount: Int) {
        self.balancedTriangles = balancedTriangles
        self.unbalancedTriangles = unbalancedTriangles
        self.frustration = frustration
        self.isExact = isExact
        self.sides = sides
        self.pairCount = pairCount
    }

    /// The balance of a signed graph.
    public init(_ graph: SignedGraph, searchLimit: Int = 20_000_000) {
        let triangles = graph.triangleCounts()
        let split = graph.frustration(searchLimit: searchLimit)
        balancedTriangles = triangles.balanced
        unbalancedTriangles = triangles.unbalanced
        frustration = split.count
        isExact = split.isExact
        sides = [0, 1].map { side in graph.labels.indices.filter { split.sides[$0] == side }.map { graph.labels[$0] } }
        pairCount = graph.edgeCount
    }

    /// `{"triangles": {"balanced": n, "unbalanced": m}, "frustration": k, "exact": true, "sides": [[...], [...]]}`.
    package var jsonValue: JSONValue {
        .object([
            ("triangles", .object([("balanced", .integer(balancedTriangles)), ("unbalanced", .integer(unbalancedTriangles))])),
            ("frustration", .integer(frustration)),
            ("exact", .bool(isExact)),
            ("pairs", .integer(pairCount)),
            ("sides", .array(sides.map { .array($0.map(JSONValue.string)) })),
        ])
    }
}
