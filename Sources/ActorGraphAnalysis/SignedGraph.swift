import ActorGraph

/// An undirected graph whose edges are friendly (+1) or hostile (−1): the ground of structural
/// balance.
///
/// From a snapshot, a pair's sign is the sign of the sum of the Goldstein weights of the
/// relations between the two actors in the snapshot, whatever their direction; cooperative
/// kinds add their weight, conflictual kinds theirs, neutral kinds (a consultation) nothing.
/// A pair whose sum is zero, or that has only neutral relations, has no edge; so has a
/// relation of an actor with itself.
///
/// ```swift
/// let triangle = SignedGraph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, -1), (0, 2, -1)])
/// triangle.triangleCounts()   // (balanced: 1, unbalanced: 0): the enemy of my enemy
/// ```
public struct SignedGraph: Sendable {
    /// The number of nodes.
    public let nodeCount: Int
    /// A name for each node (an actor id when built from a snapshot).
    public let labels: [String]
    /// Each node's neighbours with the sign of their edge, ascending by neighbour.
    public let adjacency: [[(node: Int, sign: Int8)]]

    /// A graph from `(u, v, sign)` triples; a later triple for a pair replaces an earlier one,
    /// a zero sign or a self-pair gives no edge.
    public init(nodeCount: Int, edges: [(Int, Int, Int)], labels: [String]? = nil) {
        var signs: [Int: [Int: Int8]] = [:]
        for (u, v, sign) in edges where u != v && sign != 0 && (0..<nodeCount).contains(u) && (0..<nodeCount).contains(v) {
            signs[u, default: [:]][v] = sign > 0 ? 1 : -1
            signs[v, default: [:]][u] = sign > 0 ? 1 : -1
        }
        self.nodeCount = nodeCount
        self.labels = labels ?? (0..<nodeCount).map(String.init)
        self.adjacency = (0..<nodeCount).map { node in
            (signs[node] ?? [:]).sorted { $0.key < $1.key }.map { (node: $0.key, sign: $0.value) }
        }
    }

    /// The signed graph of a snapshot: the actors of its signed pairs, in file order.
    public init(snapshot: Snapshot) {
        let graph = snapshot.graph
        let kinds = Array(graph.kinds.values)
        var sums: [Int64: Double] = [:]
        for position in snapshot.relationPositions {
            let relation = Int(position)
            let kind = kinds[Int(graph.kindPositions[relation])]
            guard kind.tone != .neutral else { continue }
            let source = Int64(graph.sourcePositions[relation])
            let target = Int64(graph.targetPositions[relation])
            guard source != target else { continue }
            sums[min(source, target) << 32 | max(source, target), default: 0] += kind.goldstein
        }
        let pairs = sums.filter { $0.value != 0 }
        var used = Set<Int>()
        for key in pairs.keys { used.insert(Int(key >> 32)); used.insert(Int(key & 0xFFFF_FFFF)) }
        let actorPositions = used.sorted()
        var node: [Int: Int] = [:]
        for (index, actor) in actorPositions.enumerated() { node[actor] = index }
        let edges = pairs.map { key, sum in
            (node[Int(key >> 32)]!, node[Int(key & 0xFFFF_FFFF)]!, sum > 0 ? 1 : -1)
        }
        self.init(nodeCount: actorPositions.count, edges: edges, labels: actorPositions.map { graph.actors[$0].id })
    }

    /// The number of signed edges.
    public var edgeCount: Int { adjacency.reduce(0) { $0 + $1.count } / 2 }

    /// The sign of the edge `u`–`v`, 0 when there is none.
    public func sign(_ u: Int, _ v: Int) -> Int {
        var low = 0
        var high = adjacency[u].count
        while low < high {
            let middle = (low + high) / 2
            if adjacency[u][middle].node < v { low = middle + 1 } else { high = middle }
        }
        return low < adjacency[u].count && adjacency[u][low].node == v ? Int(adjacency[u][low].sign) : 0
    }

    /// Triangles whose three pairs are all signed, split by balance (Cartwright & Harary 1956): a
    /// triangle is balanced when the product of its signs is positive (all friends, or two
    /// friends with a common enemy), unbalanced otherwise.
    ///
    /// Complexity: O(Σ_v deg(v)² log d).
    public func triangleCounts() -> (balanced: Int, unbalanced: Int) {
        var balanced = 0
        var unbalanced = 0
        for u in 0..<nodeCount {
            let row = adjacency[u]
            for first in row.indices where row[first].node > u {
                for second in row.indices where second > first {
                    let (v, w) = (row[first].node, row[second].node)
                    let closing = sign(v, w)
                    if closing == 0 { continue }
                    if Int(row[first].sign) * Int(row[second].sign) * closing > 0 { balanced += 1 } else { unbalanced += 1 }
                }
            }
        }
        return (balanced, unbalanced)
    }
}
